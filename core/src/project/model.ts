import type { Diagnostic } from '../diagnostic';
import type { Dialect } from '../sql/ast';
import type { FrontMatter } from './front-matter';

/** Batch dialects a project may default to; streaming jobs pick `flink` themselves. */
export type BatchDialect = 'spark' | 'hive';

export type Engine = 'duckdb' | 'clickhouse' | 'spark' | 'hive' | 'trino' | 'flink';

/** A project variable as declared in strata.yaml or front matter. */
export interface VarDeclaration {
  default?: string;
  /** Regular expression the whole value must match. */
  pattern?: string;
  description?: string;
}

export interface Layer {
  name: string;
  database: string;
  prefix: string;
}

/**
 * Where things are published. String values may hold `${env:NAME}` references; they stay
 * unresolved here (see `resolveTarget`) so that secrets are read only when a command needs them.
 */
export interface TargetConfig {
  engine: Engine;
  path?: string;
  host?: string;
  port?: number | string;
  database?: string;
  /** HiveServer2 over HTTP: the endpoint's path (`cliservice`). */
  http_path?: string;
  /** Trino: the catalog tables live in. */
  catalog?: string;
  user?: string;
  password?: string;
  /** ClickHouse: DDL `ON CLUSTER` this cluster; contract tables become Distributed over ReplicatedMergeTree. */
  cluster?: string;
  /** ClickHouse: connect over HTTPS. */
  secure?: boolean;
  options?: Record<string, unknown>;
  /** picomatch selectors over `db.table`: the target holds only matching tables and the jobs writing them (absent: all). */
  tables?: string[];
  /** Where publish writes scheduler artefacts; default `.strata/targets/<target>/scheduler`. */
  scheduler_dir?: string;
}

/**
 * `state:` in strata.yaml: where targets that cannot hold their own state (spark, hive, trino,
 * flink) keep it, shared by every target and keyed by target name. Strings may hold `${env:NAME}`
 * (see `resolveState`).
 */
export interface StateConfig {
  engine: 'postgres';
  host: string;
  port?: number | string;
  database: string;
  /** Default `strata`. */
  schema?: string;
  user?: string;
  password?: string;
}

export interface ProjectPaths {
  tables: string;
  jobs: string;
  tests: string;
  seeds: string;
}

/** strata.yaml with every default filled in. */
export interface ProjectConfig {
  name: string;
  version: 1;
  dialect: BatchDialect;
  paths: ProjectPaths;
  vars: Record<string, VarDeclaration>;
  layers: Layer[];
  targets: Record<string, TargetConfig>;
  defaultTarget: string;
  /** The shared state connection, when the project has one. */
  state?: StateConfig;
  /** Reserved for the lint rules; passed through as written. */
  lint: Record<string, unknown>;
  /** Reserved for data-quality checks; passed through as written. */
  checks: Record<string, unknown>;
  /** `strata format` options (keyword_case, indent, line_width), validated by the schema. */
  format: Record<string, unknown>;
}

export type SqlFileKind = 'table' | 'job';

/** A table contract (`tables/**`) or a job (`jobs/**`). */
export interface SqlFile {
  /** Project-relative POSIX path. */
  path: string;
  kind: SqlFileKind;
  /** The file's text; empty when the file is binary (a diagnostic says so). */
  text: string;
  frontMatter?: FrontMatter;
  dialect: Dialect;
  /** Table layer, from the folder under tables/ or the name prefix. */
  layer?: string;
  /** File base name without `.sql`. */
  name: string;
}

/** A job unit test: input rows per table and the rows expected afterwards. */
export interface TestSpec {
  job: string;
  description?: string;
  date?: string;
  vars?: Record<string, string | number>;
  /** The expected rows must come in the order given (default: any order). */
  ordered?: boolean;
  given?: Record<string, Record<string, unknown>[]>;
  expect: Record<string, Record<string, unknown>[]>;
}

export interface TestFile {
  path: string;
  data: TestSpec;
}

export interface SeedFile {
  path: string;
  /** Base name without `.csv`. */
  table: string;
  columns: string[];
  /** Data rows (the header not counted). */
  rows: number;
}

/** A loaded warehouse project. Per-file problems are diagnostics; only a bad strata.yaml throws. */
export interface Project {
  /** Absolute project folder. */
  root: string;
  config: ProjectConfig;
  /** Tables, then jobs, each sorted by path. */
  files: SqlFile[];
  tests: TestFile[];
  seeds: SeedFile[];
  /** `--var` overrides the project was loaded with (already validated). */
  overrides: Record<string, string>;
  diagnostics: Diagnostic[];
}
