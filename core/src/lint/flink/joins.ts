import type { ColumnRef, Expr, Join, Span } from '../../sql/ast';
import { walk } from '../walk';

const RANGE_OPS = new Set(['<', '<=', '>', '>=']);

/** The AND-ed conditions of an ON clause. */
function conjuncts(on: Expr): Expr[] {
  const out: Expr[] = [];
  const stack: Expr[] = [on];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.kind === 'BinaryExpr' && e.op === 'AND') stack.push(e.right, e.left);
    else out.push(e);
  }
  return out;
}

/**
 * A range condition with an interval between two relations' columns: `a.ts BETWEEN b.ts - INTERVAL
 * '1' HOUR AND b.ts`, `a.ts < b.ts + INTERVAL ...` (not a filter on one table, `a.ts > NOW() - ...`).
 */
function isTimeBound(e: Expr): boolean {
  if (e.kind !== 'BetweenExpr' && !(e.kind === 'BinaryExpr' && RANGE_OPS.has(e.op))) return false;
  let interval = false;
  const qualifiers = new Set<string>();
  walk(e, (node) => {
    interval ||= node.kind === 'IntervalExpr';
    if (node.kind === 'ColumnRef' && node.parts.length > 1) qualifiers.add(node.parts[node.parts.length - 2].name.toLowerCase());
  });
  return interval && qualifiers.size > 1;
}

/** True when the ON clause bounds one side's time by the other's: an interval join. */
export function hasTimeBound(on: Expr): boolean {
  return conjuncts(on).some(isTimeBound);
}

/** The columns the time bounds of an interval join compare. */
export function timeBoundColumns(on: Expr): ColumnRef[] {
  const out: ColumnRef[] = [];
  for (const c of conjuncts(on)) {
    if (!isTimeBound(c)) continue;
    walk(c, (node) => {
      if (node.kind === 'ColumnRef') out.push(node);
    });
  }
  return out;
}

/** The `JOIN` keyword of a join (its whole gap when the text does not show one, e.g. a comma join). */
export function joinKeyword(text: string, join: Join): Span {
  const from = join.left.end;
  const at = text.slice(from, join.right.start).toUpperCase().indexOf('JOIN');
  return at < 0 ? { start: from, end: join.right.start } : { start: from + at, end: from + at + 4 };
}
