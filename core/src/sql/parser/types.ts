import type { DataType, StructField } from '../ast';
import { INTERVAL_UNITS } from './keywords';
import type { Parser } from './parser';

/**
 * Parses a column/CAST type: `BIGINT`, `DECIMAL(10,2)`, `TIMESTAMP(3)`, `ARRAY<MAP<STRING,INT>>`,
 * Hive `STRUCT<a:INT>`, Flink `ROW<a INT>` / `ROW(a INT)`, `TIMESTAMP(3) WITH LOCAL TIME ZONE`.
 * A top-level `NOT NULL` is left to the caller (it belongs to the column).
 */
export function parseDataType(p: Parser): DataType | undefined {
  if (!p.enter()) return undefined;
  try {
    return dataType(p);
  } finally {
    p.leave();
  }
}

function dataType(p: Parser): DataType | undefined {
  const start = p.start();
  if (p.kind() !== 'word') {
    p.unexpected('a data type');
    return undefined;
  }
  let name = p.peek();
  p.next();
  if ((name === 'DOUBLE' && p.at('PRECISION')) || (name === 'CHARACTER' && p.at('VARYING'))) {
    name += ' ' + p.peek();
    p.next();
  }
  const type: DataType = { kind: 'DataType', name, text: name, args: [], fields: [], notNull: false, start, end: start };
  if (name === 'INTERVAL' && p.dialect !== 'hive' && INTERVAL_UNITS.has(p.peek())) intervalQualifier(p, type);
  else if (p.at('<')) angleArgs(p, type);
  else if (p.at('(')) parenArgs(p, type);
  if (p.at('WITH') && (p.peek(1) === 'LOCAL' || p.peek(1) === 'TIME')) timeZoneSuffix(p, type);
  type.end = p.lastEnd;
  return type;
}

/** Spark/Flink `INTERVAL DAY`, `INTERVAL YEAR TO MONTH`, Flink `INTERVAL DAY(2) TO SECOND(3)`: text `INTERVAL DAY(2) TO SECOND(3)`. */
function intervalQualifier(p: Parser, type: DataType): void {
  type.text += ' ' + intervalField(p);
  if (p.at('TO') && INTERVAL_UNITS.has(p.peek(1))) {
    p.next();
    type.text += ' TO ' + intervalField(p);
  }
}

/** One unit with an optional precision: `DAY`, `SECOND(3)`. */
function intervalField(p: Parser): string {
  let field = p.peek();
  p.next();
  if (p.at('(') && p.kind(1) === 'number' && p.peek(2) === ')') {
    field += `(${p.textOf(p.tokenAt(p.pos + 1))})`;
    p.next();
    p.next();
    p.next();
  }
  return field;
}

/** `<T>`, `<K,V>`, `<a:INT,b STRING>`. */
function angleArgs(p: Parser, type: DataType): void {
  p.next();
  const struct = type.name === 'STRUCT' || type.name === 'ROW';
  const parts: string[] = [];
  do {
    if (struct) {
      const f = structField(p);
      if (!f) return;
      type.fields.push(f.field);
      parts.push(f.text);
    } else {
      const arg = nestedType(p);
      if (!arg) return;
      type.args.push(arg);
      parts.push(arg.text);
    }
  } while (p.eat(','));
  if (!p.expect('>')) return;
  type.text = `${type.name}<${parts.join(',')}>`;
}

/** `(10,2)`, `(3)`, or Flink `ROW(a INT, b STRING)`. */
function parenArgs(p: Parser, type: DataType): void {
  const open = p.start();
  p.next();
  const parts: string[] = [];
  do {
    if (type.name === 'ROW') {
      const f = structField(p);
      if (!f) return;
      type.fields.push(f.field);
      parts.push(f.text);
    } else {
      const k = p.kind();
      // Flink `RAW('class', 'snapshot')` takes strings, kept as written.
      if (k === 'string' && type.name === 'RAW') parts.push(p.textOf(p.take()));
      else if (k !== 'number' && k !== 'word') {
        p.unexpected('a type parameter');
        return;
      } else parts.push(p.textOf(p.take()).toUpperCase());
    }
  } while (p.eat(','));
  if (!p.close(open)) return;
  type.text = type.name === 'ROW' ? `ROW<${parts.join(',')}>` : `${type.name}(${parts.join(',')})`;
}

function nestedType(p: Parser): DataType | undefined {
  const t = parseDataType(p);
  if (t && p.at2('NOT', 'NULL')) {
    p.next();
    p.next();
    t.notNull = true;
    t.text += ' NOT NULL';
    t.end = p.lastEnd;
  }
  return t;
}

function structField(p: Parser): { field: StructField; text: string } | undefined {
  const name = p.ident('a field name');
  if (!name) return undefined;
  const colon = p.eat(':');
  const type = nestedType(p);
  if (!type) return undefined;
  const field: StructField = { kind: 'StructField', name, type, start: name.start, end: p.lastEnd };
  if (p.at('COMMENT') && p.kind(1) === 'string') {
    p.next();
    field.comment = stringValue(p.textOf(p.take()));
    field.end = p.lastEnd;
  }
  return { field, text: `${name.name}${colon ? ':' : ' '}${type.text}` };
}

/** `WITH [LOCAL] TIME ZONE`: Flink's TIMESTAMP_LTZ spelled out. */
function timeZoneSuffix(p: Parser, type: DataType): void {
  const words: string[] = [];
  while (p.at('WITH') || p.at('LOCAL') || p.at('TIME') || p.at('ZONE')) {
    words.push(p.peek());
    p.next();
  }
  type.text += ' ' + words.join(' ');
}

/** Unquotes and unescapes a string literal's text (backslash escapes, doubled quotes, raw `r'..'`). */
export function stringValue(raw: string, backslash = true): string {
  const first = raw.charCodeAt(0);
  if (first === 114 || first === 82) return raw.slice(2, -1);
  const quote = raw[0];
  const body = raw.slice(1, raw.length - 1);
  if ((!backslash || body.indexOf('\\') < 0) && body.indexOf(quote) < 0) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && backslash && i + 1 < body.length) {
      const d = body[++i];
      out += d === 'n' ? '\n' : d === 't' ? '\t' : d === 'r' ? '\r' : d === '0' ? '\0' : d;
    } else if (c === quote && body[i + 1] === quote) {
      out += c;
      i++;
    } else out += c;
  }
  return out;
}
