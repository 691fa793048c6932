import type { JobIO } from '../analysis/graph';
import { RecordingCatalog, type CatalogDeps } from '../cache/catalog-deps';
import type { Catalog, TableInfo } from '../catalog';
import type { SqlFile } from '../project';
import { patchCatalog } from './catalog-patch';
import { dependsOnNames, fileFacts } from './file-facts';
import { buildCatalog } from './table-files';
import { jobResult, parseFile, projectGraph, type JobResult, type Workspace, type WorkspaceFile } from './workspace';
import { StatementMemo } from '../analysis/statement-memo';
import { reparse, type ParsedScript } from '../sql/incremental-parse';
import { LineIndex } from '../text/line-index';

/**
 * What the edits of a workspace keep of each job they analysed: its last parse and its statements'
 * results, so the next edit re-parses and re-analyses only the statements it changed.
 */
interface JobMemo {
  parsed?: ParsedScript;
  statements: StatementMemo;
}

const memos = new WeakMap<Workspace, Map<string, JobMemo>>();

function memoOf(ws: Workspace, path: string): JobMemo {
  let byPath = memos.get(ws);
  if (!byPath) memos.set(ws, (byPath = new Map()));
  let memo = byPath.get(path);
  if (!memo) byPath.set(path, (memo = { statements: new StatementMemo() }));
  return memo;
}

/** What one change did to a workspace, so that an editor checks again only what it may have changed. */
export interface WorkspaceChange {
  /** The changed file as parsed now; absent when it was removed. */
  file?: WorkspaceFile;
  /**
   * The other files whose diagnostics may differ now, by path: the jobs re-analysed, table files
   * declaring a changed table, jobs naming a changed table or job in `depends_on`, and, when a job's
   * writes changed, the jobs reading what it wrote.
   */
  affected: string[];
}

/**
 * Re-analyses one edited (or new) job (the language server calls this per edit): only the
 * statements the edit changed are parsed and analysed again (and those after them that see what
 * it changed); the job's lineage, column edges and I/O are recomputed from them; the DAG is
 * rebuilt from the per-job I/O, which is cheap.
 */
export function updateJob(ws: Workspace, file: SqlFile): WorkspaceFile {
  return editJob(ws, file).file!;
}

/**
 * Re-indexes one edited (or new) table file: the catalog is patched for its tables, or rebuilt
 * from the files' facts when LIKE is involved (only this file is parsed again), and only the jobs
 * that use a table whose declaration changed are re-analysed — the edited table under its old and
 * new name, and tables declared `LIKE` another — matched by qualified or bare name (a job may name
 * a table it could not resolve before), or, when the catalog records questions, by the answers
 * their analysis got (a "did you mean" over names the edit changed). The others keep their analysis.
 */
export function updateTable(ws: Workspace, file: SqlFile): WorkspaceFile {
  return editTable(ws, file).file!;
}

/** {@link updateJob}, saying what else the edit may have changed. */
export function editJob(ws: Workspace, file: SqlFile): WorkspaceChange {
  const before = ws.jobs.get(file.path); // indexed before the edit (jobs are computed on first use)
  const old = ws.files.find((f) => f.file.path === file.path);
  const memo = memoOf(ws, file.path);
  memo.parsed = reparse(memo.parsed, file.text, file.dialect);
  const wf: WorkspaceFile = { file, script: memo.parsed.script, lines: new LineIndex(file.text) };
  place(ws, wf);
  ws.facts.set(file.path, fileFacts(wf));
  setJob(ws, file.path, analyse(ws, wf));
  // Most edits keep what the job reads and writes; rebuilding the DAG of a large project is not free.
  if (old && sameEdges(before, ws.jobs.get(file.path), old, wf)) return { file: wf, affected: [] };
  ws.graph = projectGraph(ws);
  return { file: wf, affected: neighbours(ws, file.path, file.name, [before, ws.jobs.get(file.path)]) };
}

/** {@link updateTable}, saying what else the edit may have changed. */
export function editTable(ws: Workspace, file: SqlFile): WorkspaceChange {
  const jobs = ws.jobs; // analysed against the old catalog before it changes
  const old = declaredIn(ws, file.path);
  const wf = parseFile(file);
  const added = place(ws, wf);
  ws.facts.set(file.path, fileFacts(wf));
  return { file: wf, affected: recatalog(ws, jobs, file.path, old, added) };
}

