/**
 * JSON schema of strata.yaml (draft-07, checked with ajv). `additionalProperties: false` on every
 * object so that a misspelt key is an error rather than silently ignored. `description` doubles
 * as the "expected ..." hint in error messages.
 */

/** Names usable as `${name}`: the same rule for strata.yaml, front matter and `--var`. */
export const VAR_NAME_PATTERN = '^[a-z_][a-z0-9_]*$';

const ENV_REF = '\\$\\{env:[A-Za-z_][A-Za-z0-9_]*\\}';

/** Credentials come only from the environment: a literal password in strata.yaml is refused (without repeating it). */
const passwordSchema = { type: 'string', pattern: `^${ENV_REF}$`, description: 'a ${env:NAME} reference: a password is read from the environment, never written in strata.yaml' } as const;

/** A variable value or declaration; shared with the front-matter `vars` of jobs. */
export const varsSchema = {
  type: 'object',
  description: 'variable names of lower-case letters, digits and _ (starting with a letter or _)',
  patternProperties: {
    [VAR_NAME_PATTERN]: {
      type: ['string', 'number', 'object'],
      description: 'a value, or {default, pattern, description}',
      additionalProperties: false,
      properties: {
        default: { type: ['string', 'number'] },
        pattern: { type: 'string' },
        description: { type: 'string' },
      },
    },
  },
  additionalProperties: false,
} as const;

const portSchema = {
  type: ['integer', 'string'],
  pattern: `^(\\d+|${ENV_REF})$`,
  description: 'a port number or ${env:NAME}',
} as const;

const targetSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['engine'],
  properties: {
    engine: { enum: ['duckdb', 'clickhouse', 'spark', 'hive', 'trino', 'flink'] },
    path: { type: 'string' },
    host: { type: 'string' },
    port: portSchema,
    database: { type: 'string' },
    http_path: { type: 'string' },
    catalog: { type: 'string' },
    user: { type: 'string' },
    password: passwordSchema,
    cluster: { type: 'string', description: 'a ClickHouse cluster name from its remote_servers' },
    secure: { type: 'boolean', description: 'true or false (HTTPS)' },
    options: { type: 'object' },
    tables: { type: 'array', items: { type: 'string' }, description: 'picomatch selectors over db.table' },
    scheduler_dir: { type: 'string' },
  },
} as const;

/** The shared state connection (PostgreSQL) of targets that cannot hold their own state. */
const stateSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['engine', 'host', 'database'],
  properties: {
    engine: { enum: ['postgres'] },
    host: { type: 'string' },
    port: portSchema,
    database: { type: 'string' },
    schema: { type: 'string', pattern: '^[a-z_][a-z0-9_]*$', description: 'a lower-case schema name (default strata)' },
    user: { type: 'string' },
    password: passwordSchema,
  },
} as const;

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: {
      type: 'string',
      pattern: '^[a-z][a-z0-9_-]*$',
      description: 'a name of lower-case letters, digits, _ and - starting with a letter',
    },
    version: { enum: [1] },
    dialect: { enum: ['spark', 'hive'] },
    paths: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tables: { type: 'string' },
        jobs: { type: 'string' },
        tests: { type: 'string' },
        seeds: { type: 'string' },
      },
    },
    vars: varsSchema,
    layers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'database', 'prefix'],
        properties: {
          name: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', description: 'a lower-case layer name' },
          database: { type: 'string' },
          prefix: { type: 'string' },
        },
      },
    },
    targets: {
      type: 'object',
      description: 'target names of letters, digits, _ and -',
      patternProperties: { '^[A-Za-z][A-Za-z0-9_-]*$': targetSchema },
      additionalProperties: false,
    },
    default_target: { type: 'string' },
    state: stateSchema,
    lint: { type: 'object' },
    checks: { type: 'object' },
    format: {
      type: 'object',
      additionalProperties: false,
      properties: {
        keyword_case: { enum: ['upper', 'lower', 'preserve'] },
        indent: { type: 'integer', minimum: 1, maximum: 8, description: 'a number of spaces from 1 to 8' },
        line_width: { type: 'integer', minimum: 20, maximum: 400, description: 'a number of characters from 20 to 400' },
      },
    },
  },
} as const;
