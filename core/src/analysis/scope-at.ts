import type { Catalog } from '../catalog';
import type { ColumnRef, Script, Select } from '../sql/ast';
import type { Ctx } from './context';
import { resolveColumn } from './resolve';
import { runScript } from './run-script';
import type { Rel, Scope } from './scope';
import type { Col } from './shape';
import type { EdgeKind } from './sources';

/** A column an editor may offer at a position. */
export interface VisibleColumn {
  name: string;
  /** Declared type, for base table columns. */
  type?: string;
}

/** A relation in scope at a position: the names that qualify its columns, and its known columns. */
export interface VisibleRelation {
  /** Lower-case qualifiers: the alias, or the table name and its suffixes. */
  names: string[];
  label: string;
  columns: VisibleColumn[];
  /** It has columns nobody declared too (a table without DDL): any name resolves. */
  open: boolean;
  /** 0 for the FROM of the innermost SELECT around the offset, 1 for the SELECT enclosing it, ... */
  level: number;
}

/** What name resolution sees at one offset of a script. */
export interface ScopeAt {
  /** Relations of the innermost SELECT around the offset first, then those of enclosing SELECTs. */
  relations: VisibleRelation[];
  /** Columns of USING / NATURAL joins (one column for both sides). */
  merged: VisibleColumn[];
  /** Lower-case names of the CTEs visible there. */
  ctes: string[];
  /** Source columns (`db.t.col`, `?.col` when unresolvable) of a column reference written there. */
  sources(ref: ColumnRef): Map<string, EdgeKind>;
}

interface Hit {
  select: Select;
  scope: Scope;
  ctx: Ctx;
}

const EMPTY: ScopeAt = { relations: [], merged: [], ctes: [], sources: () => new Map() };

/**
 * The scope at `offset` (a caret), from one analysis run of the script, so CTEs, subqueries,
 * joins, LATERAL VIEW and window TVF columns are exactly what analysis sees. Works on unfinished
 * statements: when no SELECT spans the offset (a half-typed tail), the latest SELECT of the
 * statement before it is used. Never throws on odd SQL.
 */
export function scopeAt(script: Script, offset: number, catalog?: Catalog): ScopeAt {
  return scopesOf(script, catalog)(offset);
}

/**
 * {@link scopeAt} for many offsets of one script: the analysis runs once, here; the function
 * returned answers each offset (resolving every column reference of a script, say).
 */
export function scopesOf(script: Script, catalog?: Catalog): (offset: number) => ScopeAt {
  const hits = new Map<Select, Hit>();
  runScript(script, catalog, false, undefined, (select, scope, ctx) => hits.set(select, { select, scope, ctx }));
  const all = [...hits.values()];
  return (offset) => {
    const statementStart = script.statements.filter((s) => s.start <= offset).pop()?.start ?? 0;
    const hit = pick(all.filter((h) => h.select.start >= statementStart && h.select.start <= offset), offset);
    return hit ? describe(hit) : EMPTY;
  };
}

/** The innermost SELECT spanning `offset`, else the outermost one ending last before it. */
function pick(hits: Hit[], offset: number): Hit | undefined {
  const inside = hits.filter((h) => offset <= h.select.end);
  if (inside.length > 0) return inside.reduce((a, b) => (b.select.start > a.select.start ? b : a));
  return hits.reduce<Hit | undefined>((a, b) => (!a || b.select.end > a.select.end || (b.select.end === a.select.end && b.select.start < a.select.start) ? b : a), undefined);
}

function describe({ scope, ctx }: Hit): ScopeAt {
  const relations: VisibleRelation[] = [];
  const ctes: string[] = [];
  for (let s: Scope | undefined = scope, level = 0; s; s = s.parent, level++) {
    relations.push(...s.rels.map((rel) => visibleRelation(rel, level)));
    ctes.push(...s.ctes.keys());
  }
  const probe = (): Ctx => ({ ...ctx, reads: new Set(), filters: new Set(), warnings: [], problems: [], onScope: undefined });
  return {
    relations,
    merged: [...scope.merged.values()].map(visibleColumn),
    ctes: [...new Set(ctes)],
    sources: (ref) => resolveColumn(ref, scope, probe()).sources,
  };
}

function visibleRelation(rel: Rel, level: number): VisibleRelation {
  return { names: rel.names, label: rel.label, columns: rel.shape.columns.map(visibleColumn), open: rel.shape.open.length > 0, level };
}

function visibleColumn(col: Col): VisibleColumn {
  return col.type === undefined ? { name: col.spelling ?? col.name } : { name: col.spelling ?? col.name, type: col.type };
}
