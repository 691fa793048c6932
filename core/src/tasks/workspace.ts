import type { Diagnostic } from '../diagnostic';
import { StrataError } from '../errors';
import { buildGraph, JobIO, ProjectGraph } from '../analysis/graph';
import { ColumnEdge, ColumnGraph } from '../analysis/graph-columns';
import { analyzeScript, ScriptAnalysis, ScriptLineage } from '../analysis';
import type { Catalog, TableInfo } from '../catalog';
import { findProjectRoot, loadProject, Project, SqlFile } from '../project';
import { parse } from '../sql';
import { LineIndex } from '../text/line-index';
import { cycleDiagnostics } from './cycles';
import { toDiagnostic, type WorkspaceFile } from './diagnostics';
import { jobLocalNames } from './job-locals';
import { withDependsOn } from './project-checks';
import { buildCatalog } from './table-files';

export { toDiagnostic, type WorkspaceFile };

/** Everything the tasks need about a project, computed once: parsed files, catalog, job I/O, DAG. */
export interface Workspace {
  project: Project;
  files: WorkspaceFile[];
  catalog: Catalog;
  /** What each job reads and writes, by job file path. */
  jobs: Map<string, JobIO>;
  /** Each job's lineage and semantic diagnostics, from one analysis pass, by file path. */
  analysis: Map<string, ScriptAnalysis>;
  graph: ProjectGraph;
  /** Column-level lineage across every job. */
  columns: ColumnGraph;
  /** Problems found while loading and building: loader, syntax, table files without one CREATE TABLE, cycles. */
  diagnostics: Diagnostic[];
}

export interface WorkspaceOptions {
  /** Project folder; default: the nearest ancestor of `cwd` holding strata.yaml. */
  project?: string;
  cwd: string;
  vars?: Record<string, string>;
}

/** Resolves the project folder or explains how to point at one. */
export function resolveProjectRoot(options: WorkspaceOptions): string {
  const root = options.project ?? findProjectRoot(options.cwd);
  if (root === undefined) {
    throw new StrataError('usage', `no strata.yaml found in '${options.cwd}' or any parent folder; run inside a project, pass --project DIR, or use --file for standalone SQL`);
  }
  return root;
}

/** Loads, parses and indexes a project. */
export async function loadWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  return workspaceOf(await loadProject(resolveProjectRoot(options), { vars: options.vars }));
}

/** Parses and indexes an already loaded project (for callers that look at the files first). */
export function workspaceOf(project: Project): Workspace {
  const diagnostics: Diagnostic[] = [...project.diagnostics];
  const files = project.files.map((file) => parseFile(file, diagnostics));
  const catalog = buildCatalog(files, diagnostics);
  const ws: Workspace = { project, files, catalog, jobs: new Map(), analysis: new Map(), graph: buildGraph([], []), columns: new ColumnGraph(), diagnostics };
  for (const wf of files) if (wf.file.kind === 'job') indexJob(ws, wf);
  ws.graph = projectGraph(ws);
  diagnostics.push(...cycleDiagnostics(ws.graph, files, catalog));
  return ws;
}

/**
 * Re-analyses one edited job (the language server calls this per edit): only that job's lineage,
 * column edges and I/O are recomputed; the DAG is rebuilt from the per-job I/O, which is cheap.
 */
export function updateJob(ws: Workspace, file: SqlFile): WorkspaceFile {
  const wf = parseFile(file, []);
  const at = ws.files.findIndex((f) => f.file.path === file.path);
  const before = at >= 0 ? ws.files[at] : undefined;
  const io = ws.jobs.get(file.path);
  if (at >= 0) ws.files[at] = wf;
  else ws.files.push(wf);
  indexJob(ws, wf);
  // Most edits keep what the job reads and writes; rebuilding the DAG of a large project is not free.
  if (!before || !sameEdges(io, ws.jobs.get(file.path), before, wf)) ws.graph = projectGraph(ws);
  return wf;
}

/** The job's place in the DAG is unchanged: same reads, writes, type and `depends_on`. */
function sameEdges(a: JobIO | undefined, b: JobIO | undefined, fileA: WorkspaceFile, fileB: WorkspaceFile): boolean {
  const key = (io: JobIO | undefined, wf: WorkspaceFile) => JSON.stringify([io?.reads, io?.writes, io?.type, wf.file.frontMatter?.data.depends_on]);
  return key(a, fileA) === key(b, fileB);
}

/**
 * Re-indexes one edited table file: the catalog is rebuilt from the already parsed files (only
 * this one is parsed again), and only the jobs that use a table whose declaration changed are
 * re-analysed: the edited table under its old and new name, and tables declared `LIKE` it. A job
 * matches by qualified or bare name (it may name a table it could not resolve before). The others
 * keep their analysis.
 */
