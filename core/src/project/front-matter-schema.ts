/** JSON schemas of the YAML front matter of table and job files (draft-07, checked with ajv). */
import { varsSchema } from './config-schema';

const columns = { type: 'array', items: { type: 'string' }, minItems: 1, description: 'a list of column names' } as const;
const strings = { type: 'array', items: { type: 'string' }, description: 'a list of strings' } as const;
const dialect = { enum: ['spark', 'hive', 'flink'] } as const;

const check = {
  type: 'object',
  description: 'exactly one check per list item, e.g. - unique: [id]',
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  properties: {
    unique: columns,
    not_null: columns,
    accepted_values: {
      type: 'object',
      additionalProperties: false,
      required: ['column', 'values'],
      properties: { column: { type: 'string' }, values: { type: 'array', minItems: 1, description: 'a non-empty list of values' } },
    },
    expression: { type: 'string', description: 'a SQL boolean expression' },
    row_count: {
      type: 'object',
      additionalProperties: false,
      properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
    },
    sql: { type: 'string', description: 'a SQL query that returns the failing rows (none when the data is good)' },
    freshness: {
      type: 'object',
      additionalProperties: false,
      required: ['column', 'max_age'],
      properties: {
        column: { type: 'string' },
        max_age: { type: 'string', pattern: '^[1-9][0-9]*[smhd]$', description: 'a duration like 26h or 2d' },
      },
    },
  },
} as const;

export const tableFrontMatterSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    owner: { type: 'string' },
    description: { type: 'string' },
    lifecycle_days: { type: 'integer', minimum: 1, description: 'a whole number of days (1 or more)' },
    tags: strings,
    checks: { type: 'array', items: check },
    dialect,
    grain: { type: ['string', 'array'], items: { type: 'string' }, description: 'a description or a list of columns' },
  },
} as const;

/** Five cron fields, or one of the shortcuts. */
const SCHEDULE = '^(@(daily|hourly|weekly|monthly)|[0-9A-Za-z*/,?-]+(\\s+[0-9A-Za-z*/,?-]+){4})$';

export const jobFrontMatterSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    type: { enum: ['batch', 'streaming'] },
    dialect,
    schedule: { type: 'string', pattern: SCHEDULE, description: 'a 5-field cron expression or @daily/@hourly/@weekly/@monthly' },
    vars: varsSchema,
    retries: { type: 'integer', minimum: 0, description: 'a whole number (0 or more)' },
    timeout: { type: 'string', pattern: '^[1-9][0-9]*[smhd]$', description: 'a duration like 30m or 2h' },
    depends_on: { type: 'array', items: { type: 'string' }, description: 'a list of job or table names' },
    owner: { type: 'string' },
    description: { type: 'string' },
    tags: strings,
  },
} as const;
