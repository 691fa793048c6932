import type { GraphNode } from '../analysis/graph';
import type { Workspace, WorkspaceFile } from '../tasks/workspace';

/** The DAG read once for the page builders: who writes and reads each table, by name. */
export interface ProjectIndex {
  tables: GraphNode[];
  jobs: GraphNode[];
  files: Map<string, WorkspaceFile>;
  /** Table name -> jobs writing it; job name -> tables it writes. */
  writers: Map<string, string[]>;
  readers: Map<string, string[]>;
  writes: Map<string, string[]>;
  reads: Map<string, string[]>;
  /** Front matter of a file, `{}` without one. */
  frontMatter(file: string | undefined): Record<string, unknown>;
}

/** Indexes the workspace's DAG: edges `table:x -> job:y` are reads, `job:y -> table:x` writes. */
export function projectIndex(ws: Workspace): ProjectIndex {
  const files = new Map(ws.files.map((wf) => [wf.file.path, wf]));
  const byId = new Map(ws.graph.nodes.map((n) => [n.id, n]));
  const index: ProjectIndex = {
    tables: ws.graph.nodes.filter((n) => n.kind === 'table'),
    jobs: ws.graph.nodes.filter((n) => n.kind === 'job'),
    files,
    writers: new Map(),
    readers: new Map(),
    writes: new Map(),
    reads: new Map(),
    frontMatter: (file) => (file === undefined ? {} : files.get(file)?.file.frontMatter?.data ?? {}),
  };
  for (const e of ws.graph.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) continue;
    if (from.kind === 'table' && to.kind === 'job') {
      push(index.readers, from.name, to.name);
      push(index.reads, to.name, from.name);
    } else if (from.kind === 'job' && to.kind === 'table') {
      push(index.writers, to.name, from.name);
      push(index.writes, from.name, to.name);
    }
  }
  return index;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Unique values of `lists`, sorted. */
export function uniqueSorted(lists: (string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))].sort();
}
