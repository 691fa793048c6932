import { jobDag, jobOrder } from '../analysis/job-graph';
import { StrataError } from '../errors';
import { renderVariables } from '../project';
import { durationSeconds } from '../scheduler/scheduled-jobs';
import { translateToDuckDb, type TranslatedStatement } from '../translate';
import { jobVariables } from './dry-run';
import { selectJobs } from './run-selector';
import type { Workspace, WorkspaceFile } from './workspace';

/** A table a step reads: the partition filters of its reads (rendered for the date), or every partition. */
export interface StepRead {
  table: string;
  /** Partitioned: the conditions that pick its partitions (`p_date = '2026-11-25'`); `[]`: every partition is read. Absent: not partitioned. */
  partitions?: string[];
}

/** A table a step writes and the partition it overwrites (`null`: a dynamic partition column). */
export interface StepWrite {
  table: string;
  partition?: Record<string, string | null>;
}

/** One job run for one date. */
export interface RunStep {
  job: string;
  file: string;
  date: string;
  /** Selected jobs that must have succeeded for this date first. */
  upstream: string[];
  reads: StepRead[];
  writes: StepWrite[];
  /** Extra attempts after a failure. */
  retries: number;
  timeoutSeconds?: number;
}

/** A step with what running it takes. */
export interface PlannedStep extends RunStep {
  statements: TranslatedStatement[];
  vars: Record<string, string>;
}

export interface PlanOptions {
  selector?: string;
  dates: string[];
  vars?: Record<string, string>;
  /** Overrides every job's front-matter `retries`. */
  retries?: number;
}

/**
 * The ordered (job, date) steps: for each date in order, the selected batch jobs in dependency
 * order (ties by name), each rendered for the date and translated to DuckDB. A job that cannot be
 * translated is a usage error at its file:line:col (nothing runs).
 */
export function planRun(ws: Workspace, options: PlanOptions): PlannedStep[] {
  const batch = jobDag(ws.graph, (n) => n.group !== 'streaming');
  const selected = selectJobs(ws, batch, options.selector);
  const dag = jobDag(ws.graph, (n) => selected.has(n.name) && n.group !== 'streaming');
  const order = jobOrder(dag);
  const files = new Map(ws.files.map((f) => [f.file.path, f]));
  const byName = new Map([...ws.jobs.values()].map((j) => [j.name, files.get(j.file)!]));
  return options.dates.flatMap((date) => order.map((job) => step(ws, byName.get(job)!, date, dag.upstream.get(job)!, options)));
}

function step(ws: Workspace, wf: WorkspaceFile, date: string, upstream: string[], options: PlanOptions): PlannedStep {
  const { vars, declarations } = jobVariables(ws, wf, { vars: options.vars, date });
  renderVariables(wf.file.text, vars, { declarations, file: wf.file.path });
  const translation = translateToDuckDb({ text: wf.file.text, dialect: wf.file.dialect, file: wf.file.path, catalog: ws.catalog, vars });
  const problem = translation.diagnostics.find((d) => d.severity === 'error');
  if (problem) {
    throw new StrataError('usage', `${problem.message}; strata run runs jobs on DuckDB and cannot run this one`, { file: problem.file, line: problem.start.line, character: problem.start.character });
  }
  const data = wf.file.frontMatter?.data ?? {};
  const timeout = typeof data.timeout === 'string' ? durationSeconds(data.timeout) : undefined;
  return {
    job: wf.file.name,
    file: wf.file.path,
    date,
    upstream,
    reads: reads(ws, wf, translation.statements, vars),
    writes: writes(translation.statements),
    retries: options.retries ?? (typeof data.retries === 'number' ? data.retries : 0),
    ...(timeout !== undefined ? { timeoutSeconds: timeout } : {}),
    statements: translation.statements,
    vars,
  };
}

/** Catalog tables read, each with the rendered conditions that pick its partitions. */
function reads(ws: Workspace, wf: WorkspaceFile, statements: TranslatedStatement[], vars: Record<string, string>): StepRead[] {
  const facts = ws.analysis.get(wf.file.path)?.facts.partitionReads ?? [];
  const tables = [...new Set(statements.flatMap((s) => s.reads))].filter((t) => ws.catalog.get(t) && !ws.catalog.get(t)!.temporary).sort();
  return tables.map((table) => {
    const found = facts.filter((f) => f.table === table);
    if (found.length === 0) return { table };
    if (found.some((f) => !f.pruned)) return { table, partitions: [] };
    const spans = found.flatMap((f) => f.conditions ?? []);
    const texts = spans.map((s) => renderVariables(wf.file.text.slice(s.start, s.end), vars).replace(/\s+/g, ' '));
    // Pruned through `a.p_date = b.p_date` only: the other table's filter picks these partitions too.
    return { table, partitions: texts.length > 0 ? [...new Set(texts)] : ['(same partitions as the table it is joined with)'] };
  });
}

function writes(statements: TranslatedStatement[]): StepWrite[] {
  const seen = new Map<string, StepWrite>();
  for (const w of statements.flatMap((s) => s.writes)) seen.set(`${w.table} ${JSON.stringify(w.partition ?? {})}`, w.partition ? { table: w.table, partition: w.partition } : { table: w.table });
  return [...seen.values()];
}
