import { renderVariables } from '../project';
import { sha256 } from '../publish/definition';
import type { Desired, DesiredJob } from '../publish/plan-types';
import { jobVariables } from './dry-run';
import type { Workspace } from './workspace';

/**
 * What a streaming target (a Flink SQL Gateway) should run: the project's streaming jobs of
 * `desired`, no tables (a job declares its connector tables itself). Each job's definition is its
 * SQL with the variables rendered, as it will be submitted; its hash is over that text, so a
 * changed variable is a changed job.
 */
export function streamingDesired(ws: Workspace, desired: Desired): Desired {
  const files = new Map(ws.files.map((wf) => [wf.file.path, wf]));
  const jobs = new Map<string, DesiredJob>();
  for (const job of desired.jobs.values()) {
    if (job.type !== 'streaming') continue;
    const wf = files.get(job.path)!;
    const { vars, declarations } = jobVariables(ws, wf, {});
    const definition = renderVariables(wf.file.text, vars, { declarations, file: wf.file.path });
    jobs.set(job.path, { ...job, hash: sha256(definition), definition });
  }
  return { tables: new Map(), jobs, order: desired.order };
}
