import { qualifiedName, suggestTable, type TableInfo } from '../catalog';
import type { Identifier, Join, LateralView, QualifiedName, Relation, TableRef } from '../sql/ast';
import { checkTableCase } from './case-sensitivity';
import { noteUsingKey } from './comparisons';
import type { OperandFact } from './facts';
import { Ctx, problem, suggestion } from './context';
import { addFilterExpr, addFilters } from './expr';
import { addPredicate } from './predicates';
import { generatorRel, tableFunctionRel } from './generators';
import { matchRecognizeRel } from './match-recognize';
import { ptfRel } from './ptf';
import { pivotRel, unpivotRel } from './pivots';
import { evalQuery } from './query';
import { makeRel, Rel, Scope } from './scope';
import { Col, openTable, renameColumns, Shape } from './shape';
import { mergeSources, Sources } from './sources';
import { inCurrentDatabase, lookupTable } from './table-names';

/** Adds the relations of one FROM item (a join tree) to `scope`; returns the relations added. */
export function addRelation(scope: Scope, relation: Relation, ctx: Ctx): Rel[] {
  const rels = relationRels(scope, relation, ctx);
  if (relation.kind !== 'Join' && relation.kind !== 'LateralViewSource' && rels.length === 1) scope.leaves.set(relation, rels[0]);
  return rels;
}

function relationRels(scope: Scope, relation: Relation, ctx: Ctx): Rel[] {
  switch (relation.kind) {
    case 'TableRef': {
      const rel = tableRefRel(relation, scope, ctx);
      scope.addRel(rel);
      for (const e of [relation.forSystemTime, relation.versionAsOf, relation.timestampAsOf]) addFilterExpr(e, scope, ctx);
      return [rel];
    }
    case 'DerivedTable': {
      // A non-LATERAL subquery cannot see its FROM siblings, only the enclosing query's scope.
      const shape = evalQuery(relation.query, relation.lateral ? scope : scope.parent, ctx);
      const alias = relation.alias?.name.toLowerCase();
      const rel = makeRel(alias ? [alias] : [], alias ?? 'subquery', renameColumns(shape, lowerNames(relation.columnAliases)));
      scope.addRel(rel);
      return [rel];
    }
    case 'TableFunction': {
      const rel = tableFunctionRel(relation, scope, ctx);
      scope.addRel(rel);
      return [rel];
    }
    case 'Join':
      return joinRels(scope, relation, ctx);
    case 'LateralViewSource': {
      const rels = addRelation(scope, relation.source, ctx);
      for (const view of relation.views) addLateralView(scope, view, ctx);
      return rels;
    }
    case 'PartitionedTableFunction': {
      const rel = ptfRel(relation, scope, ctx);
      scope.addRel(rel);
      return [rel];
    }
    case 'Pivot':
    case 'Unpivot':
    case 'MatchRecognize': {
      const rel = relation.kind === 'Pivot' ? pivotRel(relation, scope, ctx)
        : relation.kind === 'Unpivot' ? unpivotRel(relation, scope, ctx)
        : matchRecognizeRel(relation, scope, ctx);
      scope.addRel(rel);
      return [rel];
    }
  }
}

/** Adds a `LATERAL VIEW` generator; its columns see every relation before it. */
export function addLateralView(scope: Scope, view: LateralView, ctx: Ctx): void {
  const alias = view.tableAlias?.name.toLowerCase();
  scope.addRel(generatorRel(view.call, alias, lowerNames(view.columnAliases) ?? [], false, scope, ctx));
}

/** `a JOIN b JOIN c` nests to the left: that spine is walked with a loop (thousands of joins must not cost a frame each). */
function joinRels(scope: Scope, join: Join, ctx: Ctx): Rel[] {
  const spine: Join[] = [];
  let first: Relation = join;
  for (; first.kind === 'Join'; first = first.left) spine.push(first);
  let rels = addRelation(scope, first, ctx);
  for (let i = spine.length - 1; i >= 0; i--) rels = joinStep(scope, spine[i], rels, ctx);
  return rels;
}

