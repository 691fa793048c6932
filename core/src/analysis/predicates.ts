import type { Expr, FunctionCall } from '../sql/ast';
import type { Ctx } from './context';
import { addFilters, exprSources } from './expr';
import { functionName } from './functions';
import type { Scope } from './scope';

/**
 * A WHERE or JOIN ON condition: its columns are filters (as `addFilterExpr` records them), and
 * each top-level `AND` term that constrains only partition columns of one table read by the
 * statement prunes that table's partitions, unless its value changes from run to run.
 */
export function addPredicate(expr: Expr | undefined, scope: Scope, ctx: Ctx): void {
  if (!expr) return;
  for (const term of conjuncts(expr)) {
    const sources = exprSources(term, scope, ctx);
    addFilters(ctx, sources);
    notePruning(term, [...sources.keys()], ctx);
  }
}

/** The top-level `AND` terms of a condition, left to right (a long chain is walked with a loop). */
export function conjuncts(expr: Expr): Expr[] {
  const out: Expr[] = [];
  const pending: Expr[] = [expr];
  for (let e = pending.pop(); e; e = pending.pop()) {
    if (e.kind === 'BinaryExpr' && e.op === 'AND') pending.push(e.right, e.left);
    else out.push(e);
  }
  return out;
}

/**
 * `p_date = '${date}'`, `p_date BETWEEN a AND b`, `substr(p_date, 1, 7) = '2024-01'` read only
 * partition columns of one table: the engine prunes partitions with them. `a.p_date = b.p_date`
 * (two tables) does not prune by itself, and a term reading any other column never does.
 */
function notePruning(term: Expr, sources: string[], ctx: Ctx): void {
  if (sources.length === 0 || !sources.every((s) => ctx.facts.isPartitionColumn(s))) return;
  const table = (s: string) => s.slice(0, s.lastIndexOf('.'));
  if (!sources.every((s) => table(s) === table(sources[0]))) return;
  if (isDeterministic(term)) ctx.facts.prune(sources);
  else ctx.facts.notPrunable(sources, term);
}

/** Functions whose value depends on when or how often they run. */
const NON_DETERMINISTIC = new Set([
  'rand', 'random', 'randn', 'uuid', 'current_date', 'current_timestamp', 'now', 'localtimestamp', 'localtime',
  'current_time', 'current_row_timestamp', 'proctime', 'unix_timestamp', 'getdate', 'sysdate',
]);

function isDeterministic(expr: Expr): boolean {
  const pending: unknown[] = [expr];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...(node as unknown[]));
      continue;
    }
    if (typeof node !== 'object' || node === null || typeof (node as { kind?: unknown }).kind !== 'string') continue;
    if (isNonDeterministicCall(node as Expr)) return false;
    pending.push(...Object.values(node));
  }
  return true;
}

/** `unix_timestamp()` is the current time; with an argument it converts its argument. */
function isNonDeterministicCall(e: Expr): e is FunctionCall {
  if (e.kind !== 'FunctionCall') return false;
  const name = functionName(e);
  return NON_DETERMINISTIC.has(name) && (name !== 'unix_timestamp' || e.args.length === 0);
}
