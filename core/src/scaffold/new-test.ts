import type { ColumnInfo, TableInfo } from '../catalog';
import type { JobIO } from '../analysis/graph';
import { StrataError } from '../errors';
import { closest } from '../text/closest';
import type { ScaffoldContext } from './context';
import { findTable } from './new-job';
import type { NewFileResult } from './new-table';
import { renderTemplate } from './render-template';
import { readTemplate } from './template-files';
import { writeNewFile } from './write-files';

export interface NewTestOptions {
  templates: string;
  /** The job under test, by name (its file name without .sql). */
  job: string;
  /** Run date of the test, yyyy-MM-dd. */
  date: string;
  force: boolean;
}

/** A value of the column's type, so the skeleton loads as is; the partition column gets the run date. */
function sampleValue(column: ColumnInfo, date: string): unknown {
  if (column.partition) return column.name === 'hour' ? '00' : date;
  const type = (column.type ?? '').toUpperCase();
  if (/^(TINYINT|SMALLINT|INT|INTEGER|BIGINT)\b/.test(type)) return 1;
  if (/^(DECIMAL|DOUBLE|FLOAT|REAL|NUMERIC)\b/.test(type)) return 1.5;
  if (type.startsWith('BOOLEAN')) return true;
  if (type.startsWith('TIMESTAMP')) return `${date} 00:00:00`;
  if (type.startsWith('DATE')) return date;
  if (type.startsWith('STRING') || type.startsWith('VARCHAR') || type.startsWith('CHAR')) return `${column.name}-1`;
  return null;
}

/** One flow-style YAML row: JSON values are valid YAML. */
function row(columns: readonly ColumnInfo[], value: (c: ColumnInfo) => unknown): string {
  return `    - {${columns.map((c) => `${c.name}: ${JSON.stringify(value(c))}`).join(', ')}}`;
}

function rowsOf(tables: readonly TableInfo[], value: (t: TableInfo, c: ColumnInfo) => unknown): string {
  return tables.map((t) => `  ${t.name}:\n${row(t.columns.filter((c) => !c.readOnly), (c) => value(t, c))}`).join('\n');
}

function findJob(jobs: readonly JobIO[], name: string): JobIO {
  const job = jobs.find((j) => j.name === name);
  if (job) return job;
  const near = closest(name, jobs.map((j) => j.name));
  throw new StrataError('usage', `job '${name}' is not in this project; ${near ? `did you mean '${near}'?` : 'create it first with `strata new job`'}`, undefined, near ? [near] : []);
}

/**
 * `strata new test`: tests/<job>.yaml with one row of each table the job reads and the row it
 * should write, columns of the same name passed through (what a job from `strata new job` does).
 */
export function newTest(context: ScaffoldContext, options: NewTestOptions): NewFileResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new StrataError('usage', `--date: '${options.date}' is not a date like 2026-11-25`);
  const job = findJob(context.jobs, options.job);
  const inputs = job.reads.map((r) => context.tables.find((t) => t.name === r)).filter((t): t is TableInfo => t !== undefined);
  const outputs = job.writes.map((w) => findTable(context, w, 'job target'));
  const given = new Map(inputs.flatMap((t) => t.columns.map((c) => [c.name, sampleValue(c, options.date)] as const)));
  const text = renderTemplate(readTemplate(options.templates, 'test/test.yaml'), {
    description: `${job.name}: one row of each input and the row it should write; replace them with the cases that matter.`,
    job: job.name,
    date: options.date,
    given: inputs.length === 0 ? '  {}' : rowsOf(inputs, (_, c) => sampleValue(c, options.date)),
    expect: rowsOf(outputs, (_, c) => (c.partition ? sampleValue(c, options.date) : given.has(c.name) ? given.get(c.name) : null)),
  }, 'test/test.yaml');
  const file = `${context.config.paths.tests}/${job.name}.yaml`;
  writeNewFile(context.root, { path: file, text }, options.force);
  return { kind: 'test', name: job.name, file, next: ['strata check', 'strata lint'] };
}
