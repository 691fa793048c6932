import type { LoadResult, RunResult, RunStepResult, StepRead, StepWrite } from '@strata/core';

/** `strata run --dry-run`: one block per (job, date) in run order, with the partitions it reads and writes. */
export function formatRunPlan(result: RunResult): string[] {
  const lines = result.steps.flatMap((s, i) => [
    `${i + 1}. ${s.job}  ${s.date}${s.upstream.length > 0 ? `  after ${s.upstream.join(', ')}` : ''}`,
    ...s.reads.map((r) => `     reads  ${readText(r)}`),
    ...s.writes.map((w) => `     writes ${writeText(w)}`),
    ...result.loads.filter((l) => l.job === s.job && l.date === s.date).map((l) => `     loads  ${writeText(l)} into ${l.target}`),
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
  const totals = `${result.succeeded} succeeded, ${result.failed} failed, ${result.skipped} skipped on target '${result.target}' in ${(result.durationMs / 1000).toFixed(1)} s` + (result.seeds.length > 0 ? `; ${seeded} seed rows loaded into ${new Set(result.seeds.map((s) => s.table)).size} source tables` : '') + loadTotals(result.loads);
  return [line(header), ...rows.map(line), ...formatLoads(result.loads), '', totals];
}

/** `; 30 rows in 8 partitions loaded into target 'serving'` per --load target. */
function loadTotals(loads: LoadResult[]): string {
  return [...new Set(loads.map((l) => l.target))].map((t) => {
    const done = loads.filter((l) => l.target === t && l.status === 'loaded');
    const rows = done.reduce((n, l) => n + l.rows, 0);
    return `; ${rows} row${rows === 1 ? '' : 's'} in ${done.length} partition${done.length === 1 ? '' : 's'} loaded into target '${t}'`;
  }).join('');
}

/** The partitions loaded into the --load targets: target, table, partition, rows, status. */
function formatLoads(loads: LoadResult[]): string[] {
  if (loads.length === 0) return [];
  const header = ['load into', 'table', 'partition', 'rows', 'status'];
  const rows = loads.map((l) => [l.target, l.table, writeText({ table: '', partition: l.partition }).trim() || '-', String(l.rows), l.message ? `${l.status}: ${l.message}` : l.status]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return ['', line(header), ...rows.map(line)];
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
