import type { ColumnSpec } from './columns';
import { renderColumnDefs } from './columns';
import { rulesOf, type ScaffoldContext } from './context';
import { assertTableName, bareNameProblem } from './name-check';
import { readTemplate } from './template-files';
import { renderTemplate } from './render-template';
import { writeNewFile } from './write-files';
import { StrataError } from '../errors';

export interface NewTableOptions {
  templates: string;
  layer: string;
  /** The bare table name, e.g. dwd_live_gift_send_di. */
  name: string;
  columns: readonly ColumnSpec[];
  /** Partition column, or undefined for an unpartitioned table. */
  partition?: string;
  owner: string;
  description: string;
  force: boolean;
}

/** What `strata new` wrote. */
export interface NewFileResult {
  kind: 'table' | 'job' | 'test';
  name: string;
  /** Project-relative path. */
  file: string;
  /** Commands to run next. */
  next: string[];
}

/**
 * `strata new table`: tables/<layer>/<name>.sql from templates/table/<layer>.sql (dwd's for a
 * layer without a template of its own). Exits 2 through a usage error when the name breaks a rule.
 */
export function newTable(context: ScaffoldContext, options: NewTableOptions): NewFileResult {
  const rules = rulesOf(context, options.layer);
  assertTableName(options.name, rules);
  if (options.partition !== undefined) {
    const bad = bareNameProblem(options.partition, rules.dialect, 'partition column');
    if (bad) throw new StrataError('usage', `--partition: ${bad.message} [${bad.rule}]; try '${context.partitionColumn}'`);
  }
  if (options.columns.length === 0) throw new StrataError('usage', `--columns: a table needs at least one column, e.g. --columns "room_id:bigint:live room id"`);
  const template = ['ods', 'dim', 'dwd', 'dws', 'ads'].includes(options.layer) ? options.layer : 'dwd';
  const text = renderTemplate(readTemplate(options.templates, `table/${template}.sql`), {
    owner: options.owner,
    description: options.description,
    key_column: options.columns[0].name,
    database: rules.layer.database,
    name: options.name,
    columns: renderColumnDefs(options.columns),
    comment: options.description.replace(/'/g, ''),
    partition: options.partition === undefined ? '' : `PARTITIONED BY (${options.partition} STRING COMMENT 'yyyy-MM-dd')\n`,
  }, `table/${template}.sql`);
  const file = `${context.config.paths.tables}/${options.layer}/${options.name}.sql`;
  writeNewFile(context.root, { path: file, text }, options.force);
  return { kind: 'table', name: `${rules.layer.database}.${options.name}`, file, next: [`strata new job --writes ${rules.layer.database}.${options.name}`, 'strata check', 'strata lint'] };
}
