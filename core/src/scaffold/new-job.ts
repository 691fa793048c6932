import type { TableInfo } from '../catalog';
import { StrataError } from '../errors';
import { snakeCase } from '../lint/rules/column-naming';
import type { Dialect } from '../sql';
import { closest } from '../text/closest';
import type { ScaffoldContext } from './context';
import { bareNameProblem, refuseName } from './name-check';
import type { NewFileResult } from './new-table';
import { renderTemplate } from './render-template';
import { readTemplate } from './template-files';
import { writeNewFile } from './write-files';

interface JobBase {
  templates: string;
  /** The job's file name without .sql. */
  name: string;
  owner: string;
  description: string;
  force: boolean;
}

/** A batch job: INSERT OVERWRITE of `writes` from `reads`, one partition per run. */
export interface BatchJobOptions extends JobBase {
  streaming: false;
  writes: string;
  reads: string;
  schedule: string;
}

/** A Flink job: Kafka source with a watermark, TUMBLE window count per key, upsert-kafka sink. */
export interface StreamingJobOptions extends JobBase {
  streaming: true;
  sourceTopic: string;
  sinkTopic: string;
  keyColumn: string;
  windowMinutes: number;
}

/** A project table by its qualified or bare name, or a usage error with the closest name. */
export function findTable(context: ScaffoldContext, name: string, flag: string): TableInfo {
  const lower = name.toLowerCase();
  const table = context.tables.find((t) => t.name === lower) ?? context.tables.find((t) => t.name.split('.').pop() === lower);
  if (table) return table;
  // A bare name is compared with bare names: `ods_live_like_log` is near `ods.ods_live_like_log_di`.
  const bare = !lower.includes('.');
  const guess = closest(lower, context.tables.map((t) => (bare ? t.name.split('.').pop()! : t.name)));
  const near = guess === undefined ? undefined : context.tables.find((t) => t.name === guess || t.name.split('.').pop() === guess)?.name;
  const hint = near ? `did you mean '${near}'?` : 'create it first with `strata new table`';
  throw new StrataError('usage', `${flag}: table '${name}' is not in this project; ${hint}`, undefined, near ? [near] : []);
}

/** `, ` + one `col = '${date}'` per partition column (`hour` gets `${hour}`), or nothing. */
function partitionValues(table: TableInfo): string[] {
  return table.columns.filter((c) => c.partition).map((c) => `${c.name} = '\${${c.name === 'hour' ? 'hour' : 'date'}}'`);
}

/** The target's data columns, each taken from the source when it has one of that name, else a typed NULL to fill in. */
function selectList(target: TableInfo, source: TableInfo): string {
  const have = new Set(source.columns.map((c) => c.name));
  return target.columns
    .filter((c) => !c.partition && !c.readOnly)
    .map((c) => (have.has(c.name) ? `  ${c.name}` : `  CAST(NULL AS ${c.type ?? 'STRING'}) AS ${c.name}`))
    .join(',\n');
}

function batchValues(context: ScaffoldContext, options: BatchJobOptions): Record<string, string> {
  const target = findTable(context, options.writes, '--writes');
  const source = findTable(context, options.reads, '--reads');
  if (options.schedule.includes("'")) throw new StrataError('usage', `--schedule: '${options.schedule}' has a quote; give a cron expression or @daily`);
  const written = partitionValues(target);
  const read = partitionValues(source);
  return {
    dialect: context.config.dialect,
    schedule: options.schedule,
    target: target.name,
    partition_spec: written.length === 0 ? '' : ` PARTITION (${written.join(', ')})`,
    select_list: selectList(target, source),
    source: source.name,
    source_filter: read.length === 0 ? '' : `\nWHERE ${read.join('\n  AND ')}`,
  };
}

function streamingValues(options: StreamingJobOptions): Record<string, string> {
  for (const [flag, value] of [['--key', options.keyColumn], ['--source-topic', options.sourceTopic], ['--sink-topic', options.sinkTopic]]) {
    const problem = bareNameProblem(value, 'flink', flag.slice(2));
    if (problem) throw new StrataError('usage', `${flag}: ${problem.message} [${problem.rule}]`);
  }
  return {
    source: `${options.sourceTopic}_source`,
    sink: `${options.sinkTopic}_sink`,
    key_column: options.keyColumn,
    source_topic: options.sourceTopic,
    sink_topic: options.sinkTopic,
    bootstrap_servers: 'kafka:9092',
    window_minutes: String(options.windowMinutes),
  };
}

/** A snake_case, non-reserved job name close to `name`. */
function jobNameSuggestion(name: string, dialect: Dialect): string {
  const base = snakeCase(name.split(/[/\\]/).pop() ?? '').replace(/^[^a-z]+/, '') || 'new';
  return bareNameProblem(base, dialect, 'job name') ? `${base}_job` : base;
}

/** `strata new job`: jobs/<name>.sql from templates/job/batch.sql or streaming.sql. */
export function newJob(context: ScaffoldContext, options: BatchJobOptions | StreamingJobOptions): NewFileResult {
  const problem = bareNameProblem(options.name, options.streaming ? 'flink' : context.config.dialect, 'job name');
  if (problem) refuseName(problem, jobNameSuggestion(options.name, context.config.dialect));
  const kind = options.streaming ? 'streaming' : 'batch';
  const values = options.streaming ? streamingValues(options) : batchValues(context, options);
  const text = renderTemplate(readTemplate(options.templates, `job/${kind}.sql`), {
    ...values,
    name: options.name,
    owner: options.owner,
    description: options.description,
  }, `job/${kind}.sql`);
  const file = `${context.config.paths.jobs}/${options.name}.sql`;
  writeNewFile(context.root, { path: file, text }, options.force);
  const next = options.streaming ? ['strata check', 'strata lint'] : [`strata new test ${options.name}`, 'strata check', 'strata lint'];
  return { kind: 'job', name: options.name, file, next };
}
