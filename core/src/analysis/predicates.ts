import type { ColumnRef, Expr, FunctionCall, Span } from '../sql/ast';
import type { Ctx } from './context';
import { addFilters, exprSources } from './expr';
import type { PartitionFilterFact } from './facts';
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
 * partition columns of one table (or one `USING` column of several): the engine prunes partitions
 * with them. `a.p_date = b.p_date` does not prune by itself, and a term reading any other column never does.
 */
function notePruning(term: Expr, sources: string[], ctx: Ctx): void {
  if (sources.length === 0 || !sources.every((s) => ctx.facts.isPartitionColumn(s))) return;
  const table = (s: string) => s.slice(0, s.lastIndexOf('.'));
  if (!sources.every((s) => table(s) === table(sources[0])) && !namesOneColumn(term)) {
    // `r.p_date = l.p_date`: the engines carry a constant filter on one side over to the other.
    if (sources.length === 2 && term.kind === 'BinaryExpr' && term.op === '=') ctx.facts.equate(sources[0], sources[1]);
    return;
  }
  if (isDeterministic(term)) ctx.facts.prune(sources, term, new Set(sources).size === 1 ? partitionFilter(term) : undefined);
  else ctx.facts.notPrunable(sources, term);
}

const FLIPPED: Record<string, PartitionFilterFact['op']> = { '=': '=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/**
 * The term as a filter whose partitions can be named: the column alone on one side and constants
 * (no column) on the other; undefined for other forms (`substr(p_date, 1, 7) = ...`, `NOT IN`).
 */
function partitionFilter(term: Expr): PartitionFilterFact | undefined {
  const constant = (e: Expr) => columnRefs(e).length === 0 && !someNode(e, (n) => n.kind === 'Query');
  const column = (e: Expr) => (e.kind === 'ColumnRef' ? e.parts[e.parts.length - 1].name.toLowerCase() : undefined);
  if (term.kind === 'BinaryExpr' && term.op in FLIPPED) {
    const [col, value, op] = column(term.left) ? [column(term.left), term.right, term.op as PartitionFilterFact['op']] : [column(term.right), term.left, FLIPPED[term.op]];
    return col && constant(value) ? { column: col, op, operands: [span(value)] } : undefined;
  }
  if (term.kind !== 'InExpr' && term.kind !== 'BetweenExpr') return undefined;
  const col = column(term.expr);
  if (!col || term.not) return undefined;
  if (term.kind === 'InExpr') return term.list?.every(constant) ? { column: col, op: 'in', operands: term.list.map(span) } : undefined;
  return !term.symmetric && constant(term.low) && constant(term.high) ? { column: col, op: 'between', operands: [span(term.low), span(term.high)] } : undefined;
}

function span(e: Expr): Span {
  return { start: e.start, end: e.end };
}

/** The term names a single column, however often (`p_date >= x OR p_date IS NULL`). */
function namesOneColumn(term: Expr): boolean {
  const names = new Set(columnRefs(term).map((ref) => ref.parts.map((p) => p.name.toLowerCase()).join('.')));
  return names.size === 1;
}

/** Column references of a term, not those inside its subqueries (which have their own scope). */
export function columnRefs(term: Expr): ColumnRef[] {
  const out: ColumnRef[] = [];
  someNode(term, (node) => {
    if (node.kind === 'ColumnRef') out.push(node as ColumnRef);
    return false;
  });
  return out;
}

/**
 * True when `test` holds for a node of `term` (outside its subqueries). Generic over the AST and
 * walked with a stack: a 3,000-term condition must not cost 3,000 frames.
 */
function someNode(term: Expr, test: (node: { kind: string }) => boolean): boolean {
  const pending: unknown[] = [term];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...(node as unknown[]));
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const kind = (node as { kind?: unknown }).kind;
    if (typeof kind !== 'string' || kind === 'Query') continue;
    if (test(node as { kind: string })) return true;
    pending.push(...Object.values(node));
  }
  return false;
}

/** Functions whose value depends on when or how often they run. */
const NON_DETERMINISTIC = new Set([
  'rand', 'random', 'randn', 'uuid', 'current_date', 'current_timestamp', 'now', 'localtimestamp', 'localtime',
  'current_time', 'current_row_timestamp', 'proctime', 'unix_timestamp', 'getdate', 'sysdate',
]);

function isDeterministic(expr: Expr): boolean {
  return !someNode(expr, (node) => isNonDeterministicCall(node as Expr));
}

/** `unix_timestamp()` is the current time; with an argument it converts its argument. */
function isNonDeterministicCall(e: Expr): e is FunctionCall {
  if (e.kind !== 'FunctionCall') return false;
  const name = functionName(e);
  return NON_DETERMINISTIC.has(name) && (name !== 'unix_timestamp' || e.args.length === 0);
}
