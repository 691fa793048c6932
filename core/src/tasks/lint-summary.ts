import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeScript } from '../analysis';
import { RecordingCatalog } from '../cache/catalog-deps';
import { fingerprint } from '../cache/disk-cache';
import { hashBytes } from '../cache/file-hashes';
import { signatureAt } from '../cache/signature-at';
import { PendingTable, type TableInfo } from '../catalog';
import { giveParts } from '../lint/given-parts';
import { LintSettings } from '../lint/project-config';
import type { AnyRule } from '../lint/rule';
import { ALL_RULES } from '../lint/rules';
import { decodeText, listProject, loadProjectFile, sqlFileOf, type Project, type ProjectListing, type SqlFile } from '../project';
import { parse } from '../sql';
import { LineIndex } from '../text/line-index';
import { contentHashOf, LazyAnalysis, recordSettings, WorkspaceCache } from './cached-workspace';
import { tableFromStored } from './file-index';
import type { FileLint } from './lint';
import { LintCache, type LintKeys } from './lint-cache';
import { unreadableProjectFiles } from './lint-file-finding';
import { lintFile } from './lint-workspace-file';
import { DeclinedJobs, lineAt, Lines, SummaryStore, type ProjectSummary } from './project-summary';
import { TestFileCache } from './test-file-cache';
import type { Workspace, WorkspaceFile } from './workspace';

/** A rule asked for more of the workspace than the summary lint has: the lint runs the full way. */
class NeedsWorkspace extends Error {}

/** What the workspace of a summary lint does not have: reading it gives up the summary lint. */
const MISSING: Record<'project' | 'workspace', readonly string[]> = {
  project: ['files', 'diagnostics'],
  workspace: ['files', 'facts', 'jobs', 'semantic', 'graph', 'columns', 'diagnostics'],
};

/** A changed job: its file as loaded, its record key and the loader's problems. */
interface Target {
  /** Its position in the walk (-1: given in memory, at the end of the workspace's files). */
  index: number;
  wf: WorkspaceFile;
  key: string;
  load: Project['diagnostics'];
  /** Whether it is linted (a file given in memory may only stand in for the disk's). */
  linted: boolean;
}

/**
 * `strata lint FILES` of changed jobs without loading the rest of the project: the files are
 * walked and stat'ed as a full load does, and when every file but the jobs linted is the one the
 * project summary describes (same path, and same stat signature or content), the catalog, layers
 * and project state come from the summary — table names, made from their stored records on first
 * use — and only the linted jobs are read and parsed. The findings are the full lint's: a rule
 * that reads more of the workspace than the summary gives (other files, the DAG, job analyses)
 * makes this return undefined, as does any file or setting that differs, and the caller lints
 * the full way. `wanted`: project-relative paths.
 */
export async function lintFromSummary(root: string, wanted: readonly string[], options: SummaryLintOptions): Promise<FileLint[] | undefined> {
  const declined = new DeclinedJobs(root);
  if (declined.skip(wanted)) return undefined;
  const summary = new SummaryStore(root).read();
  if (!summary) return undefined;
  const tests = new TestFileCache(root, {});
  const listing = await listProject(root, { vars: options.vars, testFile: tests.hook });
  if (recordSettings(listing.config, options) !== summary.settings) return undefined;
  const contents = options.contents ?? {};
  const files = changedJobs(root, summary, listing, new Set(wanted), contents);
  if (!files) return undefined;
  const cache = new WorkspaceCache(root, { project: root, cwd: root, vars: options.vars });
  const targets = files.targets.filter((t) => t.linted);
  const ws = summaryWorkspace(listing, summary, targets, cache);
  const settings = new LintSettings(listing.config.lint, ALL_RULES, options.only);
  const findings = new LintCache(root, summaryKeys(listing, summary, files), ALL_RULES);
  const unreadable = unreadableProjectFiles(targets.flatMap((t) => t.load), contents);
  try {
    const linted = targets.map(({ wf }) => {
      const problem = unreadable.get(wf.file.path);
      return { path: wf.file.path, text: wf.file.text, findings: problem ? [problem] : findings.findings(ws, wf, settings.rulesFor(wf.file.path), (watched) => lintFile(ws, wf, settings, watched)) };
    });
    findings.save(false);
    tests.save();
    return linted;
  } catch (error) {
    if (!(error instanceof NeedsWorkspace)) throw error;
    declined.declined(wanted);
    return undefined;
  }
}

/** Options of {@link lintFromSummary}. */
export interface SummaryLintOptions {
  vars?: Record<string, string>;
  only?: readonly AnyRule[];
  /** Texts that replace files on disk, by project path (see `LintOptions.contents`). */
  contents?: Record<string, string>;
}

/**
 * The project's files that are not the summary's, in the order of the workspace a full lint would
 * build: jobs read from disk in walk order, then the files given in memory (which a full lint
 * moves to the end), and the walk positions those replace.
 */
