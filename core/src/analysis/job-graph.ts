import type { GraphNode, ProjectGraph } from './graph';

/** Jobs and the jobs each one waits for: job B depends on job A when B reads a table A writes. */
export interface JobDag {
  /** Job names, sorted. */
  jobs: string[];
  /** Upstream job names of each job, sorted; every job has an entry. */
  upstream: Map<string, string[]>;
}

/**
 * The job-to-job graph induced on the jobs `keep` accepts: an edge A → B for every table A writes
 * and B reads (`depends_on` is already a read in the project graph). Jobs left out do not link
 * the jobs around them; a job reading what it writes has no edge to itself.
 */
export function jobDag(graph: ProjectGraph, keep: (job: GraphNode) => boolean): JobDag {
  const kept = new Set(graph.nodes.filter((n) => n.kind === 'job' && keep(n)).map((n) => n.id));
  const writers = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!kept.has(e.from)) continue;
    if (!writers.has(e.to)) writers.set(e.to, []);
    writers.get(e.to)!.push(e.from);
  }
  const name = (id: string) => id.slice('job:'.length);
  const upstream = new Map<string, string[]>([...kept].map((id) => [name(id), []]));
  for (const e of graph.edges) {
    if (!kept.has(e.to)) continue;
    for (const writer of writers.get(e.from) ?? []) if (writer !== e.to) upstream.get(name(e.to))!.push(name(writer));
  }
  for (const [job, ups] of upstream) upstream.set(job, [...new Set(ups)].sort());
  return { jobs: [...upstream.keys()].sort(), upstream };
}

/**
 * The jobs in dependency order, each after its upstream jobs, ties by name (deterministic). Jobs
 * on a cycle (which `strata check` reports) come last, by name.
 */
export function jobOrder(dag: JobDag): string[] {
  const waiting = new Map(dag.jobs.map((j) => [j, dag.upstream.get(j)!.length]));
  const downstream = downstreamOf(dag);
  const order: string[] = [];
  let ready = dag.jobs.filter((j) => waiting.get(j) === 0);
  while (ready.length > 0) {
    const next: string[] = [];
    for (const job of ready) {
      order.push(job);
      for (const down of downstream.get(job)!) {
        waiting.set(down, waiting.get(down)! - 1);
        if (waiting.get(down) === 0) next.push(down);
      }
    }
    ready = next.sort();
  }
  const placed = new Set(order);
  return [...order, ...dag.jobs.filter((j) => !placed.has(j))];
}

/** `jobs` and every job upstream (`up`) or downstream (`down`) of them, transitively. */
export function jobClosure(dag: JobDag, jobs: Iterable<string>, direction: 'up' | 'down'): Set<string> {
  const next = direction === 'up' ? dag.upstream : downstreamOf(dag);
  const found = new Set(jobs);
  const pending = [...found];
  for (let job = pending.pop(); job !== undefined; job = pending.pop()) {
    for (const other of next.get(job) ?? []) {
      if (found.has(other)) continue;
      found.add(other);
      pending.push(other);
    }
  }
  return found;
}

function downstreamOf(dag: JobDag): Map<string, string[]> {
  const down = new Map<string, string[]>(dag.jobs.map((j) => [j, []]));
  for (const [job, ups] of dag.upstream) for (const up of ups) down.get(up)!.push(job);
  return down;
}
