import type { ScaffoldContext } from './context';

/** Position of a table's layer in strata.yaml (by its database), or the end. */
function layerRank(context: ScaffoldContext, table: string): number {
  const database = table.includes('.') ? table.slice(0, table.indexOf('.')) : '';
  const rank = context.config.layers.findIndex((l) => l.database === database);
  return rank < 0 ? context.config.layers.length : rank;
}

/** Name parts two tables share (`dwd_live_gift_send_di` and `ods_live_gift_log_di` share live, gift). */
function shared(a: string, b: string): number {
  const parts = new Set(a.split('.').pop()!.split('_').slice(1));
  return b.split('.').pop()!.split('_').slice(1).filter((p) => parts.has(p)).length;
}

/** Tables to offer, best first, and the one `--yes` takes (none when no table fits well). */
export interface TableSuggestions {
  tables: string[];
  preferred?: string;
}

/**
 * The tables `strata new job` offers as the table it writes, best first: those no job writes yet
 * and not of the source layer (the first one, ODS) — the first of them preferred —, then the rest;
 * each group by layer and name.
 */
export function writeSuggestions(context: ScaffoldContext): TableSuggestions {
  const written = new Set(context.jobs.flatMap((j) => j.writes));
  const score = (t: string) => (written.has(t) ? 2 : 0) + (layerRank(context, t) === 0 ? 1 : 0);
  const tables = context.tables.map((t) => t.name).sort((a, b) => score(a) - score(b) || layerRank(context, a) - layerRank(context, b) || a.localeCompare(b));
  return { tables, preferred: tables.find((t) => score(t) === 0) };
}

/**
 * The tables offered as the one the job reads, best first: tables of lower layers than `writes`
 * sharing the most name parts with it — the first of them preferred —, then the rest; never `writes` itself.
 */
export function readSuggestions(context: ScaffoldContext, writes: string): TableSuggestions {
  const target = layerRank(context, writes);
  const lower = (t: string) => (layerRank(context, t) < target ? 0 : 1);
  const tables = context.tables.map((t) => t.name).filter((t) => t !== writes)
    .sort((a, b) => lower(a) - lower(b) || shared(writes, b) - shared(writes, a) || layerRank(context, b) - layerRank(context, a) || a.localeCompare(b));
  return { tables, preferred: tables.find((t) => lower(t) === 0) };
}