/**
 * Takes a deleted file out of the workspace: a table leaves the catalog (or gives way to the next
 * file declaring it) and the jobs using it are re-analysed; a job leaves the DAG and column graph.
 */
export function removeFile(ws: Workspace, path: string): WorkspaceChange {
  const at = ws.files.findIndex((f) => f.file.path === path);
  if (at < 0) return { affected: [] };
  const { file } = ws.files[at];
  const jobs = ws.jobs;
  const old = declaredIn(ws, path);
  ws.files.splice(at, 1);
  ws.facts.delete(path);
  if (file.kind === 'table') return { affected: recatalog(ws, jobs, path, old, true) };
  const before = jobs.get(path);
  ws.jobs.delete(path);
  ws.semantic.delete(path);
  ws.analysis.delete(path);
  ws.columns.removeFile(path);
  ws.jobDeps?.delete(path);
  memos.get(ws)?.delete(path);
  ws.graph = projectGraph(ws);
  return { affected: neighbours(ws, path, file.name, [before]) };
}

/**
 * Patches the catalog after the tables `path` declares changed from `old` (in `ws.facts` now) and
 * re-analyses the jobs that used them; says which files that may have changed.
 */
function recatalog(ws: Workspace, jobs: Map<string, JobIO>, path: string, old: string[], graphChanged: boolean): string[] {
  const now = declaredIn(ws, path);
  const before = ws.catalog;
  ws.catalog = patchCatalog(before, ws.files, ws.facts, path, [...old, ...now]) ?? rebuiltCatalog(ws, before);
  const likes = changedLikes(ws, before);
  const names = withBareNames([...old, ...now, ...likes]);
  const lengths = new Set([...names].map((n) => n.length));
  const affected: string[] = [];
  const renamed = graphChanged || old.join() !== now.join();
  let rebuild = renamed;
  // Runs over every file on each keystroke in a table: no allocation per file.
  for (const job of ws.files) {
    if (job.file.kind !== 'job') continue;
    const p = job.file.path;
    const io = jobs.get(p);
    if (!io || (!io.reads.some((t) => names.has(t)) && !io.writes.some((t) => names.has(t)) && !asksAbout(ws, p, names, lengths))) continue;
    setJob(ws, p, analyse(ws, job));
    affected.push(p);
    rebuild ||= !sameEdges(io, ws.jobs.get(p), job, job);
  }
  if (rebuild) ws.graph = projectGraph(ws);
  // Which file declares a name first changes only when names come or go; a LIKE table's contract follows its base.
  const declarers = renamed ? declaring(ws, names) : likes.length > 0 ? declaring(ws, withBareNames(likes)) : [];
  return unique([...affected, ...declarers, ...namingInDependsOn(ws, names)]).filter((p) => p !== path);
}

/** Table files declaring one of `names` (a duplicate declaration's diagnostics name the first file). */
function declaring(ws: Workspace, names: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [p, facts] of ws.facts) if (facts.table?.declared.some((t) => names.has(t.name))) found.push(p);
  return found;
}

/** A rebuild from every file's facts (LIKE in the project); it keeps recording questions when `before` did. */
function rebuiltCatalog(ws: Workspace, before: Catalog): Catalog {
  const sources = ws.files.map((f) => ({ wf: f, facts: ws.facts.get(f.file.path)! }));
  return buildCatalog(sources, [], before instanceof RecordingCatalog ? before.successor() : undefined);
}

/**
 * Whether job `path`'s analysis asked the catalog something about one of `names` (a bare-name
 * lookup, "did you mean" over names of that length, the list of every table) that gets another
 * answer now. Without recorded questions, only the job's reads and writes count.
 */
function asksAbout(ws: Workspace, path: string, names: ReadonlySet<string>, lengths: ReadonlySet<number>): boolean {
  const deps = ws.jobDeps?.get(path);
  if (!deps) return false;
  return mentions(deps, names, lengths) && !(ws.catalog instanceof RecordingCatalog && ws.catalog.answersAsBefore(deps));
}

