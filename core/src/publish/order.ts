import { buildGraph, type JobIO, type ProjectGraph } from '../analysis/graph';

/**
 * The dependency order of `tables` and the jobs reading and writing them, from what the jobs'
 * SQL reads and writes (front-matter `depends_on` adds no table to create first, and reading it
 * would load every job's front matter on a large project).
 */
export function publishOrder(tables: string[], jobs: JobIO[]): Map<string, number> {
  return dependencyOrder(buildGraph(tables.map((name) => ({ name })), jobs));
}

/**
 * Each table (by name) and job (by file) of the DAG with its rank in dependency order: upstream
 * first, ties by node id so that plans are stable. Nodes on a cycle (reported by `strata check`)
 * come after the others.
 */
function dependencyOrder(graph: ProjectGraph): Map<string, number> {
  const pending = new Map(graph.nodes.map((n) => [n.id, 0]));
  const next = new Map<string, string[]>();
  for (const e of graph.edges) {
    pending.set(e.to, (pending.get(e.to) ?? 0) + 1);
    const out = next.get(e.from);
    if (out) out.push(e.to);
    else next.set(e.from, [e.to]);
  }
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const order = new Map<string, number>();
  let ready = graph.nodes.filter((n) => pending.get(n.id) === 0).map((n) => n.id);
  const place = (id: string) => {
    const node = byId.get(id);
    const key = node?.kind === 'job' ? node.file ?? node.name : node?.name ?? id;
    if (!order.has(key)) order.set(key, order.size);
  };
  while (ready.length > 0) {
    ready.sort();
    const following: string[] = [];
    for (const id of ready) {
      place(id);
      for (const to of next.get(id) ?? []) {
        const left = pending.get(to)! - 1;
        pending.set(to, left);
        if (left === 0) following.push(to);
      }
    }
    ready = following;
  }
  for (const n of graph.nodes) place(n.id);
  return order;
}
