import type { Workspace } from '../tasks/workspace';
import { airflowDag } from './airflow';
import { dolphinWorkflows } from './dolphinscheduler';
import { airflowId } from './python';
import { scheduledJobs, type ScheduledJob } from './scheduled-jobs';
import { scheduleSlug } from './schedules';

export type { ScheduledJob } from './scheduled-jobs';
export { scheduledJobs } from './scheduled-jobs';

/** A file to write, relative to the scheduler folder. */
export interface GeneratedFile {
  /** POSIX path relative to the scheduler dir. */
  path: string;
  content: string;
}

/**
 * Airflow DAG files (`airflow/<project>_<schedule>.py`, one per schedule) and one
 * DolphinScheduler import file (`dolphinscheduler/<project>.json`, a workflow per schedule) for
 * the project's batch jobs, sorted by path. Deterministic: the same project gives the same bytes.
 */
export function schedulerArtefacts(ws: Workspace, options: { project: string; target: string }): GeneratedFile[] {
  const jobs = scheduledJobs(ws);
  if (jobs.length === 0) return [];
  const all = new Map(jobs.map((j) => [j.name, j]));
  const bySchedule = new Map<string, ScheduledJob[]>();
  for (const job of jobs) {
    if (!bySchedule.has(job.schedule)) bySchedule.set(job.schedule, []);
    bySchedule.get(job.schedule)!.push(job);
  }
  const schedules = [...bySchedule.keys()].sort();
  const dagIdOf = (schedule: string) => airflowId(`${options.project}_${scheduleSlug(schedule)}`);
  const dags = schedules.map((schedule) => ({
    path: `airflow/${dagIdOf(schedule)}.py`,
    content: airflowDag({ ...options, dagId: dagIdOf(schedule), schedule, jobs: bySchedule.get(schedule)!, all, dagIdOf }),
  }));
  const workflows = schedules.map((schedule) => ({ ...options, name: dagIdOf(schedule), schedule, jobs: bySchedule.get(schedule)!, all }));
  const dolphin = { path: `dolphinscheduler/${airflowId(options.project)}.json`, content: dolphinWorkflows(workflows) };
  return [...dags, dolphin].sort((a, b) => (a.path < b.path ? -1 : 1));
}
