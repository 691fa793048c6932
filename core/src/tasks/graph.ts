import type { ProjectGraph } from '../analysis/graph';
import { loadWorkspace, WorkspaceOptions } from './workspace';

/** `strata graph`: the job/table DAG of the project. */
export async function graph(options: WorkspaceOptions): Promise<ProjectGraph> {
  return (await loadWorkspace(options)).graph;
}
