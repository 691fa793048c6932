import type { HiveType } from '../engines/hive-type';

const INTEGRAL = new Set(['TINYINT', 'BYTE', 'SMALLINT', 'SHORT', 'INT', 'INTEGER', 'BIGINT', 'LONG']);
const FLOATING = new Set(['FLOAT', 'REAL', 'DOUBLE']);
const TIMESTAMPS = new Set(['TIMESTAMP', 'TIMESTAMP_NTZ', 'TIMESTAMP_LTZ']);

/**
 * Whether an engine's value equals an expected one, compared as the column type says: numbers
 * by value (`1` equals DECIMAL `1.00`; FLOAT/DOUBLE to 1e-9 relative), timestamps by instant
 * (`19:30` equals `19:30:00.000`), nested values element by element; NULL equals only NULL.
 * `expected` is a test-file value made plain by `plainValue`; `actual` as `Engine.query` gives it.
 */
export function sameValue(type: HiveType, expected: unknown, actual: unknown): boolean {
  if (expected === null || expected === undefined || actual === null || actual === undefined) {
    return (expected ?? null) === (actual ?? null);
  }
  switch (type.kind) {
    case 'decimal':
      return exactNumber(String(expected)) === exactNumber(String(actual));
    case 'array':
      return Array.isArray(expected) && Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => sameValue(type.element, e, actual[i]));
    case 'map':
      return sameEntries(expected, actual, () => type.value);
    case 'struct': {
      const fields = new Map(type.fields.map((f) => [f.name.toLowerCase(), f.type]));
      return sameEntries(expected, actual, (key) => fields.get(key.toLowerCase()) ?? { kind: 'scalar', name: 'STRING', text: 'STRING' });
    }
    case 'scalar':
      return sameScalar(type.name, expected, actual);
  }
}

function sameScalar(name: string, expected: unknown, actual: unknown): boolean {
  if (INTEGRAL.has(name)) return exactNumber(String(expected)) === exactNumber(String(actual));
  if (FLOATING.has(name)) {
    const [e, a] = [Number(expected), Number(actual)];
    return e === a || Math.abs(e - a) <= 1e-9 * Math.max(1, Math.abs(e), Math.abs(a));
  }
  if (name === 'BOOLEAN' || name === 'BOOL') return String(expected) === String(actual);
  if (TIMESTAMPS.has(name)) return instant(String(expected)) === instant(String(actual));
  return String(expected) === String(actual);
}

function sameEntries(expected: unknown, actual: unknown, typeOf: (key: string) => HiveType): boolean {
  if (!isObject(expected) || !isObject(actual)) return false;
  const keys = (o: Record<string, unknown>) => Object.keys(o).map((k) => k.toLowerCase()).sort();
  const lower = (o: Record<string, unknown>) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
  const [e, a] = [lower(expected), lower(actual)];
  return keys(expected).join('\u0000') === keys(actual).join('\u0000') && [...e].every(([k, v]) => sameValue(typeOf(k), v, a.get(k)));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A decimal number's text in one spelling: no `+`, no leading or trailing zeros, `-0` as `0`. */
export function exactNumber(text: string): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!m) return text.trim();
  const whole = m[2].replace(/^0+/, '') || '0';
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  const digits = fraction ? `${whole}.${fraction}` : whole;
  return m[1] === '-' && digits !== '0' ? `-${digits}` : digits;
}

/** `yyyy-MM-dd HH:mm:ss.fff` with seconds and fraction filled in and trailing fraction zeros cut. */
function instant(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?$/.exec(text.trim());
  if (!m) return text.trim();
  const fraction = (m[5] ?? '').replace(/0+$/, '');
  return `${m[1]} ${m[2] ?? '00'}:${m[3] ?? '00'}:${m[4] ?? '00'}${fraction ? `.${fraction}` : ''}`;
}

/** A value as the reports show it: YAML-like flow style, strings quoted only when needed. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(showValue).join(', ')}]`;
  if (typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${showValue(v)}`).join(', ')}}`;
  const text = String(value);
  return /^[\w.:+-]+( [\w.:+-]+)*$/.test(text) && !/^(null|true|false|~)$/i.test(text) ? text : JSON.stringify(text);
}
