import type { Expr, Span } from '../sql/ast';
import type { Ctx } from './context';
import { exprType } from './expr-type';
import type { OperandFact } from './facts';

const COMPARISON_OPS = new Set(['=', '==', '<>', '!=', '<', '>', '<=', '>=', '<=>']);

/**
 * Records the comparisons an operator node makes (`a = b`, `a BETWEEN x AND y`, `a IN (x, y)`)
 * when both sides have known types; call it once the operands are resolved (`exprType`).
 */
export function noteComparisons(e: Expr, ctx: Ctx): void {
  if (e.kind === 'BinaryExpr' && COMPARISON_OPS.has(e.op)) noteComparison(e.op, e.left, e.right, e, ctx);
  else if (e.kind === 'BetweenExpr') for (const bound of [e.low, e.high]) noteComparison('BETWEEN', e.expr, bound, e, ctx);
  else if (e.kind === 'InExpr') for (const item of e.list ?? []) noteComparison('IN', e.expr, item, e, ctx);
}

/** A comparison of `left` and `right` at `at` (the whole expression). */
function noteComparison(op: string, left: Expr, right: Expr, at: Span, ctx: Ctx): void {
  const l = operand(left, ctx);
  if (!l.type) return;
  const r = operand(right, ctx);
  if (!r.type) return;
  ctx.facts.comparison({ op, left: l, right: r, start: at.start, end: at.end });
}

/** A `USING (k)` join key: the column of each side, typed as declared. */
export function noteUsingKey(op: string, left: OperandFact, right: OperandFact, at: Span, ctx: Ctx): void {
  if (left.type && right.type) ctx.facts.comparison({ op, left, right, start: at.start, end: at.end });
}

function operand(e: Expr, ctx: Ctx): OperandFact {
  const out: OperandFact = { start: e.start, end: e.end, type: exprType(e, ctx) };
  if (e.kind === 'Literal') out.literal = { type: e.type, value: e.value };
  else if (e.kind === 'UnaryExpr' && e.op === '-' && e.operand.kind === 'Literal') out.literal = { type: e.operand.type, value: `-${e.operand.value}` };
  return out;
}
