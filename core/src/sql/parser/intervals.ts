import type { Expr } from '../ast';
import { parsePrimary, parseUnary } from './expressions';
import { INTERVAL_UNITS } from './keywords';
import { afterParens, endsExpression } from './lookahead';
import type { Parser } from './parser';

/**
 * `INTERVAL` starts an interval literal unless it is a column (`SELECT interval FROM t`): a value
 * follows (a string, a number, a signed one, `(expr)` then a unit, a variable, or a name).
 */
export function atIntervalLiteral(p: Parser): boolean {
  if (endsExpression(p, 1)) return false;
  const next = p.peek(1);
  if (next === '-' || next === '+') return p.kind(2) === 'string' || p.kind(2) === 'number';
  if (next === '(') return INTERVAL_UNITS.has(p.peek(afterParens(p, 1)));
  return p.kind(1) !== 'op';
}

/**
 * `INTERVAL '5' SECOND`, `INTERVAL 1 DAY`, `INTERVAL '1' HOUR TO SECOND`, `INTERVAL '1 day'`, and
 * (Spark, Flink) several units in a row: `INTERVAL 1 DAY 2 HOURS`.
 */
export function parseInterval(p: Parser): Expr {
  const start = p.start();
  p.next();
  const value = intervalValue(p);
  if (!INTERVAL_UNITS.has(p.peek())) return { kind: 'IntervalExpr', value, start, end: p.lastEnd };
  let unit = p.peek();
  p.next();
  if (p.at('TO') && INTERVAL_UNITS.has(p.peek(1))) {
    p.next();
    unit += ' TO ' + p.peek();
    p.next();
  } else if (p.dialect !== 'hive' && atIntervalPart(p)) {
    const parts = [{ value, unit }];
    while (atIntervalPart(p)) {
      const more = intervalValue(p);
      parts.push({ value: more, unit: p.peek() });
      p.next();
    }
    return { kind: 'IntervalExpr', value, unit, parts, start, end: p.lastEnd };
  }
  return { kind: 'IntervalExpr', value, unit, start, end: p.lastEnd };
}

function intervalValue(p: Parser): Expr {
  return p.at('-') || p.at('+') ? parseUnary(p) : parsePrimary(p);
}

/** A further `value unit` pair of a multi-unit interval: a (signed) number or string, then a unit. */
function atIntervalPart(p: Parser): boolean {
  const k = p.kind() === 'op' && (p.at('-') || p.at('+')) ? 1 : 0;
  const kind = p.kind(k);
  return (kind === 'number' || kind === 'string') && INTERVAL_UNITS.has(p.peek(k + 1));
}
