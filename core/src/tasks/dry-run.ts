import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../diagnostic';
import { StrataError } from '../errors';
import { openClickHouseTarget, openRemoteEngine, REMOTE_SQL_ENGINES } from '../engines';
import { mergeDeclarations, renderVariables, resolveTarget, resolveVariables, type TargetConfig, type VarDeclaration } from '../project';
import type { Dialect } from '../sql';
import { closest } from '../text/closest';
import { WorkspaceCache } from './cached-workspace';
import { runOnDuckDb, type OutputSchema, type SamplePreview } from './dry-run-engine';
import { runOnClickHouse } from './dry-run-clickhouse';
import { runOnRemote, type RemotePhase, type RemoteStatement } from './dry-run-remote';
import type { SampleInput } from './dry-run-inputs';
import { partitionReads, staticDiagnostics, type PartitionRead } from './dry-run-static';
import { loadWorkspace, resolveProjectRoot, type Workspace, type WorkspaceFile } from './workspace';

export interface DryRunOptions {
  /** A job name (`dws_live_room_1d`) or the path of its file (relative to `cwd`). */
  job: string;
  project?: string;
  cwd: string;
  /** The run's `${date}`; default: yesterday, as schedulers run daily jobs. */
  date?: string;
  /** `--var k=v` overrides. */
  vars?: Record<string, string>;
  /** Target whose published data is attached read-only; default: the project's default target. */
  target?: string;
  /** Fill the tables the job reads from seeds, run it, and preview what it writes. */
  sample?: boolean;
  /** Per statement; default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Use the analysis cache under `.strata/cache/` (default true). */
  cache?: boolean;
}

