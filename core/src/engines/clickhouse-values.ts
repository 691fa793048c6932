import { parseColumnType, type ParsedColumnType } from '@clickhouse/client';
import { LosslessNumber } from 'lossless-json';
import type { HiveType } from './hive-type';
import { plainValue, ValueError } from './values';

/** A column type parsed by the official client; undefined for types it does not know (named tuples, enums, ...), whose values pass as they are. */
export function parseType(text: string): ParsedColumnType | undefined {
  try {
    return parseColumnType(text);
  } catch {
    return undefined;
  }
}

const SMALL_INTEGERS = new Set(['Int8', 'Int16', 'Int32', 'UInt8', 'UInt16', 'UInt32']);
const FLOATS = new Set(['Float32', 'Float64']);

/**
 * A value of a JSONCompact result (numbers as LosslessNumber, 64-bit integers quoted) as
 * `QueryResult` says: integers as number when safe, else bigint; Decimal as its exact text;
 * Date, DateTime and strings as text; Array as array, unnamed Tuple as array, Map as object.
 */
export function resultValue(type: ParsedColumnType | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (!type) return plain(value);
  switch (type.type) {
    case 'Nullable':
      return resultValue(type.value, value);
    case 'Array':
      return (value as unknown[]).map((v) => resultValue(type.dimensions > 1 ? { ...type, dimensions: type.dimensions - 1 } : type.value, v));
    case 'Tuple':
      return (value as unknown[]).map((v, i) => resultValue(type.elements[i], v));
    case 'Map':
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, resultValue(type.value, v)]));
    case 'Decimal':
      return String(value);
    case 'Simple':
      return simpleValue(type.columnType, value);
    default:
      return plain(value);
  }
}

function simpleValue(columnType: string, value: unknown): unknown {
  if (SMALL_INTEGERS.has(columnType) || FLOATS.has(columnType)) return Number(String(value));
  if (/^U?Int(64|128|256)$/.test(columnType)) {
    const n = BigInt(String(value));
    return Number.isSafeInteger(Number(n)) ? Number(n) : n;
  }
  return plain(value);
}

/** Anything else as plain data: numbers as numbers, nested values walked. */
function plain(value: unknown): unknown {
  if (value instanceof LosslessNumber) return Number(value.value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** The Hive type whose checks (`plainValue`) fit a ClickHouse scalar; text for the rest. */
const CHECKED_AS: Record<string, HiveType> = {
  Int8: scalar('TINYINT'), Int16: scalar('SMALLINT'), Int32: scalar('INT'), Int64: scalar('BIGINT'),
  UInt16: scalar('INT'), UInt32: scalar('BIGINT'), UInt64: scalar('BIGINT'),
  Float32: scalar('FLOAT'), Float64: scalar('DOUBLE'), Bool: scalar('BOOLEAN'),
  Date: scalar('DATE'), Date32: scalar('DATE'),
};

function scalar(name: string): HiveType {
  return { kind: 'scalar', name, text: name };
}

/**
 * A YAML/CSV/DuckDB value converted for a JSONEachRow insert into a column of `type`: checked
 * like test rows (`plainValue`), numbers written as exact JSON numbers, a Tuple from an array or
 * from an object's values in order (how structs arrive), and for a String column a nested value as
 * JSON text (how servers without Map keep MAP columns). Throws `ValueError` for a value that does not fit.
 */
export function insertValue(type: ParsedColumnType | undefined, value: unknown, path = ''): unknown {
  if (value === null || value === undefined) return null;
  if (!type) return value;
  switch (type.type) {
    case 'Nullable':
      return insertValue(type.value, value, path);
    case 'Array':
      return list(value, path).map((v, i) => insertValue(type.dimensions > 1 ? { ...type, dimensions: type.dimensions - 1 } : type.value, v, `${path}[${i}]`));
    case 'Tuple': {
      const parsed = nested(value, path);
      const items = Array.isArray(parsed) ? parsed : typeof parsed === 'object' && parsed !== null ? Object.values(parsed) : undefined;
      if (!items || items.length !== type.elements.length) throw new ValueError(`${where(path)}${show(value)} is not a struct of ${type.elements.length} fields`);
      return items.map((v, i) => insertValue(type.elements[i], v, `${path}.${i + 1}`));
    }
    case 'Map': {
      const entries = nested(value, path);
      if (entries === null || typeof entries !== 'object' || Array.isArray(entries)) throw new ValueError(`${where(path)}${show(value)} is not an object of keys and values`);
      return Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, insertValue(type.value, v, `${path}[${k}]`)]));
    }
    case 'Decimal':
      return new LosslessNumber(plainValue({ kind: 'decimal', precision: type.params.precision, scale: type.params.scale }, value, path) as string);
    case 'DateTime':
      // DateTime holds whole seconds.
      return (plainValue(scalar('TIMESTAMP'), value, path) as string).replace(/\.\d+$/, '');
    case 'DateTime64':
      return plainValue(scalar('TIMESTAMP'), value, path);
    case 'Simple':
      return simpleInsert(type.columnType, value, path);
    default:
      return value;
  }
}

function simpleInsert(columnType: string, value: unknown, path: string): unknown {
  // UInt8 is BOOLEAN on servers without Bool.
  if (columnType === 'UInt8') return new LosslessNumber(typeof value === 'boolean' ? (value ? '1' : '0') : (plainValue(scalar('SMALLINT'), value, path) as string));
  const checked = CHECKED_AS[columnType];
  if (!checked) return plainValue(scalar('STRING'), value, path);
  const result = plainValue(checked, value, path);
  return SMALL_INTEGERS.has(columnType) || FLOATS.has(columnType) || /Int64$/.test(columnType) ? new LosslessNumber(String(result)) : result;
}

function list(value: unknown, path: string): unknown[] {
  const parsed = nested(value, path);
  if (!Array.isArray(parsed)) throw new ValueError(`${where(path)}${show(value)} is not a list (write [a, b] or JSON text)`);
  return parsed;
}

/** A nested value as given, or parsed from its JSON text (how CSV seeds hold them). */
function nested(value: unknown, path: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new ValueError(`${where(path)}${show(value)} is not a nested value (write it as YAML or as JSON text)`);
  }
}

/** The bad value quoted (bigints as their digits). */
function show(value: unknown): string {
  return `'${typeof value === 'string' ? value : JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}'`;
}

function where(path: string): string {
  return path ? `at ${path}: ` : '';
}
