import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../diagnostic';
import { StrataError } from '../errors';
import type { Dialect } from '../sql/ast';
import { LineIndex } from '../text/line-index';
import { BUILTIN_VARIABLES } from './builtin-variables';
import { CONFIG_FILE, readConfig } from './config';
import { parseFrontMatter } from './front-matter';
import type { Project, ProjectConfig, SeedFile, SqlFile, SqlFileKind, TestFile } from './model';
import { readCsvShape } from './csv-header';
import { readText, readTextSync, type TextResult } from './read-text';
import { parseTestFile, type ParsedTestFile } from './test-file';
import { variableProblems } from './variable-refs';
import { resolveVariables } from './variables';
import { walk } from './walk';

export interface LoadOptions {
  /** `--var k=v` overrides; checked against their declared formats while loading. */
  vars?: Record<string, string>;
  /** Clock for the default `date`; default: now. */
  now?: Date;
  /**
   * Loads each table and job file in place of the plain reader (the analysis cache answers from
   * its records); `load` is the plain reader, given the file's text when the hook has read it.
   */
  sqlFile?: SqlFileHook;
  /** Parses each test file in place of the plain parser (the analysis cache answers from its records); `parse` is the plain parser. */
  testFile?: TestFileHook;
  /** Awaited after each table and job file: a server passes one that yields now and then, to stay responsive. */
  pause?: () => Promise<void>;
}

/** A loaded project SQL file and the loader's problems with it (front matter, variables, reading). */
export interface LoadedSqlFile {
  sqlFile: SqlFile;
  diagnostics: Diagnostic[];
}

/** See {@link LoadOptions.sqlFile}. */
export type SqlFileHook = (file: string, kind: SqlFileKind, load: (read?: TextResult) => LoadedSqlFile, config: ProjectConfig) => LoadedSqlFile;

/** A test file's spec (when well-formed) and problems, as the project keeps them. */
export type LoadedTestFile = Pick<ParsedTestFile, 'data' | 'diagnostics'>;

/** See {@link LoadOptions.testFile}. */
export type TestFileHook = (file: string, text: string, parse: () => LoadedTestFile) => LoadedTestFile;

