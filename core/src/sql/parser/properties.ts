import type { Property } from '../ast';
import type { Parser } from './parser';
import { stringValue } from './types';

/** A string literal's value; records an error and returns undefined when the token is not a string. */
export function parseStringValue(p: Parser): string | undefined {
  if (p.kind() !== 'string') {
    p.unexpected('a string literal');
    return undefined;
  }
  return stringValue(p.textOf(p.take()), p.dialect !== 'flink');
}

/** `('k' = 'v', a.b = 1, ...)` — keys and values unquoted. Spark also takes `'k' 'v'` and `k 1` (no `=`). */
export function parseProperties(p: Parser): Property[] {
  const open = p.start();
  const out: Property[] = [];
  if (!p.expect('(')) return out;
  if (p.eat(')')) return out;
  do {
    const start = p.start();
    const key = propertyPart(p, true);
    if (key === undefined) return out;
    let value = '';
    // Spark also writes `key value` without `=`: `OPTIONS (col1 1, 'path' '/x')`.
    if (p.eat('=') || (p.dialect === 'spark' && !p.at(',') && !p.at(')') && !p.atEnd())) {
      const v = propertyPart(p, false);
      if (v === undefined) return out;
      value = v;
    }
    out.push({ kind: 'Property', key, value, start, end: p.lastEnd });
  } while (p.eat(','));
  p.close(open);
  return out;
}

/** A key (`'k'` or dotted words) or a value (string, number, word, `-1`). */
function propertyPart(p: Parser, isKey: boolean): string | undefined {
  const k = p.kind();
  if (k === 'string') return stringValue(p.textOf(p.take()), p.dialect !== 'flink');
  if (k === 'word' || k === 'quoted' || k === 'number' || (!isKey && p.at('-'))) {
    const start = p.start();
    p.next();
    while (p.at('.') || (!isKey && p.kind() === 'number' && p.token().start === p.lastEnd)) {
      p.next();
      if (p.kind() === 'word' || p.kind() === 'number') p.next();
    }
    return p.text.slice(start, p.lastEnd);
  }
  p.unexpected(isKey ? 'a property key' : 'a property value');
  return undefined;
}
