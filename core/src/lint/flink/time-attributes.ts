import type { Expr, FunctionCall, Identifier, Query, QueryBody, Relation, Select, TableArg } from '../../sql/ast';
import { isWindowTvf } from '../../analysis/functions';
import type { FlinkJob, Resolved } from './job';
import type { TableDecl } from './tables';

/**
 * What a column is to Flink's planner: an event-time attribute (a `WATERMARK FOR` column passed
 * through untouched), a processing-time attribute (`PROCTIME()`), a plain value, or unknown (no
 * DDL at hand, an expression we do not model). Rules report only `none`: never a guess.
 */
export type TimeKind = 'rowtime' | 'proctime' | 'none' | 'unknown';

/** `absent`: the relation has no such column (keep looking in the next FROM item). */
type Found = TimeKind | 'absent';

/** Views nest; deeper than this (no real job does) we say unknown rather than risk the stack. */
const MAX_DEPTH = 100;

/** The `TABLE t` and `DESCRIPTOR(c)` of a window TVF call, or undefined for any other call. */
export function windowTvf(call: FunctionCall): { table: TableArg; column?: Identifier } | undefined {
  if (call.name.parts.length !== 1 || !isWindowTvf(call)) return undefined;
  let table: TableArg | undefined;
  let column: Identifier | undefined;
  for (const raw of call.args) {
    const arg = raw.kind === 'NamedArg' ? raw.value : raw;
    if (arg.kind === 'TableArg') table = arg;
    else if (arg.kind === 'Descriptor') column = arg.columns[0];
  }
  return table ? { table, column } : undefined;
}

/** Resolves time attributes through FROM items, subqueries, CTEs, views and window TVFs. */
export class TimeAttributes {
  /** Answers per query and column: views read many times are resolved once. */
  private readonly memo = new Map<Query, Map<string, Found>>();

  constructor(private readonly job: FlinkJob) {}

  /** The kind of column `parts` (`c`, `t.c`) read from `from`, the FROM items of one SELECT. */
  ofColumn(parts: readonly Identifier[], from: readonly Relation[]): TimeKind {
    return known(this.inRelations(from, qualifierOf(parts), lastName(parts), 0));
  }

  /** The kind of `column` of the relation a window TVF's `TABLE t` names. */
  ofTableArg(arg: TableArg, column: string): TimeKind {
    return known(this.inResolved(this.job.resolveAt(arg.name, arg.start), column, 0));
  }

  private inRelations(from: readonly Relation[], qualifier: string | undefined, column: string, depth: number): Found {
    for (const rel of from) {
      const found = this.inRelation(rel, qualifier, column, depth);
      if (found !== 'absent') return found;
    }
    return 'absent';
  }

  private inRelation(rel: Relation, qualifier: string | undefined, column: string, depth: number): Found {
    switch (rel.kind) {
      case 'TableRef': {
        if (qualifier !== undefined && qualifier !== (rel.alias?.name ?? rel.name.parts[rel.name.parts.length - 1].name).toLowerCase()) return 'absent';
        return rel.columnAliases ? 'unknown' : this.inResolved(this.job.resolveAt(rel.name, rel.start), column, depth);
      }
      case 'DerivedTable':
        if (qualifier !== undefined && qualifier !== rel.alias?.name.toLowerCase()) return 'absent';
        return rel.columnAliases ? 'unknown' : this.inQuery(rel.query, column, depth + 1);
      case 'Join': {
        const left = this.inRelation(rel.left, qualifier, column, depth);
        return left !== 'absent' ? left : this.inRelation(rel.right, qualifier, column, depth);
      }
      case 'TableFunction':
        return this.inTableFunction(rel.call, rel.alias?.name.toLowerCase(), qualifier, column, depth);
      default:
        return 'unknown';
    }
  }

  /** Window TVFs add `window_start`/`window_end` (plain timestamps) and `window_time` (the input's time attribute). */
  private inTableFunction(call: FunctionCall, alias: string | undefined, qualifier: string | undefined, column: string, depth: number): Found {
    const tvf = windowTvf(call);
    if (!tvf) return qualifier !== undefined && qualifier === alias ? 'unknown' : 'absent';
    if (qualifier !== undefined && alias !== undefined && qualifier !== alias) return 'absent';
    if (column === 'window_start' || column === 'window_end') return 'none';
    const source = this.job.resolveAt(tvf.table.name, tvf.table.start);
    if (column === 'window_time') return tvf.column ? this.inResolved(source, tvf.column.name.toLowerCase(), depth) : 'unknown';
    return this.inResolved(source, column, depth);
  }

