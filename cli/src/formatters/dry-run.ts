import type { DryRunResult, OutputSchema, PartitionRead, PartitionValues, RemoteStatement, SamplePreview } from '@strata/core';
import { formatDiagnostics } from './diagnostics';

/** The readable dry-run report: job, variables, partitions read and written, output schemas, previews, problems. */
export function formatDryRun(r: DryRunResult): string[] {
  const on = r.remote ? `asking ${r.remote.engine} target ${r.target} (${r.remote.engine === 'clickhouse' ? 'DESCRIBE' : 'EXPLAIN'}, nothing run)` : `on DuckDB, target ${r.target}`;
  const lines = [
    `dry-run ${r.job} (${r.file}, ${r.type}, ${r.dialect}) ${on}${r.published ? ` (published data attached read-only: ${r.published})` : ''}`,
    `vars: ${Object.entries(r.vars).map(([k, v]) => `${k}=${v}`).join(' ')}`,
  ];
  if (r.reads.length > 0) {
    lines.push('', 'partitioned tables read:');
    lines.push(...table(['table', 'partitions', 'filter', 'line'], r.reads.map((p) => [p.table, p.partitions.join(', '), readFilter(p), String(p.line + 1)])));
  }
  if (r.writes.length > 0) {
    lines.push('', 'written:');
    for (const w of r.writes) lines.push(`  ${w.table}${w.partition ? ` PARTITION (${partitionText(w.partition)})` : ''}`);
  }
  for (const o of r.outputs) lines.push('', ...formatOutput(o));
  if (r.inputs.length > 0) {
    lines.push('', 'sample inputs:');
    lines.push(...table(['table', 'rows', 'from'], r.inputs.map((i) => [i.table, String(i.rows), i.from === 'seed' ? i.file! : i.from === 'job' ? `running ${i.file!}` : i.from === 'published' ? 'published data' : 'nothing (no seed, no job)'])));
  }
  for (const p of r.previews) lines.push('', ...formatPreview(p));
  if (r.remote && r.engine === 'ran') lines.push(...formatRemote(r.remote.engine, r.remote.statements));
  if (r.engine === 'skipped') lines.push('', `${r.remote ? `not sent to ${r.remote.engine}` : 'not run on DuckDB'}: fix the errors below first`);
  lines.push('', ...formatDiagnostics(r.diagnostics), summary(r));
  return lines;
}

/** What a read filters: the partitions named (`p_date = '2026-11-25'`), else just whether it is filtered. */
function readFilter(read: PartitionRead): string {
  if (!read.filtered) return 'FULL SCAN';
  if (read.values.length === 0) return 'filtered';
  const literal = (v: PartitionValues['values'][number]) => (typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v));
  return read.values.map((f) => {
    if (f.op === 'in') return `${f.column} IN (${f.values.map(literal).join(', ')})`;
    if (f.op === 'between') return `${f.column} BETWEEN ${literal(f.values[0])} AND ${literal(f.values[1])}`;
    return `${f.column} ${f.op} ${literal(f.values[0])}`;
  }).join(' AND ');
}

/** Each statement and what the engine answered: its plan, and an INSERT's output columns. */
function formatRemote(engine: string, statements: RemoteStatement[]): string[] {
  const action = { explain: 'EXPLAIN', describe: 'DESCRIBE (its query)', session: 'run (session only)', skipped: engine === 'clickhouse' ? 'not sent' : 'not sent (would change the target)' };
  const lines = ['', `statements sent to ${engine}:`, ...table(['line', 'statement', 'sent as'], statements.map((s) => [String(s.line + 1), s.step, action[s.action]]))];
  for (const s of statements.filter((x) => x.plan !== undefined || x.action === 'describe')) {
    if (s.plan !== undefined) lines.push('', `plan of ${s.step} (line ${s.line + 1}):`, ...s.plan.trimEnd().split('\n').map((l) => `  ${l}`.trimEnd()));
    const heading = s.plan !== undefined ? `its query's output as ${engine} describes it:` : `output of the query of ${s.step} (line ${s.line + 1}) as ${engine} describes it:`;
    if (s.columns) lines.push('', heading, ...table(['column', 'type'], s.columns.map((c) => [c.name, c.type])));
  }
  return lines;
}

function partitionText(partition: Record<string, string | null>): string {
  return Object.entries(partition).map(([k, v]) => (v === null ? k : `${k}='${v}'`)).join(', ');
}

function formatOutput(o: OutputSchema): string[] {
  const fit = { same: 'ok', widening: 'ok (widened)', narrowing: 'may not fit', mismatch: 'MISMATCH' };
  return [
    `output of the INSERT into ${o.table} (line ${o.line + 1}) vs its DDL:`,
    ...table(['column', 'declared', 'query gives', 'fit'], o.columns.map((c) => [c.name, c.declared ?? '-', c.type, fit[c.fit]])),
  ];
}

function formatPreview(p: SamplePreview): string[] {
  const shown = p.preview.length < p.rows ? `, first ${p.preview.length}` : '';
  return [`${p.table}: ${p.rows} row${p.rows === 1 ? '' : 's'}${shown}`, ...table(p.columns, p.preview.map((row) => row.map(cell)))];
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Columns padded to their widest cell, indented by two spaces. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

function summary(r: DryRunResult): string {
  if (r.errors + r.warnings === 0) return `✔ ${r.job}: dry-run clean`;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${r.errors > 0 ? '✖' : '⚠'} ${r.job}: ${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}`;
}