export function updateTable(ws: Workspace, file: SqlFile): WorkspaceFile {
  const wf = parseFile(file, []);
  const at = ws.files.findIndex((f) => f.file.path === file.path);
  const edited = [tableName(wf), ...(at >= 0 ? [tableName(ws.files[at])] : [])];
  if (at >= 0) ws.files[at] = wf;
  else ws.files.push(wf);
  const before = ws.catalog;
  ws.catalog = buildCatalog(ws.files, []);
  const changed = new Set([...edited, ...changedLikes(ws.files, before, ws.catalog)].flatMap((n) => [n, n.slice(n.lastIndexOf('.') + 1)]));
  let graphChanged = edited[0] !== edited[1];
  for (const job of ws.files) {
    const io = ws.jobs.get(job.file.path);
    if (!io || ![...io.reads, ...io.writes].some((t) => changed.has(t))) continue;
    indexJob(ws, job);
    graphChanged ||= !sameEdges(io, ws.jobs.get(job.file.path), job, job);
  }
  if (graphChanged) ws.graph = projectGraph(ws);
  return wf;
}

/** Tables declared `LIKE` another whose merged declaration differs between two catalogs. */
function changedLikes(files: WorkspaceFile[], before: Catalog, after: Catalog): string[] {
  const shape = (t: TableInfo | undefined) => (t ? JSON.stringify([t.columns, t.open, t.options]) : '');
  const likes = files.filter((f) => f.file.kind === 'table' && f.script.statements.some((s) => s.kind === 'CreateTable' && s.like)).map(tableName);
  return likes.filter((n) => shape(before.get(n)) !== shape(after.get(n)));
}

function indexJob(ws: Workspace, wf: WorkspaceFile): void {
  const analysis = analyzeScript(wf.script, { catalog: ws.catalog });
  ws.analysis.set(wf.file.path, analysis);
  ws.jobs.set(wf.file.path, jobIO(wf, analysis.lineage, ws.catalog));
  ws.columns.setFileEdges(wf.file.path, columnEdges(wf, analysis.lineage, ws.catalog));
}

function projectGraph(ws: Workspace): ProjectGraph {
  const tables = ws.files.filter((f) => f.file.kind === 'table');
  const jobs = withDependsOn(ws.files, ws.catalog, [...ws.jobs.values()]);
  return buildGraph(tables.map((f) => ({ name: tableName(f), file: f.file.path, layer: f.file.layer })), jobs);
}

function parseFile(file: SqlFile, diagnostics: Diagnostic[]): WorkspaceFile {
  const script = parse(file.text, file.dialect);
  const lines = new LineIndex(file.text);
  for (const e of script.errors) {
    diagnostics.push(toDiagnostic(file.path, lines, e.start, e.end, 'syntax', e.message));
  }
  return { file, script, lines };
}

function tableName(wf: WorkspaceFile): string {
  // A view in a table file is reported, but still declares its name (as the catalog has it).
  const create = wf.script.statements.find((s) => s.kind === 'CreateTable') ?? wf.script.statements.find((s) => s.kind === 'CreateView');
  return create ? create.name.parts.map((p) => p.name.toLowerCase()).join('.') : wf.file.name;
}

/**
 * Names as the project graph knows them: catalog tables by their declared name, connector-backed
 * temporary tables by what they stand for (`kafka.<topic>`); `undefined` for job-local objects.
 */
function projectNamer(wf: WorkspaceFile, catalog: Catalog): (table: string) => string | undefined {
  const locals = jobLocalNames(wf.script);
  return (table) => (locals.has(table) ? locals.get(table) : catalog.get(table)?.name ?? table);
}

/** What a job reads and writes, as project names (job-local temporary objects and CTEs left out). */
function jobIO(wf: WorkspaceFile, result: ScriptLineage, catalog: Catalog): JobIO {
  const name = projectNamer(wf, catalog);
  const project = (tables: string[]) => tables.map(name).filter((t): t is string => t !== undefined);
  return {
    name: wf.file.name,
    file: wf.file.path,
    type: String(wf.file.frontMatter?.data.type ?? 'batch'),
    reads: project(result.reads),
    writes: project(result.writes),
  };
}

/**
 * A job's edges with project names. Job-local objects (temporary views) are named
 * `<view>@<job>` so walks pass through them without two jobs' views of one name merging;
 * unresolved (`?.col`) sources stay out of the graph.
 */
function columnEdges(wf: WorkspaceFile, result: ScriptLineage, catalog: Catalog): ColumnEdge[] {
  const name = projectNamer(wf, catalog);
  const canonical = (column: string) => {
    const dot = column.lastIndexOf('.');
    const table = column.slice(0, dot);
    return `${name(table) ?? `${table}@${wf.file.name}`}.${column.slice(dot + 1)}`;
  };
  return result.edges
    .filter((e) => !e.source.startsWith('?.'))
    .map((e) => ({
      source: canonical(e.source),
      target: canonical(e.target),
      kind: e.kind,
      job: wf.file.name,
      file: wf.file.path,
      line: wf.lines.position(e.start).line,
    }));
}
