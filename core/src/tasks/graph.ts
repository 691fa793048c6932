import type { ProjectGraph } from '../analysis/graph';
import type { ColumnEdge } from '../analysis/graph-columns';
import { loadWorkspace, WorkspaceOptions } from './workspace';

export interface GraphOptions extends WorkspaceOptions {
  /** Also return the column-level edges. */
  columns?: boolean;
}

export interface GraphResult extends ProjectGraph {
  /** Column edges (`source -> target`, with job, file and line), when asked for. */
  columnEdges?: ColumnEdge[];
}

/** `strata graph`: the job/table DAG of the project, optionally with column lineage. */
export async function graph(options: GraphOptions): Promise<GraphResult> {
  const ws = await loadWorkspace(options);
  return options.columns ? { ...ws.graph, columnEdges: ws.columns.edges() } : ws.graph;
}
