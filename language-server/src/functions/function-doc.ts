import type { Dialect } from '@strata/core';

/** A built-in function of one or more dialects: its call forms and a one-line doc. */
export interface FunctionDoc {
  name: string;
  /** Each call form, e.g. `date_sub(start_date, num_days) → DATE`; the first is the usual one. */
  signatures: string[];
  doc: string;
}

/** A catalog entry: the dialects that have the function, as letters (`s`park, `h`ive, `f`link). */
export interface CatalogEntry extends FunctionDoc {
  dialects: string;
}

/** `fn('sh', 'nvl', 'doc', 'nvl(a, b)')`: the function as Spark and Hive know it. */
export function fn(dialects: string, name: string, doc: string, ...signatures: string[]): CatalogEntry {
  return { dialects, name, doc, signatures };
}

const LETTER: Record<Dialect, string> = { spark: 's', hive: 'h', flink: 'f' };

/** Whether `entry` belongs to `dialect`. */
export function inDialect(entry: CatalogEntry, dialect: Dialect): boolean {
  return entry.dialects.includes(LETTER[dialect]);
}

/** A parameter of a signature: its offsets in the signature text, as LSP's ParameterInformation takes them. */
export type ParameterSpan = [number, number];

/**
 * The parameters of a signature such as `HOP(TABLE data, DESCRIPTOR(timecol), slide, size)`: the
 * top-level comma-separated parts inside the first parentheses, trimmed. `()` has none.
 */
export function parametersOf(signature: string): ParameterSpan[] {
  const open = signature.indexOf('(');
  const spans: ParameterSpan[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < signature.length && open >= 0; i++) {
    const c = signature[i];
    if (c === '(') depth++;
    else if ((c === ')' && depth === 0) || (c === ',' && depth === 0)) {
      const span = trimmed(signature, start, i);
      if (span) spans.push(span);
      if (c === ')') break;
      start = i + 1;
    } else if (c === ')') depth--;
  }
  return spans;
}

function trimmed(text: string, start: number, end: number): ParameterSpan | undefined {
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return start < end ? [start, end] : undefined;
}

/** Whether the last parameter repeats (`a, b, ...`). */
export function isVariadic(signature: string, params: ParameterSpan[]): boolean {
  const last = params[params.length - 1];
  return last !== undefined && signature.slice(last[0], last[1]).endsWith('...');
}
