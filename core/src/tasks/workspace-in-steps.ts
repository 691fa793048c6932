import type { Project } from '../project';
import { fileFacts } from './file-facts';
import { analyzeJob, assembleWorkspace, parseFile, type JobResult, type Workspace, type WorkspaceSource } from './workspace';

/**
 * {@link workspaceOf} in small steps, awaiting `pause()` after each file parsed and each job
 * analysed, so that a caller sharing the thread (the language server) can answer requests in
 * between. Unlike `workspaceOf`, every job is analysed before it returns; the column graph is
 * still built on first use.
 */
export async function workspaceInSteps(project: Project, pause: () => Promise<void>): Promise<Workspace> {
  const sources: WorkspaceSource[] = [];
  for (const file of project.files) {
    const wf = parseFile(file);
    sources.push({ wf, facts: fileFacts(wf) });
    await pause();
  }
  const results = new Map<string, JobResult>();
  const ws: Workspace = assembleWorkspace(project, sources, (_, wf) => results.get(wf.file.path) ?? analyzeJob(ws, wf), { analysis: new Map() });
  for (const wf of ws.files) {
    if (wf.file.kind !== 'job') continue;
    results.set(wf.file.path, analyzeJob(ws, wf));
    await pause();
  }
  // Job I/O, semantic diagnostics and the DAG, from the results above: cheap next to the analyses.
  void ws.graph;
  return ws;
}