interface ChangedFiles {
  targets: Target[];
  replaced: number[];
}

/**
 * The wanted jobs and the files given in memory, loaded, when every other file is as the summary
 * describes it (a stat signature that vouched for its content, else the content itself);
 * undefined otherwise, or when a wanted path is not a job of the project, or a table is given in memory.
 */
function changedJobs(root: string, summary: ProjectSummary, listing: ProjectListing, wanted: Set<string>, contents: Record<string, string>): ChangedFiles | undefined {
  // Concatenated, not path.join: this runs for each of 16,000 files, whose paths are normalized.
  const prefix = path.resolve(root) + path.sep;
  const paths = new Lines(summary.paths);
  const sigs = new Lines(summary.sigs);
  const keys = new Lines(summary.keys);
  const targets: Target[] = [];
  const replaced: number[] = [];
  let index = 0;
  for (const files of [listing.tablePaths, listing.jobPaths]) {
    for (let i = 0; i < files.length; i++, index++) {
      const file = files[i];
      if (!paths.nextIs(file)) return undefined;
      const inMemory = file in contents;
      if (inMemory && files === listing.tablePaths) return undefined;
      const absolute = prefix + file;
      const sig = inMemory ? undefined : signatureAt(absolute);
      const vouched = sig !== undefined && sigs.nextIs(sig);
      if (!vouched) sigs.skip();
      const key = vouched || inMemory ? keys.skip() : keys.next();
      if (inMemory) replaced.push(index);
      else if (wanted.has(file)) {
        if (files === listing.tablePaths) return undefined;
        targets.push(loadJob(listing, summary.settings, file, index));
      } else if (!vouched && (key === undefined || !sameContent(absolute, key))) return undefined;
    }
  }
  for (const [file, text] of Object.entries(contents)) {
    if (file.startsWith(`${listing.config.paths.tables}/`) && !listing.jobPaths.includes(file)) return undefined;
    targets.push(jobInMemory(listing, summary.settings, file, text, wanted.has(file)));
  }
  return paths.done && targets.filter((t) => t.linted).length === wanted.size ? { targets, replaced } : undefined;
}

/** Whether the file holds the content `key` names (a file stat'ed too soon after a write, or touched). */
function sameContent(absolute: string, key: string): boolean {
  try {
    return hashBytes(fs.readFileSync(absolute)) === contentHashOf(key);
  } catch {
    return false;
  }
}

/** A job as a full load loads it, with its record key (see `WorkspaceCache.hook`). */
function loadJob(listing: ProjectListing, settings: string, file: string, index: number): Target {
  let bytes: Buffer | undefined;
  try {
    bytes = fs.readFileSync(path.join(listing.root, file));
  } catch {
    bytes = undefined;
  }
  const { sqlFile, diagnostics } = loadProjectFile(listing, file, 'job', bytes ? decodeText(bytes) : undefined);
  const hash = hashBytes(bytes ?? sqlFile.text);
  return { index, key: `${settings}:${hash}:job:${file}`, load: diagnostics, wf: parsedFile(sqlFile), linted: true };
}

/** A job given in memory, as a full lint takes it (`withContents`: no loader problems, keyed by its text). */
function jobInMemory(listing: ProjectListing, settings: string, file: string, text: string, linted: boolean): Target {
  const { sqlFile } = sqlFileOf(file, 'job', text, listing.config);
  return { index: -1, key: `${settings}:${hashBytes(text)}:job:${file}`, load: [], wf: parsedFile(sqlFile), linted };
}

function parsedFile(file: SqlFile): WorkspaceFile {
  return { file, script: parse(file.text, file.dialect), lines: new LineIndex(file.text) };
}

/** The keys the lint cache needs: the targets' own, and the project state with the targets' keys in place. */
function summaryKeys(listing: ProjectListing, summary: ProjectSummary, files: ChangedFiles): LintKeys {
  const byFile = new Map<SqlFile, string>(files.targets.map((t) => [t.wf.file, t.key]));
  let state: string | undefined;
  return {
    keyOf: (file) => {
      const key = byFile.get(file);
      if (key === undefined) throw new NeedsWorkspace();
      return key;
    },
    stateOf: () => (state ??= hashBytes(`${fingerprint([listing.config, listing.tests, listing.seeds, listing.overrides])}\n${stateKeys(summary.keys, files)}`)),
    jobDeps: () => undefined,
  };
}

/**
 * The record keys of the workspace a full lint would build, one per line without the last break:
 * the summary's, with the changed jobs' in place, the files given in memory dropped from their
 * place and added at the end.
 */
