import type { Expr, Span } from '../sql/ast';
import type { Ctx } from './context';
import { exprType } from './expr-type';
import type { OperandFact } from './facts';
import type { Scope } from './scope';

const COMPARISON_OPS = new Set(['=', '==', '<>', '!=', '<', '>', '<=', '>=', '<=>']);

/** Records the comparisons an operator node makes (`a = b`, `a BETWEEN x AND y`, `a IN (x, y)`) when both sides have known types. */
export function noteComparisons(e: Expr, scope: Scope, ctx: Ctx): void {
  if (e.kind === 'BinaryExpr' && COMPARISON_OPS.has(e.op)) noteComparison(e.op, e.left, e.right, e, scope, ctx);
  else if (e.kind === 'BetweenExpr') for (const bound of [e.low, e.high]) noteComparison('BETWEEN', e.expr, bound, e, scope, ctx);
  else if (e.kind === 'InExpr') for (const item of e.list ?? []) noteComparison('IN', e.expr, item, e, scope, ctx);
}

/** A comparison of `left` and `right` at `at` (the whole expression). */
export function noteComparison(op: string, left: Expr, right: Expr, at: Span, scope: Scope, ctx: Ctx): void {
  const l = operand(left, scope, ctx);
  if (!l.type) return;
  const r = operand(right, scope, ctx);
  if (!r.type) return;
  ctx.facts.comparison({ op, left: l, right: r, start: at.start, end: at.end });
}

/** A `USING (k)` join key: the column of each side, typed as declared. */
export function noteUsingKey(op: string, left: OperandFact, right: OperandFact, at: Span, ctx: Ctx): void {
  if (left.type && right.type) ctx.facts.comparison({ op, left, right, start: at.start, end: at.end });
}

function operand(e: Expr, scope: Scope, ctx: Ctx): OperandFact {
  const out: OperandFact = { start: e.start, end: e.end, type: exprType(e, scope, ctx) };
  if (e.kind === 'Literal') out.literal = { type: e.type, value: e.value };
  else if (e.kind === 'UnaryExpr' && e.op === '-' && e.operand.kind === 'Literal') out.literal = { type: e.operand.type, value: `-${e.operand.value}` };
  return out;
}
