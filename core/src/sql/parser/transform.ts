import type { Transform, TransformColumn } from '../ast';
import { parseExprList } from './expressions';
import { NOT_AN_ALIAS } from './keywords';
import { afterParens } from './lookahead';
import type { Parser } from './parser';
import { parseStringValue } from './properties';
import { parseRowFormatSpec } from './row-format';
import { parseDataType } from './types';

/**
 * True at Hive's `MAP a, b USING ...` / `REDUCE a, b USING ...` select form (Spark has it too; Flink
 * does not): an expression must follow, so `FROM t map JOIN ...` keeps `map` as an alias.
 */
export function atMapReduce(p: Parser): boolean {
  if (p.dialect === 'flink' || !(p.at('MAP') || p.at('REDUCE'))) return false;
  const k = p.kind(1);
  if (k === 'word') return !NOT_AN_ALIAS.has(p.peek(1));
  return k === 'quoted' || k === 'number' || k === 'string' || k === 'variable' || p.peek(1) === '(';
}

/** True at `TRANSFORM (...) USING` after SELECT (Spark, Hive); Spark's `transform(arr, x -> ...)` is a function. */
export function atTransform(p: Parser): boolean {
  if (p.dialect === 'flink' || !p.at('TRANSFORM') || p.peek(1) !== '(') return false;
  const after = p.peek(afterParens(p, 1));
  return after === 'USING' || after === 'ROW' || after === 'RECORDWRITER';
}

/**
 * `TRANSFORM ([DISTINCT] a, b)` / `MAP a, b` / `REDUCE a, b`, then `[ROW FORMAT ...] [RECORDWRITER 'w']
 * USING 'script' [AS (c type, ...) | AS c, d] [ROW FORMAT ...] [RECORDREADER 'r']`; the cursor is on the keyword.
 */
export function parseTransform(p: Parser): Transform {
  const start = p.start();
  const keyword = p.peek() as Transform['keyword'];
  p.next();
  const t: Transform = { kind: 'Transform', keyword, distinct: false, inputs: [], script: '', columns: [], start, end: start };
  if (keyword === 'TRANSFORM') parseTransformInputs(p, t);
  else t.inputs = parseExprList(p);
  t.inputFormat = parseRecordFormat(p, 'RECORDWRITER');
  if (p.expect('USING')) t.script = parseStringValue(p) ?? '';
  if (p.eat('AS')) t.columns = parseTransformColumns(p);
  t.outputFormat = parseRecordFormat(p, 'RECORDREADER');
  t.end = p.lastEnd;
  return t;
}

function parseTransformInputs(p: Parser, t: Transform): void {
  const open = p.start();
  p.next();
  if (p.at('DISTINCT') || p.at('ALL')) {
    t.distinct = p.at('DISTINCT');
    p.next();
  }
  if (!p.at(')')) t.inputs = parseExprList(p);
  p.close(open);
}

/** `[ROW FORMAT ...] [RECORDWRITER|RECORDREADER 'class']` as raw text, or undefined when absent. */
function parseRecordFormat(p: Parser, record: string): string | undefined {
  const start = p.start();
  if (p.at2('ROW', 'FORMAT')) parseRowFormatSpec(p);
  if (p.eat(record)) parseStringValue(p);
  return p.lastEnd > start ? p.text.slice(start, p.lastEnd) : undefined;
}

/** `(c type, ...)`, `(c, d)`, or unparenthesised `c [type], d [type]`. */
function parseTransformColumns(p: Parser): TransformColumn[] {
  const open = p.start();
  const paren = p.eat('(');
  const out: TransformColumn[] = [];
  do {
    const col = transformColumn(p, paren);
    if (!col) break;
    out.push(col);
  } while (p.eat(','));
  if (paren) p.close(open);
  return out;
}

function transformColumn(p: Parser, paren: boolean): TransformColumn | undefined {
  const name = p.ident('a column name');
  if (!name) return undefined;
  const col: TransformColumn = { kind: 'TransformColumn', name, start: name.start, end: name.end };
  const typed = paren ? !p.at(',') && !p.at(')') : p.kind() === 'word' && !NOT_AN_ALIAS.has(p.peek()) && !p.at('ROW') && !p.at('RECORDREADER');
  if (typed) col.type = parseDataType(p);
  col.end = p.lastEnd;
  return col;
}