function stateKeys(keys: string, files: ChangedFiles): string {
  const edits = [...files.targets.filter((t) => t.index >= 0).map((t) => ({ index: t.index, key: t.key as string | undefined })), ...files.replaced.map((index) => ({ index, key: undefined }))];
  edits.sort((a, b) => a.index - b.index);
  const parts: string[] = [];
  let from = 0;
  let at = 0;
  let index = 0;
  for (const edit of edits) {
    for (; index < edit.index; index++) at = keys.indexOf('\n', at) + 1;
    const next = keys.indexOf('\n', at) + 1;
    parts.push(keys.slice(from, at));
    if (edit.key !== undefined) parts.push(edit.key, '\n');
    from = next;
    at = next;
    index++;
  }
  parts.push(keys.slice(from));
  for (const t of files.targets) if (t.index < 0) parts.push(t.key, '\n');
  return parts.join('').slice(0, -1);
}

/** A workspace of the summary's catalog and layers and the targets; reading anything else gives up. */
function summaryWorkspace(listing: ProjectListing, summary: ProjectSummary, targets: readonly Target[], cache: WorkspaceCache): Workspace {
  const { root, config, tests, seeds, overrides } = listing;
  const project = missing({ root, config, tests, seeds, overrides }, MISSING.project) as Project;
  giveParts(project, { layers: layersOf(summary), file: tableFiles(listing) });
  const catalog = summaryCatalog(listing, summary, cache);
  const byPath = new Map(targets.map((t) => [t.wf.file.path, t.wf]));
  const analysis = new LazyAnalysis((p) => {
    const wf = byPath.get(p);
    if (!wf) throw new NeedsWorkspace();
    return analyzeScript(wf.script, { catalog });
  });
  return missing({ project, catalog, analysis } as Partial<Workspace>, MISSING.workspace) as Workspace;
}

/**
 * Table files parsed on demand (a Flink job's rules read its tables' WITH options): the summary
 * lint runs only when each is the file the summary describes. Other paths give up the summary lint.
 */
function tableFiles(listing: ProjectListing): (file: string) => WorkspaceFile | undefined {
  const tables = new Set(listing.tablePaths);
  const parsed = new Map<string, WorkspaceFile>();
  return (file) => {
    if (!tables.has(file)) throw new NeedsWorkspace();
    let wf = parsed.get(file);
    if (!wf) {
      const { sqlFile } = loadProjectFile(listing, file, 'table');
      wf = { file: sqlFile, script: parse(sqlFile.text, sqlFile.dialect), lines: new LineIndex(sqlFile.text) };
      parsed.set(file, wf);
    }
    return wf;
  };
}

/** `target` with a getter for each of `keys` that gives up the summary lint. */
function missing<T extends object>(target: T, keys: readonly string[]): T {
  for (const key of keys) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        throw new NeedsWorkspace();
      },
    });
  }
  return target;
}

function layersOf(summary: ProjectSummary): Map<string, string> {
  const layers = new Map<string, string>();
  const lines = new Lines(summary.layers);
  for (let line = lines.next(); line !== undefined; line = lines.next()) {
    const tab = line.indexOf('\t');
    layers.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return layers;
}

/**
 * The catalog a full load builds from the table files (`buildCatalog`): each name declared first
 * in walk order, a table made from its file's stored record when a lookup first returns it, with
 * its file's record key as its fingerprint.
 */
function summaryCatalog(listing: ProjectListing, summary: ProjectSummary, cache: WorkspaceCache): RecordingCatalog {
  const catalog = new RecordingCatalog();
  // Where each table file's path and key lines start: sliced only for the tables made.
  const pathAt = new Int32Array(summary.tables);
  const keyAt = new Int32Array(summary.tables);
  const make = (t: number, i: number): TableInfo => {
    const key = lineAt(summary.keys, keyAt[t]);
    const record = cache.recordAt(lineAt(summary.paths, pathAt[t]), 'table', key, listing.config);
    const table = tableFromStored((record.facts.table as { declared: Parameters<typeof tableFromStored>[0][] }).declared[i]);
    catalog.setFingerprint(table, i === 0 ? key : `${key}:${i}`);
    return table;
  };
  const declared = new Set<string>();
  const add = (name: string, t: number, i: number) => {
    if (declared.has(name)) return;
    declared.add(name);
    catalog.addPending(new SummaryTable(name, t, i, make));
  };
  const paths = new Lines(summary.paths);
  const keys = new Lines(summary.keys);
  const names = new Lines(summary.names);
  for (let t = 0; t < summary.tables; t++) {
    pathAt[t] = paths.position;
    paths.skip();
    keyAt[t] = keys.position;
    keys.skip();
    const line = names.next() as string;
    if (line.includes('\t')) line.split('\t').forEach((name, i) => add(name, t, i));
    else if (line !== '') add(line, t, 0);
  }
  return catalog;
}

/** Declared table `i` of a table file the summary names, made on first use. */
class SummaryTable extends PendingTable {
  /** `t`: the table file's position among the summary's table files. */
  constructor(name: string, private readonly t: number, private readonly i: number, private readonly maker: (t: number, i: number) => TableInfo) {
    super(name);
  }

  protected make(): TableInfo {
    return this.maker(this.t, this.i);
  }
}
