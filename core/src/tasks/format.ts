import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiskCache, fingerprint } from '../cache/disk-cache';
import { StrataError } from '../errors';
import { formatSettings, formatSql, type FormatNote, type FormatSettings, type FormattedSql } from '../format';
import { findProjectRoot, readConfig } from '../project';
import { readText } from '../project/read-text';
import type { Dialect } from '../sql';
import type { Position } from '../text/line-index';
import { dialectOf, formatTargets, target, type FormatScope, type FormatTarget } from './format-files';

export interface FormatOptions {
  /** Project folder; default: the nearest ancestor of `cwd` (or of the stdin file) holding strata.yaml. */
  project?: string;
  /** Files or folders (relative to `cwd`); every table and job of the project when empty. */
  paths?: string[];
  cwd: string;
  /** Report what would change without writing anything. */
  check?: boolean;
  /** Format this text (standard input) as if it were the file `filename`; nothing is written. */
  stdin?: { filename: string; text: string };
  /** Reuse results for unchanged files from `.strata/cache/format/` (projects only). */
  cache?: boolean;
}

/**
 * What happened to one file: `formatted` (written), `changed` (would change: `--check`, stdin),
 * `unchanged`, or not formatted because of a `syntax-error`, a `binary` file or an `unreadable` one.
 */
export type FormatStatus = 'formatted' | 'changed' | 'unchanged' | 'syntax-error' | 'binary' | 'unreadable';

export interface FileFormat {
  path: string;
  dialect?: Dialect;
  status: FormatStatus;
  /** Why the file was not formatted, at its first syntax error (0-based) when it has one. */
  problem?: { message: string; start?: Position };
  /** Statements kept as written, each with its 0-based position and why. */
  notes: FormatNote[];
}

export interface FormatResult {
  root?: string;
  files: FileFormat[];
  /** Files formatted, or that would be with `--check`. */
  changed: number;
  /** Files that could not be formatted. */
  failed: number;
  /** The formatted standard input (the input itself when it could not be formatted). */
  output?: string;
}

/** `strata format`: sql-formatter per dialect over project or standalone files, in place or as a check. */
export async function format(options: FormatOptions): Promise<FormatResult> {
  const scope = await formatScope(options);
  const settings = formatSettings(scope.config?.format);
  const cache = options.cache && scope.root ? new DiskCache<FormattedSql>(scope.root, 'format') : undefined;
  const run = (text: string, dialect: Dialect) => cachedFormat(cache, text, dialect, settings);
  if (options.stdin) return formatStdin(scope, options.stdin, run);
  const files: FileFormat[] = [];
  for (const t of await formatTargets(scope, options.paths ?? [])) files.push(await formatFile(scope, t, options.check === true, run));
  return summarize(scope, files);
}

type Formatter = (text: string, dialect: Dialect) => FormattedSql;

async function formatScope(options: FormatOptions): Promise<FormatScope> {
  const start = options.stdin ? path.dirname(path.resolve(options.cwd, options.stdin.filename)) : options.cwd;
  const root = options.project ? path.resolve(options.cwd, options.project) : findProjectRoot(start);
  if (root === undefined && !options.stdin && (options.paths ?? []).length === 0) {
    throw new StrataError('usage', `no strata.yaml found in '${options.cwd}' or any parent folder; run inside a project, pass --project DIR, or name the files to format`);
  }
  return { root, config: root === undefined ? undefined : await readConfig(root), cwd: options.cwd };
}

async function formatFile(scope: FormatScope, t: FormatTarget, check: boolean, run: Formatter): Promise<FileFormat> {
  const read = await readText(t.absolute);
  if (read.problem !== undefined) return unreadable(t.shown, read.problem);
  const dialect = dialectOf(scope, t.absolute, read.text);
  const result = run(read.text, dialect);
  const file = fileResult(t.shown, dialect, read.text, result);
  if (file.status === 'changed' && !check) {
    writeAtomically(t.absolute, result.text);
    file.status = 'formatted';
  }
  return file;
}

function formatStdin(scope: FormatScope, stdin: { filename: string; text: string }, run: Formatter): FormatResult {
  const t = target(scope, path.resolve(scope.cwd, stdin.filename));
  if (stdin.text.includes('\0')) return { ...summarize(scope, [unreadable(t.shown, 'binary')]), output: stdin.text };
  const dialect = dialectOf(scope, t.absolute, stdin.text);
  const result = run(stdin.text, dialect);
  return { ...summarize(scope, [fileResult(t.shown, dialect, stdin.text, result)]), output: result.text };
}

function fileResult(shown: string, dialect: Dialect, text: string, result: FormattedSql): FileFormat {
  if (result.syntaxError) {
    const { message, ...start } = result.syntaxError;
    return { path: shown, dialect, status: 'syntax-error', problem: { message: `${message}; fix the syntax error to format this file`, start }, notes: [] };
  }
  return { path: shown, dialect, status: result.text === text ? 'unchanged' : 'changed', notes: result.notes };
}

function unreadable(shown: string, problem: string): FileFormat {
  if (problem === 'binary') return { path: shown, status: 'binary', problem: { message: 'binary file: expected UTF-8 SQL text; not formatted' }, notes: [] };
  return { path: shown, status: 'unreadable', problem: { message: `cannot read the file (${problem}); check its permissions` }, notes: [] };
}

function summarize(scope: FormatScope, files: FileFormat[]): FormatResult {
  return {
    root: scope.root,
    files,
    changed: files.filter((f) => f.status === 'formatted' || f.status === 'changed').length,
    failed: files.filter((f) => f.problem !== undefined).length,
  };
}

/**
 * The formatted file from `.strata/cache/format/` when this text was formatted with these settings
 * and this sql-formatter before. A formatted text is stored too, as already formatted (formatting is idempotent), so the
 * next `--check` after a write costs nothing; not when statements were kept, whose note lines moved.
 */
function cachedFormat(cache: DiskCache<FormattedSql> | undefined, text: string, dialect: Dialect, settings: FormatSettings): FormattedSql {
  if (!cache) return formatSql(text, dialect, settings);
  const config = fingerprint({ settings, sqlFormatter: sqlFormatterVersion() });
  const key = cache.key({ content: text, dialect, config });
  const hit = cache.get(key);
  if (hit) return hit;
  const result = formatSql(text, dialect, settings);
  cache.set(key, result);
  if (result.text !== text && result.notes.length === 0) cache.set(cache.key({ content: result.text, dialect, config }), { text: result.text, notes: [] });
  return result;
}

let formatterVersion: string | undefined;

/** The installed sql-formatter's version: a new one may lay statements out differently. */
function sqlFormatterVersion(): string {
  formatterVersion ??= (JSON.parse(fs.readFileSync(require.resolve('sql-formatter/package.json'), 'utf8')) as { version: string }).version;
  return formatterVersion;
}

/**
 * Replaces a file's content all at once: the text goes to a temp file beside it, which is renamed
 * over it, so a crash or a concurrent reader never sees half a file. The file's mode is kept.
 */
function writeAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temp, text, { mode: fs.statSync(file).mode });
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new StrataError('io', `cannot write '${file}': ${(e as Error).message.split('\n')[0]}; check the folder's permissions`);
  }
}
