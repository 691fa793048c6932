import type { Expr, FunctionCall, Query, WindowSpec } from '../sql/ast';
import { noteComparisons } from './comparisons';
import type { Ctx } from './context';
import { isAggregate } from './functions';
import { evalQuery } from './query';
import { resolveColumn } from './resolve';
import { Scope } from './scope';
import { EdgeKind, mergeSources, raise, Sources } from './sources';
import { valueOf } from './struct-fields';

/**
 * The source columns an expression reads, each with the strongest kind on the way: a bare
 * column keeps its kind, any operator or function makes it `expression`, an aggregate makes it
 * `aggregate`. Subqueries contribute their output columns (their own filters go to `ctx.filters`).
 */
export function exprSources(expr: Expr, scope: Scope, ctx: Ctx): Sources {
  return OPERATORS.has(expr.kind) ? operatorSources(expr, scope, ctx) : operandSources(expr, scope, ctx);
}

/** Node kinds whose value is an operator over their children (`children()`): they only raise the kind. */
const OPERATORS = new Set<Expr['kind']>(['BinaryExpr', 'UnaryExpr', 'CaseExpr', 'CastExpr', 'BetweenExpr', 'IsExpr', 'IndexAccess', 'IntervalExpr', 'RowExpr']);

/**
 * An operator tree, walked with an explicit stack: a 3,000-term `OR` chain is 3,000 levels deep
 * and must not cost 3,000 stack frames. Every operand reached through operators is merged, then
 * raised once (raising is idempotent, so this equals raising at every level).
 */
function operatorSources(expr: Expr, scope: Scope, ctx: Ctx): Sources {
  const out: Sources = new Map();
  const pending: Expr[] = [expr];
  const operators: Expr[] = [];
  for (let e = pending.pop(); e; e = pending.pop()) {
    if (!OPERATORS.has(e.kind)) {
      mergeSources(out, operandSources(e, scope, ctx));
      continue;
    }
    operators.push(e);
    const kids = children(e);
    for (let i = kids.length - 1; i >= 0; i--) pending.push(kids[i]);
  }
  // Once their operands are resolved, comparisons know the operands' types.
  for (const e of operators) noteComparisons(e, ctx);
  return raise(out, 'expression');
}

/** Everything but operators: names, calls, subqueries, lambdas, and leaves without sources. */
function operandSources(expr: Expr, scope: Scope, ctx: Ctx): Sources {
  switch (expr.kind) {
    case 'ColumnRef':
      return new Map(resolveColumn(expr, scope, ctx).sources);
    case 'FunctionCall':
      return callSources(expr, scope, ctx);
    case 'SubqueryExpr':
      return firstColumnSources(expr.query, scope, ctx);
    case 'ExistsExpr':
      addFilters(ctx, outputSources(expr.query, scope, ctx));
      return new Map();
    case 'InExpr': {
      const out = exprSources(expr.expr, scope, ctx);
      for (const e of expr.list ?? []) mergeSources(out, exprSources(e, scope, ctx));
      noteComparisons(expr, ctx);
      if (expr.query) mergeSources(out, outputSources(expr.query, scope, ctx));
      return raise(out, 'expression');
    }
    case 'Lambda': {
      const inner = new Scope(scope);
      inner.params = new Set(expr.params.map((p) => p.name.toLowerCase()));
      return raise(exprSources(expr.body, inner, ctx), 'expression');
    }
    case 'NamedArg':
      return exprSources(expr.value, scope, ctx);
    case 'FieldAccess':
      return valueOf(expr, scope, ctx).sources;
    default:
      return new Map();
  }
}

/**
 * A value written into a column (a VALUES row, a MERGE/UPDATE assignment): the keyword `DEFAULT`
 * there means the column's default, not a column named `default` (a quoted name still is one).
 */
export function valueSources(expr: Expr, scope: Scope, ctx: Ctx): Sources {
  const isDefault = expr.kind === 'ColumnRef' && expr.parts.length === 1 && !expr.parts[0].quoted && expr.parts[0].name.toUpperCase() === 'DEFAULT';
  return isDefault ? new Map() : exprSources(expr, scope, ctx);
}

/** Sources of expressions used to filter, join or group: recorded as filters, not edges. */
export function addFilterExpr(expr: Expr | undefined, scope: Scope, ctx: Ctx): void {
  if (expr) addFilters(ctx, exprSources(expr, scope, ctx));
}

export function addFilters(ctx: Ctx, sources: Sources): void {
  for (const s of sources.keys()) ctx.filters.add(s);
}

function callSources(call: FunctionCall, scope: Scope, ctx: Ctx): Sources {
  const parts: Expr[] = [...call.args];
  if (call.filter) parts.push(call.filter);
  // SQL/JSON clauses are keywords; only a `DEFAULT x` value can read columns.
  for (const behavior of [call.json?.onEmpty, call.json?.onError]) if (behavior?.default) parts.push(behavior.default);
  for (const o of call.withinGroup ?? []) parts.push(o.expr);
  const out = unionOf(parts, scope, ctx);
  if (call.over) mergeSources(out, windowSources(call.over, scope, ctx));
  const level: EdgeKind = isAggregate(call) ? 'aggregate' : 'expression';
  return raise(out, level);
}

/** PARTITION BY / ORDER BY keys of a window, including those of a named base window. */
function windowSources(spec: WindowSpec, scope: Scope, ctx: Ctx): Sources {
  const exprs = [...spec.partitionBy, ...spec.orderBy.map((o) => o.expr)];
  const out = unionOf(exprs, scope, ctx);
  const base = spec.baseName ? scope.findWindow(spec.baseName.name.toLowerCase()) : undefined;
  if (base && base !== spec) mergeSources(out, windowSources(base, scope, ctx));
  return out;
}

function unionOf(exprs: Expr[], scope: Scope, ctx: Ctx): Sources {
  const out: Sources = new Map();
  for (const e of exprs) mergeSources(out, exprSources(e, scope, ctx));
  return out;
}

function firstColumnSources(query: Query, scope: Scope, ctx: Ctx): Sources {
  const shape = evalQuery(query, scope, ctx);
  const first = shape.columns[0];
  if (first) return new Map(first.sources);
  const open = shape.open[0];
  return open ? new Map(open.star) : new Map();
}

function outputSources(query: Query, scope: Scope, ctx: Ctx): Sources {
  const shape = evalQuery(query, scope, ctx);
  const out: Sources = new Map();
  for (const c of shape.columns) mergeSources(out, c.sources);
  return out;
}

/** Operands of an operator node (see `OPERATORS`). */
function children(expr: Expr): Expr[] {
  switch (expr.kind) {
    case 'BinaryExpr':
      return expr.escape ? [expr.left, expr.right, expr.escape] : [expr.left, expr.right];
    case 'UnaryExpr':
      return [expr.operand];
    case 'CaseExpr': {
      const out = expr.operand ? [expr.operand] : [];
      for (const w of expr.whens) out.push(w.when, w.then);
      if (expr.else) out.push(expr.else);
      return out;
    }
    case 'CastExpr':
      return [expr.expr];
    case 'BetweenExpr':
      return [expr.expr, expr.low, expr.high];
    case 'IsExpr':
      return expr.right ? [expr.expr, expr.right] : [expr.expr];
    case 'IndexAccess':
      return [expr.object, expr.index];
    case 'IntervalExpr':
      return [expr.value];
    case 'RowExpr':
      return expr.items;
    default:
      return [];
  }
}
