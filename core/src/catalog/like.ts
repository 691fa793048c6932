import type { CreateTable, LikeOption } from '../sql/ast';
import type { Catalog } from './catalog';
import { qualifiedName } from './from-create';
import type { ColumnInfo, TableInfo } from './table-info';

type Feature = Exclude<LikeOption['feature'], 'ALL'>;
type Strategy = LikeOption['strategy'];

/** Flink's strategies when a LIKE clause names none: INCLUDING ALL OVERWRITING OPTIONS (and watermarks). */
const DEFAULTS: Record<Feature, Strategy> = {
  CONSTRAINTS: 'INCLUDING', GENERATED: 'INCLUDING', METADATA: 'INCLUDING', OPTIONS: 'OVERWRITING', PARTITIONS: 'INCLUDING', WATERMARKS: 'OVERWRITING',
};

/**
 * A column or option of the new table that clashes with one of the LIKE table (Flink rejects the
 * DDL). `origin` says what the base column is, and so which option would let the new one replace it.
 */
export type LikeConflict =
  | { kind: 'column'; name: string; origin: 'physical' | 'computed' | 'metadata' }
  | { kind: 'option'; name: string };

/**
 * `CREATE TABLE t (...) WITH (...) LIKE base (options)` as Flink merges it: the base's columns
 * first (physical columns always; computed and metadata columns unless EXCLUDING GENERATED /
 * METADATA), then the table's own; an own computed or metadata column replaces the base's in
 * place under OVERWRITING. Options merge per OPTIONS (INCLUDING OPTIONS rejects a key set twice),
 * partition flags per PARTITIONS. Spark and
 * Hive `LIKE base` (no own columns, no options) simply copies the base's columns.
 */
export function mergeLike(own: TableInfo, stmt: CreateTable, base: TableInfo): { table: TableInfo; conflicts: LikeConflict[] } {
  const strategy = strategies(stmt.likeOptions ?? []);
  const conflicts: LikeConflict[] = [];
  const columns = base.columns.filter((c) => keepBaseColumn(c, strategy)).map((c) => baseColumn(c, base, strategy));
  for (const col of own.columns) {
    const at = columns.findIndex((c) => c.name === col.name);
    if (at < 0) columns.push(col);
    else if (col.origin && columns[at].origin === col.origin && strategy[featureOf(col.origin)] === 'OVERWRITING') columns[at] = col;
    else conflicts.push({ kind: 'column', name: col.name, origin: columns[at].origin ?? 'physical' });
  }
  if (strategy.OPTIONS === 'INCLUDING') {
    for (const key of Object.keys(own.options)) if (key in base.options) conflicts.push({ kind: 'option', name: key });
  }
  const options = strategy.OPTIONS === 'EXCLUDING' ? own.options : { ...base.options, ...own.options };
  return { table: { ...own, columns, options }, conflicts };
}

function strategies(options: LikeOption[]): Record<Feature, Strategy> {
  const out = { ...DEFAULTS };
  const all = options.find((o) => o.feature === 'ALL');
  if (all) for (const f of Object.keys(out) as Feature[]) out[f] = all.strategy;
  for (const o of options) if (o.feature !== 'ALL') out[o.feature] = o.strategy;
  return out;
}

/** A copied base column: partition key per PARTITIONS; a Hive/Spark base's names are lower-case (as the metastore keeps them). */
function baseColumn(c: ColumnInfo, base: TableInfo, strategy: Record<Feature, Strategy>): ColumnInfo {
  const copy = { ...c, partition: c.partition && strategy.PARTITIONS !== 'EXCLUDING' };
  if (!base.caseSensitive) delete copy.spelling;
  return copy;
}

function keepBaseColumn(c: ColumnInfo, strategy: Record<Feature, Strategy>): boolean {
  return !c.origin || strategy[featureOf(c.origin)] !== 'EXCLUDING';
}

function featureOf(origin: 'computed' | 'metadata'): Feature {
  return origin === 'computed' ? 'GENERATED' : 'METADATA';
}

/**
 * Merges the LIKE base into each table declared with `CREATE TABLE ... LIKE` (project table files),
 * bases first, so a chain `a LIKE b`, `b LIKE c` gets every column. Unknown bases leave the table as declared.
 */
export function applyLikes(catalog: Catalog, declared: { stmt: CreateTable; table: TableInfo }[]): void {
  const pending = new Map(declared.filter((d) => d.stmt.like).map((d) => [d.table.name, d]));
  const merge = (name: string): void => {
    const entry = pending.get(name);
    if (!entry?.stmt.like) return;
    pending.delete(name);
    const baseName = qualifiedName(entry.stmt.like);
    merge(baseName);
    const base = catalog.get(baseName);
    if (base && base.name !== name) catalog.add(mergeLike(catalog.get(name) ?? entry.table, entry.stmt, base).table);
  };
  for (const name of [...pending.keys()]) merge(name);
}
