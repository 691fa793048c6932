/**
 * JSON schemas of the YAML front matter of table and job files (draft-07, checked with ajv).
 * `description` is the "expected ..." hint of error messages; `title` says what a key means (the
 * language server shows it when completing keys).
 */
import { varsSchema } from './config-schema';

const columns = { type: 'array', items: { type: 'string' }, minItems: 1, description: 'a list of column names' } as const;
const strings = { type: 'array', items: { type: 'string' }, description: 'a list of strings' } as const;
const dialect = { enum: ['spark', 'hive', 'flink'], title: "SQL dialect of the file, when not the project's default" } as const;

const check = {
  type: 'object',
  description: 'exactly one check per list item, e.g. - unique: [id]',
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  properties: {
    unique: { ...columns, title: 'these columns together identify a row' },
    not_null: { ...columns, title: 'these columns are never null' },
    accepted_values: {
      type: 'object',
      additionalProperties: false,
      required: ['column', 'values'],
      title: 'the column holds only the listed values',
      properties: {
        column: { type: 'string', title: 'the column checked' },
        values: { type: 'array', minItems: 1, description: 'a non-empty list of values', title: 'the values allowed' },
      },
    },
    expression: { type: 'string', description: 'a SQL boolean expression', title: 'true for every row' },
    row_count: {
      type: 'object',
      additionalProperties: false,
      title: 'the table has between min and max rows',
      properties: { min: { type: 'integer', minimum: 0, title: 'fewest rows' }, max: { type: 'integer', minimum: 0, title: 'most rows' } },
    },
    sql: { type: 'string', description: 'a SQL query that returns the failing rows (none when the data is good)', title: 'no rows returned' },
    freshness: {
      type: 'object',
      additionalProperties: false,
      required: ['column', 'max_age'],
      title: 'the newest row is recent enough',
      properties: {
        column: { type: 'string', title: 'the timestamp column' },
        max_age: { type: 'string', pattern: '^[1-9][0-9]*[smhd]$', description: 'a duration like 26h or 2d', title: 'the oldest allowed age' },
      },
    },
  },
} as const;

export const tableFrontMatterSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    owner: { type: 'string', title: 'team or person who owns the table' },
    description: { type: 'string', title: 'what one row of the table is' },
    lifecycle_days: { type: 'integer', minimum: 1, description: 'a whole number of days (1 or more)', title: 'days partitions are kept' },
    tags: { ...strings, title: 'labels to select tables by' },
    checks: { type: 'array', items: check, title: 'data-quality checks run by strata test' },
    dialect,
    grain: { type: ['string', 'array'], items: { type: 'string' }, description: 'a description or a list of columns', title: 'what makes a row unique' },
  },
} as const;

/** Five cron fields, or one of the shortcuts. */
const SCHEDULE = '^(@(daily|hourly|weekly|monthly)|[0-9A-Za-z*/,?-]+(\\s+[0-9A-Za-z*/,?-]+){4})$';

export const jobFrontMatterSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    type: { enum: ['batch', 'streaming'], title: 'batch (Spark/Hive, scheduled) or streaming (Flink, always on)' },
    dialect,
    schedule: { type: 'string', pattern: SCHEDULE, description: 'a 5-field cron expression or @daily/@hourly/@weekly/@monthly', title: 'when a batch job runs' },
    vars: { ...varsSchema, title: 'variables of this job, usable as ${name}' },
    retries: { type: 'integer', minimum: 0, description: 'a whole number (0 or more)', title: 'times the scheduler retries a failed run' },
    timeout: { type: 'string', pattern: '^[1-9][0-9]*[smhd]$', description: 'a duration like 30m or 2h', title: 'longest a run may take' },
    depends_on: { type: 'array', items: { type: 'string' }, description: 'a list of job or table names', title: 'dependencies the SQL does not show' },
    owner: { type: 'string', title: 'team or person who owns the job' },
    description: { type: 'string', title: 'what the job does' },
    tags: { ...strings, title: 'labels to select jobs by' },
  },
} as const;
