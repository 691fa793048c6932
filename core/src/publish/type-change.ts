import { parseHiveType, type HiveType } from '../engines/hive-type';

/** Bytes of each integral type, and decimal digits each holds. */
const INTEGRAL: Record<string, { width: number; digits: number }> = {
  TINYINT: { width: 1, digits: 3 }, BYTE: { width: 1, digits: 3 },
  SMALLINT: { width: 2, digits: 5 }, SHORT: { width: 2, digits: 5 },
  INT: { width: 4, digits: 10 }, INTEGER: { width: 4, digits: 10 },
  BIGINT: { width: 8, digits: 19 }, LONG: { width: 8, digits: 19 },
};
const STRINGS = new Set(['STRING', 'VARCHAR', 'CHAR']);
const FLOATS: Record<string, number> = { FLOAT: 1, REAL: 1, DOUBLE: 2 };

/**
 * Whether every value of column type `from` survives a retype to `to` (widening: INT -> BIGINT,
 * DECIMAL(10,2) -> DECIMAL(12,2), anything scalar -> STRING, FLOAT -> DOUBLE, DATE -> TIMESTAMP),
 * or some are cut, rounded or lost (narrowing).
 */
export function retypeDirection(from: string, to: string): 'widening' | 'narrowing' {
  return widens(parseHiveType(from), parseHiveType(to)) ? 'widening' : 'narrowing';
}

function widens(from: HiveType, to: HiveType): boolean {
  if (to.kind === 'scalar' && STRINGS.has(to.name) && !/\(/.test(to.text)) return from.kind !== 'array' && from.kind !== 'map' && from.kind !== 'struct';
  if (from.kind === 'array' && to.kind === 'array') return widens(from.element, to.element);
  if (from.kind === 'map' && to.kind === 'map') return widens(from.key, to.key) && widens(from.value, to.value);
  if (from.kind === 'struct' && to.kind === 'struct') {
    return from.fields.every((f) => {
      const same = to.fields.find((g) => g.name.toLowerCase() === f.name.toLowerCase());
      return same !== undefined && widens(f.type, same.type);
    });
  }
  if (to.kind === 'decimal') return fitsDecimal(from, to);
  if (from.kind !== 'scalar' || to.kind !== 'scalar') return from.kind === 'decimal' && to.kind === 'scalar' && to.name === 'DOUBLE' && from.precision <= 15;
  return scalarWidens(from, to);
}

function fitsDecimal(from: HiveType, to: { precision: number; scale: number }): boolean {
  if (from.kind === 'decimal') return from.scale <= to.scale && from.precision - from.scale <= to.precision - to.scale;
  const integral = from.kind === 'scalar' ? INTEGRAL[from.name] : undefined;
  return integral !== undefined && integral.digits <= to.precision - to.scale;
}

function scalarWidens(from: { name: string; text: string }, to: { name: string; text: string }): boolean {
  if (from.name === to.name) return lengthOf(from.text) <= lengthOf(to.text);
  const a = INTEGRAL[from.name];
  const b = INTEGRAL[to.name];
  if (a && b) return a.width <= b.width;
  if (a && FLOATS[to.name] === 2) return a.digits <= 15;
  if (FLOATS[from.name] && FLOATS[to.name]) return FLOATS[from.name] <= FLOATS[to.name];
  if (STRINGS.has(from.name) && STRINGS.has(to.name)) return lengthOf(from.text) <= lengthOf(to.text);
  return from.name === 'DATE' && to.name.startsWith('TIMESTAMP');
}

/** `VARCHAR(20)` -> 20; no length (STRING) is unbounded. */
function lengthOf(text: string): number {
  const m = /\(\s*(\d+)/.exec(text);
  return m ? Number(m[1]) : Infinity;
}
