/**
 * SQL type texts as the catalog normalizes them (`BIGINT`, `DECIMAL(18,2)`, `ARRAY<STRING>`):
 * their family, the integer types by width, and the common type of arithmetic.
 */
export type TypeFamily = 'integral' | 'decimal' | 'floating' | 'string' | 'datetime' | 'boolean' | 'binary' | 'complex' | 'other';

const FAMILY: Record<string, TypeFamily> = {
  TINYINT: 'integral', SMALLINT: 'integral', INT: 'integral', INTEGER: 'integral', BIGINT: 'integral', LONG: 'integral', SHORT: 'integral', BYTE: 'integral',
  DECIMAL: 'decimal', DEC: 'decimal', NUMERIC: 'decimal',
  FLOAT: 'floating', REAL: 'floating', DOUBLE: 'floating',
  STRING: 'string', VARCHAR: 'string', CHAR: 'string',
  DATE: 'datetime', TIMESTAMP: 'datetime', TIMESTAMP_LTZ: 'datetime', TIMESTAMP_NTZ: 'datetime', TIME: 'datetime',
  BOOLEAN: 'boolean', BOOL: 'boolean',
  BINARY: 'binary', VARBINARY: 'binary', BYTES: 'binary',
  ARRAY: 'complex', MAP: 'complex', STRUCT: 'complex', ROW: 'complex', MULTISET: 'complex',
};

/** Bytes of each integral type: a narrower one cannot hold every value of a wider one. */
const INTEGRAL_WIDTH: Record<string, number> = { TINYINT: 1, BYTE: 1, SMALLINT: 2, SHORT: 2, INT: 4, INTEGER: 4, BIGINT: 8, LONG: 8 };

/** Decimal digits an integral type needs: BIGINT holds 19. */
const INTEGRAL_DIGITS: Record<number, number> = { 1: 3, 2: 5, 4: 10, 8: 19 };

/** `DECIMAL(18,2)` -> `DECIMAL`, `TIMESTAMP(3)` -> `TIMESTAMP`, `ARRAY<INT>` -> `ARRAY`. */
export function baseType(type: string): string {
  const cut = type.search(/[(<\s]/);
  return (cut < 0 ? type : type.slice(0, cut)).toUpperCase();
}

export function typeFamily(type: string): TypeFamily {
  return FAMILY[baseType(type)] ?? 'other';
}

export function isNumeric(type: string): boolean {
  const f = typeFamily(type);
  return f === 'integral' || f === 'decimal' || f === 'floating';
}

/** Byte width of an integral type, undefined for the others. */
export function integralWidth(type: string): number | undefined {
  return INTEGRAL_WIDTH[baseType(type)];
}

/** Precision and scale of `DECIMAL(p,s)` (Spark's default `DECIMAL` is (10,0)); undefined when not a decimal or not written. */
export function decimalDigits(type: string): { precision: number; scale: number } | undefined {
  if (typeFamily(type) !== 'decimal') return undefined;
  const m = /\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)/.exec(type);
  if (!m) return undefined;
  return { precision: Number(m[1]), scale: Number(m[2] ?? 0) };
}

/** Integer digits (before the point) a numeric type can hold; undefined when unbounded or unknown. */
export function integerDigits(type: string): number | undefined {
  const width = integralWidth(type);
  if (width !== undefined) return INTEGRAL_DIGITS[width];
  const d = decimalDigits(type);
  return d ? d.precision - d.scale : undefined;
}

/** The smallest integral type holding an integer literal. */
export function integerLiteralType(value: string): string {
  const n = Number(value);
  if (Math.abs(n) <= 127) return 'TINYINT';
  if (Math.abs(n) <= 32767) return 'SMALLINT';
  if (Math.abs(n) <= 2147483647) return 'INT';
  return 'BIGINT';
}

/**
 * The type of arithmetic over two numeric operands, as Spark and Hive widen them: any floating
 * operand makes it DOUBLE, any decimal a DECIMAL (precision not tracked), else the wider integral type.
 */
export function widerNumeric(a: string, b: string): string | undefined {
  if (!isNumeric(a) || !isNumeric(b)) return undefined;
  const fa = typeFamily(a);
  const fb = typeFamily(b);
  if (fa === 'floating' || fb === 'floating') return 'DOUBLE';
  if (fa === 'decimal' || fb === 'decimal') return 'DECIMAL';
  return (integralWidth(a) ?? 0) >= (integralWidth(b) ?? 0) ? a : b;
}
