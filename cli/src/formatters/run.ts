import type { RunResult, RunStepResult, StepRead, StepWrite } from '@strata/core';

/** `strata run --dry-run`: one block per (job, date) in run order, with the partitions it reads and writes. */
export function formatRunPlan(result: RunResult): string[] {
  const lines = result.steps.flatMap((s, i) => [
    `${i + 1}. ${s.job}  ${s.date}${s.upstream.length > 0 ? `  after ${s.upstream.join(', ')}` : ''}`,
    ...s.reads.map((r) => `     reads  ${readText(r)}`),
    ...s.writes.map((w) => `     writes ${writeText(w)}`),
  ]);
  return [...lines, '', `${result.steps.length} step${result.steps.length === 1 ? '' : 's'} planned on target '${result.target}'; nothing was run`];
}

/** The summary table of a run: job, date, rows written, seconds, status (and why, when not a success). */
export function formatRunSummary(result: RunResult): string[] {
  const header = ['job', 'date', 'rows', 'seconds', 'status'];
  const rows = result.steps.map((s) => [s.job, s.date, s.rows === undefined ? '-' : String(s.rows), s.seconds.toFixed(2), statusText(s)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const seeded = result.seeds.reduce((n, s) => n + s.rows, 0);
  const totals = `${result.succeeded} succeeded, ${result.failed} failed, ${result.skipped} skipped on target '${result.target}' in ${(result.durationMs / 1000).toFixed(1)} s` + (result.seeds.length > 0 ? `; ${seeded} seed rows loaded into ${new Set(result.seeds.map((s) => s.table)).size} source tables` : '');
  return [line(header), ...rows.map(line), '', totals];
}

function statusText(step: RunStepResult): string {
  const retried = step.attempts > 1 ? ` (attempt ${step.attempts})` : '';
  return step.message ? `${step.status}${retried}: ${step.message}` : `${step.status}${retried}`;
}

function readText(read: StepRead): string {
  if (read.partitions === undefined) return read.table;
  return read.partitions.length === 0 ? `${read.table} [every partition]` : `${read.table} [${read.partitions.join('; ')}]`;
}

function writeText(write: StepWrite): string {
  const spec = Object.entries(write.partition ?? {}).map(([c, v]) => `${c}=${v ?? '*'}`);
  return spec.length > 0 ? `${write.table} [${spec.join(', ')}]` : write.table;
}
