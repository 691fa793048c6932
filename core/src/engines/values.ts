import { isCalendarDate } from '../project/builtin-variables';
import type { HiveType } from './hive-type';

/** What is wrong with a value, said about the value (the caller names the table, row and column). */
export class ValueError extends Error {}

type Plain = null | string | boolean | number | Plain[] | { [key: string]: Plain };

const INTEGRAL_RANGE: Record<string, bigint> = { TINYINT: 127n, BYTE: 127n, SMALLINT: 32767n, SHORT: 32767n, INT: 2147483647n, INTEGER: 2147483647n, BIGINT: 9223372036854775807n, LONG: 9223372036854775807n };
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?$/;

/**
 * A value from YAML or CSV (CSV fields are text; struct, array and map values may be JSON text)
 * checked against its column type and made plain: scalars as canonical text (exact for BIGINT
 * and DECIMAL), nested values as arrays and objects of those. Throws `ValueError` for a value that
 * does not fit; `path` names the place inside a nested value (`device.os`, `tags[2]`).
 */
export function plainValue(type: HiveType, value: unknown, path = ''): Plain {
  if (value === null || value === undefined) return null;
  switch (type.kind) {
    case 'array': {
      const items = nested(value, 'array', path);
      if (!Array.isArray(items)) throw new ValueError(`${where(path)}${show(value)} is not a list (write [a, b] or JSON text)`);
      return items.map((item, i) => plainValue(type.element, item, `${path}[${i}]`));
    }
    case 'map': {
      const entries = object(nested(value, 'map', path), value, path);
      return Object.fromEntries(Object.entries(entries).map(([k, v]) => [String(plainValue(type.key, k, `${path}{key}`)), plainValue(type.value, v, `${path}[${k}]`)]));
    }
    case 'struct': {
      const entries = object(nested(value, 'struct', path), value, path);
      const byName = new Map(type.fields.map((f) => [f.name.toLowerCase(), f]));
      for (const key of Object.keys(entries)) {
        if (!byName.has(key.toLowerCase())) throw new ValueError(`${where(path)}field '${key}' is not in the struct (its fields: ${type.fields.map((f) => f.name).join(', ')})`);
      }
      const lower = new Map(Object.entries(entries).map(([k, v]) => [k.toLowerCase(), v]));
      return Object.fromEntries(type.fields.map((f) => [f.name, plainValue(f.type, lower.get(f.name.toLowerCase()), path ? `${path}.${f.name}` : f.name)]));
    }
    case 'decimal':
      return decimal(type.precision, type.scale, value, path);
    case 'scalar':
      return scalar(type.name, value, path);
  }
}

function scalar(name: string, value: unknown, path: string): Plain {
  const range = INTEGRAL_RANGE[name];
  if (range !== undefined) return integral(name, range, value, path);
  switch (name) {
    case 'FLOAT': case 'REAL': case 'DOUBLE':
      return number(value, path, NUMBER, 'a number');
    case 'BOOLEAN': case 'BOOL':
      return boolean(value, path);
    case 'DATE':
      return date(value, path);
    case 'TIMESTAMP': case 'TIMESTAMP_NTZ': case 'TIMESTAMP_LTZ':
      return timestamp(value, path);
    default:
      // Text columns take any scalar as its text, and an object as JSON text (semi-structured columns).
      if (value instanceof Date) return value.toISOString();
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

function integral(name: string, range: bigint, value: unknown, path: string): string {
  const text = number(value, path, INTEGER, `an integer (${name})`);
  const n = BigInt(text);
  if (n > range || n < -range - 1n) throw new ValueError(`${where(path)}${show(value)} is out of range for ${name}`);
  return n.toString();
}

function decimal(precision: number, scale: number, value: unknown, path: string): string {
  const text = number(value, path, NUMBER, `a number (DECIMAL(${precision},${scale}))`);
  const digits = text.replace(/^[+-]/, '').split('.')[0].replace(/^0+/, '').length;
  if (/[eE]/.test(text) || digits > precision - scale) {
    throw new ValueError(`${where(path)}${show(value)} does not fit DECIMAL(${precision},${scale}) (at most ${precision - scale} digits before the point)`);
  }
  return text;
}

/** A number or numeric text matching `pattern`, as its text. */
function number(value: unknown, path: string, pattern: RegExp, what: string): string {
  const text = typeof value === 'number' || typeof value === 'bigint' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined || !pattern.test(text)) throw new ValueError(`${where(path)}${show(value)} is not ${what}`);
  return text;
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw new ValueError(`${where(path)}${show(value)} is not a boolean (true or false)`);
}

function date(value: unknown, path: string): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  if (!isCalendarDate(text)) throw new ValueError(`${where(path)}${show(value)} is not a date (yyyy-MM-dd)`);
  return text;
}

function timestamp(value: unknown, path: string): string {
  const text = value instanceof Date ? value.toISOString().replace('Z', '') : String(value).trim();
  const m = TIMESTAMP.exec(text);
  const valid = m && isCalendarDate(m[1]) && Number(m[2] ?? 0) < 24 && Number(m[3] ?? 0) < 60 && Number(m[4] ?? 0) < 60;
  if (!valid) throw new ValueError(`${where(path)}${show(value)} is not a timestamp (yyyy-MM-dd HH:mm:ss[.SSS])`);
  return text.replace('T', ' ');
}

/** A nested value as given, or parsed from its JSON text (how CSV seeds hold them). */
function nested(value: unknown, kind: string, path: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new ValueError(`${where(path)}${show(value)} is not a ${kind} (write it as YAML or as JSON text)`);
  }
}

function object(parsed: unknown, value: unknown, path: string): Record<string, unknown> {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ValueError(`${where(path)}${show(value)} is not an object of keys and values (write {key: value} or JSON text)`);
  }
  return parsed as Record<string, unknown>;
}

function where(path: string): string {
  return path ? `at ${path}: ` : '';
}

/** The bad value quoted, shortened so that the message stays one line. */
function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `'${short.replace(/\s+/g, ' ')}'`;
}