/** The nearest folder at or above `startDir` holding strata.yaml. */
export function findProjectRoot(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    if (statSync(path.join(dir, CONFIG_FILE), { throwIfNoEntry: false })?.isFile()) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Loads a project: strata.yaml (a bad one throws `StrataError('config')`), then every table, job,
 * test and seed. Problems in those files become `diagnostics`; the load itself goes on.
 */
export async function loadProject(root: string, options: LoadOptions = {}): Promise<Project> {
  const listing = await listProject(root, options);
  const { config, diagnostics } = listing;
  const context = { ...listing, testFile: options.testFile };
  const load = (file: string, kind: SqlFileKind): SqlFile => {
    const plain = (read?: TextResult) => loadSqlFile(context, file, kind, read);
    const loaded = options.sqlFile ? options.sqlFile(file, kind, plain, config) : plain();
    diagnostics.push(...loaded.diagnostics);
    return loaded.sqlFile;
  };
  const files: SqlFile[] = [];
  for (const [paths, kind] of [[listing.tablePaths, 'table'], [listing.jobPaths, 'job']] as const) {
    for (const p of paths) {
      files.push(load(p, kind));
      if (options.pause) await options.pause();
    }
  }
  // Files load concurrently; order the diagnostics by file so that output is stable.
  sortByFile(diagnostics);
  return { root: listing.root, config, files, tests: listing.tests, seeds: listing.seeds, overrides: listing.overrides, diagnostics };
}

/** A project without its SQL files loaded: their paths, and everything else as {@link loadProject} loads it. */
export interface ProjectListing extends Omit<Project, 'files'> {
  /** Table files, then job files, as the walk finds them (sorted). */
  tablePaths: string[];
  jobPaths: string[];
}

/**
 * strata.yaml, the paths of the table and job files, and the tests and seeds loaded: what
 * {@link loadProject} does before it loads SQL files (`diagnostics`: the tests' and seeds' problems).
 */
export async function listProject(root: string, options: Pick<LoadOptions, 'vars' | 'now' | 'testFile'> = {}): Promise<ProjectListing> {
  const absolute = path.resolve(root);
  const config = await readConfig(absolute);
  const overrides = options.vars ?? {};
  resolveVariables({ project: config.vars, overrides, now: options.now });
  const { paths } = config;
  const [tablePaths, jobPaths, testPaths, seedPaths] = await Promise.all([
    walk(absolute, paths.tables, ['.sql']),
    walk(absolute, paths.jobs, ['.sql']),
    walk(absolute, paths.tests, ['.yaml', '.yml']),
    walk(absolute, paths.seeds, ['.csv'], false),
  ]);
  const diagnostics: Diagnostic[] = [];
  const context = { root: absolute, config, overrides, diagnostics, testFile: options.testFile };
  const tests = (await Promise.all(testPaths.map((p) => loadTest(context, p)))).filter((t): t is TestFile => t !== undefined);
  const seeds = (await Promise.all(seedPaths.map((p) => loadSeed(context, p)))).filter((s): s is SeedFile => s !== undefined);
  sortByFile(diagnostics);
  return { root: absolute, config, tablePaths, jobPaths, tests, seeds, overrides, diagnostics };
}

function sortByFile(diagnostics: Diagnostic[]): void {
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** One table or job file of a listed project, as {@link loadProject} loads it (`read`: its text, when read already). */
export function loadProjectFile(project: Pick<Project, 'root' | 'config' | 'overrides'>, file: string, kind: SqlFileKind, read?: TextResult): LoadedSqlFile {
  return loadSqlFile({ ...project, diagnostics: [] }, file, kind, read);
}

interface LoadContext {
  root: string;
  config: ProjectConfig;
  overrides: Record<string, string>;
  diagnostics: Diagnostic[];
  testFile?: TestFileHook;
}

function loadSqlFile(ctx: LoadContext, file: string, kind: SqlFileKind, read: TextResult = readTextSync(path.join(ctx.root, file))): LoadedSqlFile {
  const found: Diagnostic[] = [];
  if (read.problem !== undefined) {
    found.push(fileDiagnostic(file, read.problem === 'binary' ? 'binary-file' : 'io', read.problem === 'binary' ? 'binary file: expected UTF-8 SQL text' : `cannot read the file (${read.problem}); check its permissions`));
  }
  const { sqlFile, diagnostics } = sqlFileOf(file, kind, read.text, ctx.config);
  found.push(...diagnostics, ...variableDiagnostics(sqlFile, ctx));
  return { sqlFile, diagnostics: found };
}

/**
 * A project SQL file from its path and text: name, front matter, dialect and layer (what the
 * loader knows without other files). `diagnostics` are the front matter's problems.
 */
export function sqlFileOf(file: string, kind: SqlFileKind, text: string, config: ProjectConfig): { sqlFile: SqlFile; diagnostics: Diagnostic[] } {
  const name = path.posix.basename(file).replace(/\.sql$/i, '');
  const { frontMatter, diagnostics } = parseFrontMatter(text, file, kind);
  const data = frontMatter?.data ?? {};
  const sqlFile: SqlFile = { path: file, kind, text, dialect: dialectOf(kind, data, config), name };
  if (frontMatter) sqlFile.frontMatter = frontMatter;
  const layer = kind === 'table' ? layerOf(file, name, config) : undefined;
  if (layer !== undefined) sqlFile.layer = layer;
  return { sqlFile, diagnostics };
}

/** Front matter `dialect`, else flink for streaming jobs, else the project's batch dialect. */
function dialectOf(kind: SqlFileKind, data: Record<string, unknown>, config: ProjectConfig): Dialect {
  const declared = data.dialect;
  if (declared === 'spark' || declared === 'hive' || declared === 'flink') return declared;
  return kind === 'job' && data.type === 'streaming' ? 'flink' : config.dialect;
}

/** `tables/dwd/x.sql` is in layer dwd; `tables/dwd_x.sql` takes the layer whose prefix it has. */
function layerOf(file: string, name: string, config: ProjectConfig): string | undefined {
  const base = config.paths.tables.split(/[\\/]+/).filter((s) => s !== '' && s !== '.').join('/');
  const relative = base === '' ? file : file.slice(base.length + 1);
  const slash = relative.indexOf('/');
  if (slash > 0) return relative.slice(0, slash);
  return config.layers.find((l) => l.prefix !== '' && name.startsWith(l.prefix))?.name;
}

/** `${env:..}`, malformed references, and names no declaration or override gives a value. */
function variableDiagnostics(file: SqlFile, ctx: LoadContext): Diagnostic[] {
  const frontVars = file.frontMatter?.data.vars;
  const declared = typeof frontVars === 'object' && frontVars !== null ? Object.keys(frontVars) : [];
  const problems = declared.length > 0 ? declarationProblems(file, ctx) : [];
  if (!file.text.includes('${')) return problems;
  const known = [...Object.keys(BUILTIN_VARIABLES), ...Object.keys(ctx.config.vars), ...Object.keys(ctx.overrides), ...declared];
  const lines = new LineIndex(file.text);
  return [
    ...problems,
    ...variableProblems(file.text, known).map((p) => ({
      file: file.path,
      start: lines.position(p.start),
      end: lines.position(p.end),
      severity: 'error' as const,
      code: p.code,
      message: p.message,
    })),
  ];
}

/** A job's own `vars` may tighten a pattern: its defaults and the `--var` values must pass it. */
function declarationProblems(file: SqlFile, ctx: LoadContext): Diagnostic[] {
  try {
    resolveVariables({ project: ctx.config.vars, frontMatter: file.frontMatter?.data.vars, overrides: ctx.overrides });
    return [];
  } catch (error) {
    if (!(error instanceof StrataError)) throw error;
    const at = new LineIndex(file.text).position(file.frontMatter?.yamlStart ?? 0);
    return [{ file: file.path, start: at, end: at, severity: 'error', code: 'variable', message: error.message }];
  }
}

async function loadTest(ctx: LoadContext, file: string): Promise<TestFile | undefined> {
  const read = await readText(path.join(ctx.root, file));
  if (read.problem !== undefined) {
    ctx.diagnostics.push(fileDiagnostic(file, 'test-file', read.problem === 'binary' ? 'binary file: expected UTF-8 YAML text' : `cannot read the file (${read.problem})`));
    return undefined;
  }
  const parse = () => parseTestFile(read.text, file);
  const { data, diagnostics } = ctx.testFile ? ctx.testFile(file, read.text, parse) : parse();
  ctx.diagnostics.push(...diagnostics);
  return data === undefined ? undefined : { path: file, data };
}

async function loadSeed(ctx: LoadContext, file: string): Promise<SeedFile | undefined> {
  const read = await readText(path.join(ctx.root, file));
  if (read.problem !== undefined) {
    ctx.diagnostics.push(fileDiagnostic(file, 'seed-file', read.problem === 'binary' ? 'binary file: expected UTF-8 CSV text' : `cannot read the file (${read.problem})`));
    return undefined;
  }
  const shape = readCsvShape(read.text);
  if (shape.columns.length === 0) ctx.diagnostics.push(fileDiagnostic(file, 'seed-file', 'empty seed: the first line must name the columns', 'warning'));
  return { path: file, table: path.posix.basename(file).replace(/\.csv$/i, ''), ...shape };
}

function fileDiagnostic(file: string, code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  const start = { line: 0, character: 0 };
  return { file, start, end: start, severity, code, message };
}
