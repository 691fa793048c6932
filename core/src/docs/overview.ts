import type { Workspace } from '../tasks/workspace';
import type { DocProblem, JobDoc, LayerTables, Overview, TableDoc, TableGraphData } from './model';

const NO_LAYER = '(none)';

/** What the overview needs of a job (the build keeps only this once the job's page is written). */
export type JobSummary = Pick<JobDoc, 'name' | 'reads' | 'writes'>;

/** The overview page: counts, layers, owners, the layer-level DAG and the broken files. */
export function overview(ws: Workspace, tables: TableDoc[], jobs: JobSummary[], problems: Map<string, DocProblem[]>): Overview {
  const layerOf = new Map(tables.map((t) => [t.name, t.layer ?? NO_LAYER]));
  const layers = new Map<string, { tables: number; jobs: Set<string> }>();
  const entry = (name: string) => layers.get(name) ?? layers.set(name, { tables: 0, jobs: new Set() }).get(name)!;
  for (const name of ws.project.config.layers.map((l) => l.name)) entry(name);
  for (const t of tables) entry(t.layer ?? NO_LAYER).tables++;
  const layerEdges = new Map<string, number>();
  for (const job of jobs) {
    for (const w of job.writes) entry(layerOf.get(w) ?? NO_LAYER).jobs.add(job.name);
    const pairs = new Set(job.reads.flatMap((r) => job.writes.map((w) => `${layerOf.get(r) ?? NO_LAYER}\n${layerOf.get(w) ?? NO_LAYER}`)));
    for (const p of pairs) layerEdges.set(p, (layerEdges.get(p) ?? 0) + 1);
  }
  const owners = new Map<string, number>();
  for (const t of tables) if (t.owner !== undefined) owners.set(t.owner, (owners.get(t.owner) ?? 0) + 1);
  return {
    project: ws.project.config.name,
    tables: tables.length,
    jobs: jobs.length,
    columns: tables.reduce((n, t) => n + t.columns.length, 0),
    layers: [...layers].map(([name, l]) => ({ name, tables: l.tables, jobs: l.jobs.size })),
    owners: [...owners].map(([name, n]) => ({ name, tables: n })).sort((a, b) => b.tables - a.tables || a.name.localeCompare(b.name)),
    layerEdges: [...layerEdges].map(([k, n]) => ({ from: k.split('\n')[0], to: k.split('\n')[1], jobs: n })),
    broken: [...problems.values()].map((list) => list[0]).sort((a, b) => a.file.localeCompare(b.file)),
    undocumented: { owner: tables.filter((t) => t.declared && t.owner === undefined).length, comment: tables.filter((t) => t.declared && !t.comment && !t.description).length },
  };
}

/** Each layer's tables, for its listing page. */
export function layerTables(tables: TableDoc[]): Map<string, LayerTables> {
  const byLayer = new Map<string, LayerTables>();
  for (const t of tables) {
    const layer = t.layer ?? NO_LAYER;
    const list = byLayer.get(layer) ?? byLayer.set(layer, []).get(layer)!;
    list.push([t.name, t.comment ?? t.description ?? '']);
  }
  return byLayer;
}

/** The table graph of the DAG view: tables linked through the jobs between them. */
export function tableGraph(tables: TableDoc[]): TableGraphData {
  const layers = [...new Set(tables.flatMap((t) => (t.layer ? [t.layer] : [])))].sort();
  const owners = [...new Set(tables.flatMap((t) => (t.owner ? [t.owner] : [])))].sort();
  const at = new Map(tables.map((t, i) => [t.name, i]));
  const layerAt = new Map(layers.map((l, i) => [l, i]));
  const ownerAt = new Map(owners.map((o, i) => [o, i]));
  const edges: TableGraphData['edges'] = [];
  tables.forEach((t, i) => {
    for (const d of t.downstream) {
      const j = at.get(d);
      if (j !== undefined) edges.push([i, j]);
    }
  });
  return {
    layers,
    owners,
    tables: tables.map((t) => [t.name, layerAt.get(t.layer ?? '') ?? -1, ownerAt.get(t.owner ?? '') ?? -1]),
    edges,
  };
}