/** One join of `left` (already in scope) with `join.right`. */
function joinStep(scope: Scope, join: Join, left: Rel[], ctx: Ctx): Rel[] {
  const right = addRelation(scope, join.right, ctx);
  // A SEMI/ANTI join outputs the left side only: the right one is gone after its ON clause.
  const leftOnly = join.joinType.includes('SEMI') || join.joinType.includes('ANTI');
  const shared = join.natural ? commonColumns(left, right) : lowerNames(join.using) ?? [];
  join.using?.forEach((id) => noteUsingKey('USING', keyOperand(left, id), keyOperand(right, id), id, ctx));
  for (const name of shared) {
    const l = columnIn(left, name);
    const r = columnIn(right, name);
    addFilters(ctx, l);
    addFilters(ctx, r);
    if (!leftOnly) scope.merged.set(name, { name, sources: mergeSources(new Map(l), r) });
  }
  addPredicate(join.on, scope, ctx);
  if (!leftOnly) return [...left, ...right];
  scope.removeRels(right);
  return left;
}

function commonColumns(left: Rel[], right: Rel[]): string[] {
  const rightNames = new Set(right.flatMap((r) => [...r.byName.keys()]));
  return left.flatMap((r) => [...r.byName.keys()]).filter((n) => rightNames.has(n));
}

/** One side of a `USING (k)` key: the side's column `k` with its type. */
function keyOperand(rels: Rel[], id: Identifier): OperandFact {
  const name = id.name.toLowerCase();
  return { type: rels.find((r) => r.byName.has(name))?.byName.get(name)?.type, start: id.start, end: id.end };
}

function columnIn(rels: Rel[], name: string): Sources {
  for (const r of rels) {
    const col = r.byName.get(name);
    if (col) return col.sources;
  }
  const open = rels.find((r) => r.shape.open.length > 0);
  return open ? open.shape.open[0].resolve(name) : new Map([[`?.${name}`, 'direct']]);
}

/** A table, view, or CTE reference; CTEs shadow tables of the same name. */
function tableRefRel(ref: TableRef, scope: Scope, ctx: Ctx): Rel {
  const written = qualifiedName(ref.name);
  const alias = ref.alias?.name.toLowerCase();
  const columnAliases = lowerNames(ref.columnAliases);
  const cte = ref.name.parts.length === 1 ? scope.findCte(written) : undefined;
  if (cte) return makeRel([alias ?? written], alias ?? written, renameColumns(cte, columnAliases));
  const { name, shape, info } = tableShape(ref.name, ctx);
  if (info) ctx.facts.tableRead(info, ref.name);
  const names = alias ? [alias] : suffixes(written, name);
  const rel = makeRel(names, name, renameColumns(shape, columnAliases));
  rel.table = true;
  return rel;
}

/**
 * The columns of a named table: from the catalog when its DDL is known (sources named as the
 * catalog names it), otherwise open (sources named as the SQL writes it). Records the read.
 */
export function tableShape(ref: QualifiedName, ctx: Ctx): { name: string; shape: Shape; info?: TableInfo } {
  const { info, name } = lookupTable(ref, ctx);
  if (!info) {
    ctx.reads.add(name);
    reportUnknownTable(ctx, ref);
    return { name, shape: { columns: [], open: [openTable(name)] } };
  }
  ctx.reads.add(info.name);
  checkTableCase(ref, info, ctx);
  // Declared without columns (Spark `CREATE TABLE t USING parquet`, `CREATE VIEW v USING csv`): the files define them.
  if (info.columns.length === 0) return { name: info.name, shape: { columns: [], open: [openTable(info.name)] }, info };
  return { name: info.name, shape: { columns: tableColumns(info), open: info.open ? [openTable(info.name)] : [] }, info };
}

/** A table's columns as a relation's, each its own direct source (with its spelling when names are case-sensitive). */
export function tableColumns(info: TableInfo): Col[] {
  return info.columns.map((c) => {
    const col: Col = { name: c.name, type: c.type, sources: new Map([[`${info.name}.${c.name}`, 'direct']]) };
    if (info.caseSensitive) col.spelling = c.spelling ?? c.name;
    return col;
  });
}

/** In project mode the catalog is authoritative: a table it lacks is a typo or a missing contract. */
export function reportUnknownTable(ctx: Ctx, ref: QualifiedName): void {
  if (!ctx.catalogIsComplete) return;
  const written = qualifiedName(ref);
  const hint = suggestTable(ctx.catalog, inCurrentDatabase(written, ctx));
  problem(ctx, 'unknown-table', `unknown table '${written}'${suggestion(hint)}`, ref);
}

/** `dwd.t` may be written `t`, `dwd.t`, or with a catalog prefix. */
function suffixes(...names: string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const parts = n.split('.');
    for (let i = 0; i < parts.length; i++) out.add(parts.slice(i).join('.'));
  }
  return [...out];
}

export function lowerNames(ids: Identifier[] | undefined): string[] | undefined {
  return ids?.map((i) => i.name.toLowerCase());
}