export interface DryRunResult {
  job: string;
  file: string;
  type: string;
  dialect: Dialect;
  target: string;
  /** The published local database attached read-only, project-relative, when it exists. */
  published?: string;
  vars: Record<string, string>;
  /** Partitioned tables read, and whether each read filters a partition column. */
  reads: PartitionRead[];
  /** Tables written and the partition each INSERT writes (`null`: dynamic). */
  writes: { table: string; partition?: Record<string, string | null> }[];
  /** Each INSERT's output schema on DuckDB vs its target's DDL. */
  outputs: OutputSchema[];
  /** `--sample`: where the input rows came from, and the written tables' previews. */
  inputs: SampleInput[];
  previews: SamplePreview[];
  /** `ran`, or `skipped` when check found errors (the engine would only repeat them). */
  engine: 'ran' | 'skipped';
  /** A spark, hive, trino or clickhouse target: what that engine answered for each statement (EXPLAIN, or DESCRIBE on ClickHouse; nothing run on DuckDB). */
  remote?: { engine: string; statements: RemoteStatement[] };
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * `strata dry-run JOB`: renders the job's variables, checks it like `strata check` plus the insert
 * and partition-filter rules, then runs it on in-memory DuckDB (see `dry-run-engine.ts`). Problems
 * are diagnostics; a job, target or variable that cannot be used throws a StrataError.
 */
export async function dryRun(options: DryRunOptions): Promise<DryRunResult> {
  const root = resolveProjectRoot(options);
  const { ws, save } = await load(root, options);
  const wf = findJob(ws, options);
  const { vars, declarations } = jobVariables(ws, wf, options);
  renderVariables(wf.file.text, vars, { declarations, file: wf.file.path });
  const targetName = options.target ?? ws.project.config.defaultTarget;
  const target = resolveTarget(ws.project.config, targetName, process.env);
  const remote = (REMOTE_SQL_ENGINES as readonly string[]).includes(target.engine) || target.engine === 'clickhouse';
  const published = remote ? undefined : publishedDatabase(ws, targetName);
  const diagnostics = staticDiagnostics(ws, wf);
  save();
  const result: DryRunResult = {
    job: wf.file.name,
    file: wf.file.path,
    type: ws.jobs.get(wf.file.path)?.type ?? 'batch',
    dialect: wf.file.dialect,
    target: targetName,
    ...(published ? { published: path.relative(root, published).split(path.sep).join('/') } : {}),
    vars,
    reads: await partitionReads(ws, wf, vars),
    writes: [],
    outputs: [],
    inputs: [],
    previews: [],
    engine: 'skipped',
    ...(remote ? { remote: { engine: target.engine, statements: [] } } : {}),
    diagnostics,
    errors: 0,
    warnings: 0,
  };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (remote && !diagnostics.some((d) => d.severity === 'error')) {
    const phase = await askRemote(targetName, target, wf, vars, timeoutMs);
    Object.assign(result, { engine: 'ran', remote: { engine: target.engine, statements: phase.statements } });
    result.diagnostics = merge(diagnostics, phase.diagnostics);
  } else if (!diagnostics.some((d) => d.severity === 'error')) {
    const phase = await runOnDuckDb(ws, wf, { vars, sample: options.sample === true, published, timeoutMs });
    Object.assign(result, { engine: 'ran', outputs: phase.outputs, inputs: phase.inputs, previews: phase.previews });
    result.writes = phase.outputs.map((o) => ({ table: o.table, ...(o.partition ? { partition: o.partition } : {}) }));
    result.diagnostics = merge(diagnostics, phase.diagnostics);
  }
  result.errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  result.warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  return result;
}

/** The job's statements sent to a spark, hive, trino (`dry-run-remote.ts`) or clickhouse target (`dry-run-clickhouse.ts`); the session is always closed. */
async function askRemote(name: string, target: TargetConfig, wf: WorkspaceFile, vars: Record<string, string>, timeoutMs: number): Promise<RemotePhase> {
  if (target.engine === 'clickhouse') {
    const clickhouse = await openClickHouseTarget(name, target);
    try {
      return await runOnClickHouse(clickhouse, wf, vars, timeoutMs);
    } finally {
      await clickhouse.close();
    }
  }
  const engine = await openRemoteEngine(name, target, timeoutMs);
  try {
    return await runOnRemote(engine, wf, vars, timeoutMs);
  } finally {
    await engine.close();
  }
}

/** The workspace, through the analysis cache unless `cache` is false; `save` keeps what was analysed. */
async function load(root: string, options: DryRunOptions): Promise<{ ws: Workspace; save: () => void }> {
  if (options.cache === false) return { ws: await loadWorkspace({ ...options, project: root }), save: () => undefined };
  const cache = new WorkspaceCache(root, { ...options, project: root });
  return { ws: await cache.load(), save: () => cache.save() };
}

/** The job named `options.job` (its name, or its file relative to `cwd`). */
function findJob(ws: Workspace, options: DryRunOptions): WorkspaceFile {
  const jobs = ws.files.filter((f) => f.file.kind === 'job');
  const asPath = path.relative(ws.project.root, path.resolve(options.cwd, options.job)).split(path.sep).join('/');
  const found = jobs.find((f) => f.file.name === options.job || f.file.path === asPath || f.file.path === options.job);
  if (found) return found;
  const near = closest(options.job, jobs.map((f) => f.file.name));
  throw new StrataError('usage', `no job '${options.job}' in the project${near ? `; did you mean '${near}'?` : `; give a job name or the path of a file under ${ws.project.config.paths.jobs}/`}`);
}

/** The job's variables: --var and --date over its front matter over strata.yaml, checked. */
export function jobVariables(ws: Workspace, wf: WorkspaceFile, options: Pick<DryRunOptions, 'vars' | 'date'>): { vars: Record<string, string>; declarations: Record<string, VarDeclaration> } {
  const overrides = { ...ws.project.overrides, ...options.vars, ...(options.date !== undefined ? { date: options.date } : {}) };
  if (options.date !== undefined && options.vars?.date !== undefined && options.vars.date !== options.date) {
    throw new StrataError('usage', `--date ${options.date} and --var date=${options.vars.date} disagree; pass the date once`);
  }
  const frontMatter = wf.file.frontMatter?.data.vars;
  const vars = withDateFlag(options.date, () => resolveVariables({ overrides, frontMatter, project: ws.project.config.vars }));
  const declarations = mergeDeclarations(ws.project.config.vars, (frontMatter ?? {}) as Record<string, VarDeclaration>);
  return { vars, declarations };
}

/** `resolve()`, its complaint about the date said of `--date` when that is where the date came from. */
function withDateFlag<T>(date: string | undefined, resolve: () => T): T {
  try {
    return resolve();
  } catch (e) {
    const prefix = `--var date=${date}:`;
    if (date === undefined || !(e instanceof StrataError) || !e.message.startsWith(prefix)) throw e;
    throw new StrataError(e.code, `--date ${date}:${e.message.slice(prefix.length)}`, e.location, e.suggestions);
  }
}

/** The target's published DuckDB file when it exists; only DuckDB targets can be attached. */
function publishedDatabase(ws: Workspace, name: string): string | undefined {
  const target = resolveTarget(ws.project.config, name, process.env);
  if (target.engine !== 'duckdb') {
    throw new StrataError('usage', `target '${name}' is a ${target.engine} target; dry-run runs on embedded DuckDB (a duckdb target's data attached) or asks a spark, hive, trino or clickhouse target (e.g. --target local)`);
  }
  if (!target.path) return undefined;
  const file = path.resolve(ws.project.root, target.path);
  return fs.existsSync(file) ? file : undefined;
}

/**
 * Static and engine diagnostics, sorted; a static type-narrowing warning gives way to the
 * engine's type mismatch at the same select item (one mistake, one error).
 */
function merge(found: Diagnostic[], engine: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.start.line}:${d.start.character}`;
  const mismatched = new Set(engine.filter((d) => d.code === 'insert-type-mismatch').map(key));
  const kept = found.filter((d) => d.code !== 'insert-type-narrowing' || !mismatched.has(key(d)));
  return [...kept, ...engine].sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
}
