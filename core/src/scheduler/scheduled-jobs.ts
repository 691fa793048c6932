import { jobDag } from '../analysis/job-graph';
import type { Workspace } from '../tasks/workspace';

/** What a scheduler needs of one batch job. */
export interface ScheduledJob {
  name: string;
  /** Project-relative job file. */
  file: string;
  /** Front-matter `schedule` (cron or `@daily`...); `@daily` when absent. */
  schedule: string;
  /** Front-matter `retries`; 0 when absent. */
  retries: number;
  /** Front-matter `timeout` in seconds. */
  timeoutSeconds?: number;
  owner?: string;
  description?: string;
  /** Batch jobs this one reads from (the project graph restricted to batch jobs), sorted. */
  upstream: string[];
}

export const DEFAULT_SCHEDULE = '@daily';

const SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** The project's batch jobs, by name, with their scheduling front matter and dependencies. */
export function scheduledJobs(ws: Workspace): ScheduledJob[] {
  const dag = jobDag(ws.graph, (node) => node.group !== 'streaming');
  const byName = new Map([...ws.jobs.values()].map((j) => [j.name, j]));
  const files = new Map(ws.files.map((f) => [f.file.path, f.file]));
  return dag.jobs.map((name) => {
    const io = byName.get(name)!;
    const data = files.get(io.file)?.frontMatter?.data ?? {};
    const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
    const timeout = text('timeout');
    return {
      name,
      file: io.file,
      schedule: text('schedule') ?? DEFAULT_SCHEDULE,
      retries: typeof data.retries === 'number' ? data.retries : 0,
      ...(timeout ? { timeoutSeconds: durationSeconds(timeout) } : {}),
      ...(text('owner') ? { owner: text('owner') } : {}),
      ...(text('description') ? { description: text('description') } : {}),
      upstream: dag.upstream.get(name)!,
    };
  });
}

/** `30m` as 1800 (the schema has checked the shape: digits and one of s, m, h, d). */
export function durationSeconds(text: string): number {
  return Number(text.slice(0, -1)) * SECONDS[text.slice(-1)];
}