  private inResolved(resolved: Resolved | undefined, column: string, depth: number): Found {
    if (!resolved) return 'unknown';
    return resolved.kind === 'table' ? inDecl(resolved.decl, column) : this.inQuery(resolved.query, column, depth + 1);
  }

  private inQuery(query: Query, column: string, depth: number): Found {
    if (depth > MAX_DEPTH) return 'unknown';
    let byColumn = this.memo.get(query);
    if (!byColumn) this.memo.set(query, (byColumn = new Map()));
    let found = byColumn.get(column);
    if (found === undefined) {
      // Unknown while it is being worked out, so a recursive CTE ends instead of looping.
      byColumn.set(column, 'unknown');
      byColumn.set(column, (found = this.inBody(query.body, column, depth)));
    }
    return found;
  }

  private inBody(body: QueryBody, column: string, depth: number): Found {
    if (body.kind === 'Query') return this.inQuery(body, column, depth + 1);
    if (body.kind === 'Select') return this.inSelect(body, column, depth);
    if (body.kind === 'Values') return 'none';
    if (body.kind !== 'SetOperation') return 'unknown';
    // Only UNION ALL keeps time attributes; the others aggregate. Both branches must agree.
    if (body.op !== 'UNION' || !body.all) return 'none';
    const left = this.inBody(body.left, column, depth);
    const at = body.left.kind === 'Select' ? outputIndex(body.left, column) : -1;
    const right = at >= 0 && body.right.kind === 'Select' && at < body.right.items.length ? this.ofItem(body.right, body.right.items[at].expr, depth) : 'unknown';
    if (left === right) return left;
    return left === 'none' || right === 'none' ? 'none' : 'unknown';
  }

  private inSelect(select: Select, column: string, depth: number): Found {
    for (const item of select.items) {
      const e = item.expr;
      if (item.alias ? item.alias.name.toLowerCase() === column : e.kind === 'ColumnRef' && lastName(e.parts) === column) return this.ofItem(select, e, depth);
      if (e.kind === 'Star') {
        const qualifier = e.qualifier ? lastName(e.qualifier) : undefined;
        const found = this.inRelations(select.from, qualifier, column, depth);
        if (found !== 'absent') return found;
      }
    }
    return 'absent';
  }

  /** A select item keeps a time attribute only as a bare column; grouping materializes it (but for `window_time`). */
  private ofItem(select: Select, e: Expr, depth: number): Found {
    if (e.kind === 'FunctionCall' && e.args.length === 0 && e.name.parts.length === 1 && e.name.parts[0].name.toUpperCase() === 'PROCTIME') return 'proctime';
    if (e.kind !== 'ColumnRef') return 'none';
    const found = known(this.inRelations(select.from, qualifierOf(e.parts), lastName(e.parts), depth));
    if (select.groupBy && lastName(e.parts) !== 'window_time' && (found === 'rowtime' || found === 'proctime')) return 'none';
    return found;
  }
}

function inDecl(decl: TableDecl, column: string): Found {
  if (decl.watermark === column) return 'rowtime';
  if (decl.proctime.has(column)) return 'proctime';
  if (!decl.columns) return 'unknown';
  return decl.columns.has(column) ? 'none' : 'absent';
}

function outputIndex(select: Select, column: string): number {
  return select.items.findIndex((i) => (i.alias ? i.alias.name.toLowerCase() === column : i.expr.kind === 'ColumnRef' && lastName(i.expr.parts) === column));
}

/** The relation a dotted column names (`t` of `t.c`, `db.t.c`); undefined for a bare column. */
function qualifierOf(parts: readonly Identifier[]): string | undefined {
  return parts.length > 1 ? parts[parts.length - 2].name.toLowerCase() : undefined;
}

function lastName(parts: readonly Identifier[]): string {
  return parts[parts.length - 1].name.toLowerCase();
}

function known(found: Found): TimeKind {
  return found === 'absent' ? 'unknown' : found;
}

