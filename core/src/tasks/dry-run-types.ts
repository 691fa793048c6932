/**
 * How a query's output type (DuckDB's text, from `describe`) fits a target column's DuckDB type
 * on INSERT: `same`; `widening` (every value fits: INT into BIGINT, anything into a string);
 * `narrowing` (values may be cut: BIGINT into INT, DOUBLE into DECIMAL, TIMESTAMP into DATE);
 * `mismatch` (Spark's ANSI store assignment refuses it: text into a number, a number into a date,
 * a list into a struct).
 */
export type Fit = 'same' | 'widening' | 'narrowing' | 'mismatch';

type Family = 'integral' | 'decimal' | 'floating' | 'string' | 'date' | 'timestamp' | 'boolean' | 'blob' | 'list' | 'struct' | 'map' | 'null' | 'other';

/** Bytes per integral type. DuckDB sums BIGINT into HUGEINT where Spark keeps BIGINT: an engine artefact, taken as BIGINT. */
const INTEGRAL_WIDTH: Record<string, number> = { TINYINT: 1, UTINYINT: 1, SMALLINT: 2, USMALLINT: 2, INTEGER: 4, UINTEGER: 4, BIGINT: 8, UBIGINT: 8, HUGEINT: 8, UHUGEINT: 8 };
const INTEGRAL_DIGITS: Record<number, number> = { 1: 3, 2: 5, 4: 10, 8: 19 };

/** Struct field names as DuckDB prints them (`"os"`) and as we write them (`os`) compare equal. */
function canonical(type: string): string {
  return type.replace(/"([a-z_][a-z0-9_]*)"/g, '$1').replace(/\s+/g, ' ').trim().toUpperCase();
}

function family(type: string): Family {
  const t = canonical(type);
  if (t.endsWith(']')) return 'list';
  if (t.startsWith('STRUCT')) return 'struct';
  if (t.startsWith('MAP')) return 'map';
  if (t.startsWith('DECIMAL')) return 'decimal';
  if (t.startsWith('TIMESTAMP')) return 'timestamp';
  if (t in INTEGRAL_WIDTH) return 'integral';
  const simple: Record<string, Family> = { FLOAT: 'floating', DOUBLE: 'floating', VARCHAR: 'string', DATE: 'date', BOOLEAN: 'boolean', BLOB: 'blob', '"NULL"': 'null', NULL: 'null' };
  return simple[t] ?? 'other';
}

/** Digits before the point a numeric type holds; undefined when not bounded that way. */
function integerDigits(type: string): number | undefined {
  const t = canonical(type);
  const width = INTEGRAL_WIDTH[t];
  if (width !== undefined) return INTEGRAL_DIGITS[width];
  const m = /^DECIMAL\((\d+),\s*(\d+)\)$/.exec(t);
  return m ? Number(m[1]) - Number(m[2]) : undefined;
}

function scale(type: string): number {
  const m = /^DECIMAL\(\d+,\s*(\d+)\)$/.exec(canonical(type));
  return m ? Number(m[1]) : 0;
}

/** How `output` fits a column of type `target` (both DuckDB type texts). */
export function insertFit(output: string, target: string): Fit {
  if (canonical(output) === canonical(target)) return 'same';
  const from = family(output);
  const to = family(target);
  if (from === 'null' || to === 'string') return 'widening';
  switch (to) {
    case 'integral':
    case 'decimal':
      return numericFit(from, output, target);
    case 'floating':
      if (from === 'integral' || from === 'decimal') return 'widening';
      return from === 'floating' ? (canonical(output) === 'DOUBLE' ? 'narrowing' : 'widening') : 'mismatch';
    case 'timestamp':
      return from === 'date' || from === 'timestamp' ? 'widening' : 'mismatch';
    case 'date':
      return from === 'timestamp' ? 'narrowing' : 'mismatch';
    case 'list':
    case 'struct':
    case 'map':
      // Nested types compare by shape: DuckDB casts field by field, and a different shape fails.
      return from === to ? 'narrowing' : 'mismatch';
    default:
      return from === to ? 'widening' : 'mismatch';
  }
}

function numericFit(from: Family, output: string, target: string): Fit {
  if (from === 'floating') return family(target) === 'decimal' ? 'widening' : 'narrowing';
  if (from !== 'integral' && from !== 'decimal') return 'mismatch';
  const have = integerDigits(output);
  const room = integerDigits(target);
  if (have === undefined || room === undefined) return 'widening';
  return have > room || scale(output) > scale(target) ? 'narrowing' : 'widening';
}