function mentions(deps: CatalogDeps, names: ReadonlySet<string>, lengths: ReadonlySet<number>): boolean {
  if (deps.all !== undefined) return true;
  for (const n in deps.get) if (names.has(bareOf(n))) return true;
  for (const b in deps.bare) if (names.has(b)) return true;
  for (const l in deps.length) if (lengths.has(Number(l))) return true;
  return false;
}

/** Analyses a job's changed statements, keeping its catalog questions when the catalog records them. */
function analyse(ws: Workspace, wf: WorkspaceFile): JobResult {
  const path = wf.file.path;
  const { analysis, deps } = memoOf(ws, path).statements.analyze(wf.script, ws.catalog);
  if (deps) ws.jobDeps?.set(path, deps);
  else ws.jobDeps?.delete(path);
  return jobResult(ws, wf, analysis);
}

/**
 * Jobs near a job whose place in the DAG changed (`ios`: its I/O before and after): those reading
 * a table it writes (layering rules look at writers) and those naming it or those tables in `depends_on`.
 */
function neighbours(ws: Workspace, path: string, name: string, ios: (JobIO | undefined)[]): string[] {
  const written = new Set(ios.flatMap((io) => io?.writes ?? []));
  const readers = [...ws.jobs].filter(([p, io]) => p !== path && io.reads.some((t) => written.has(t))).map(([p]) => p);
  return unique([...readers, ...namingInDependsOn(ws, withBareNames([name, ...written]))]).filter((p) => p !== path);
}

/** Jobs whose `depends_on` names one of `names` (lower-case, with bare names). */
function namingInDependsOn(ws: Workspace, names: ReadonlySet<string>): string[] {
  return ws.files.filter((f) => f.file.kind === 'job' && dependsOnNames(f).some((n) => names.has(n.toLowerCase()))).map((f) => f.file.path);
}

/** Puts a parsed file in place of its old version, or a new one where a load from disk puts it (tables, then jobs, by path); true when new. */
function place(ws: Pick<Workspace, 'files'>, wf: WorkspaceFile): boolean {
  const files = ws.files;
  const at = files.findIndex((f) => f.file.path === wf.file.path);
  if (at >= 0) {
    files[at] = wf;
    return false;
  }
  const rank = (f: WorkspaceFile) => (f.file.kind === 'table' ? 0 : 1);
  const after = files.findIndex((f) => rank(f) > rank(wf) || (rank(f) === rank(wf) && f.file.path > wf.file.path));
  files.splice(after < 0 ? files.length : after, 0, wf);
  return true;
}

/** The job's place in the DAG is unchanged: same reads, writes, type and `depends_on`. */
function sameEdges(a: JobIO | undefined, b: JobIO | undefined, fileA: WorkspaceFile, fileB: WorkspaceFile): boolean {
  const key = (io: JobIO | undefined, wf: WorkspaceFile) => JSON.stringify([io?.reads, io?.writes, io?.type, wf.file.frontMatter?.data.depends_on]);
  return key(a, fileA) === key(b, fileB);
}

/** Tables declared `LIKE` another whose merged declaration differs from the one in `before`. */
function changedLikes(ws: Workspace, before: Catalog): string[] {
  const shape = (t: TableInfo | undefined) => (t ? JSON.stringify([t.columns, t.open, t.options]) : '');
  const likes = [...ws.facts.values()].filter((f) => f.table?.like).flatMap((f) => f.table!.declared.map((t) => t.name));
  return likes.filter((n) => shape(before.get(n)) !== shape(ws.catalog.get(n)));
}

function setJob(ws: Workspace, path: string, result: JobResult): void {
  ws.jobs.set(path, result.io);
  ws.semantic.set(path, result.semantic);
  ws.columns.setFileEdges(path, typeof result.edges === 'function' ? result.edges() : result.edges);
}

function declaredIn(ws: Workspace, path: string): string[] {
  return (ws.facts.get(path)?.table?.declared ?? []).map((t) => t.name);
}

/** Names with their bare names (`dwd.t` and `t`), lower-case. */
function withBareNames(names: string[]): Set<string> {
  return new Set(names.flatMap((n) => [n.toLowerCase(), bareOf(n.toLowerCase())]));
}

function bareOf(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

function unique(paths: string[]): string[] {
  return [...new Set(paths)];
}
