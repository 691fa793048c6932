import type { Diagnostic } from '../diagnostic';
import { StrataError } from '../errors';
import { buildGraph, JobIO, ProjectGraph } from '../analysis/graph';
import { ColumnEdge, ColumnGraph } from '../analysis/graph-columns';
import { analyzeScript, ScriptAnalysis, ScriptLineage } from '../analysis';
import type { Catalog } from '../catalog';
import type { CatalogDeps } from '../cache/catalog-deps';
import { findProjectRoot, loadProject, Project, SqlFile } from '../project';
import { parse } from '../sql';
import { LineIndex } from '../text/line-index';
import { cycleDiagnostics } from './cycles';
import { toDiagnostic, type WorkspaceFile } from './diagnostics';
import { fileFacts, type FileFacts } from './file-facts';
import { jobLocalNames } from './job-locals';
import { withDependsOn } from './project-checks';
import { buildCatalog } from './table-files';

export { toDiagnostic, type WorkspaceFile };
export { editJob, editTable, removeFile, updateJob, updateTable, type WorkspaceChange } from './workspace-edits';

/** Everything the tasks need about a project, computed once: parsed files, catalog, job I/O, DAG. */
export interface Workspace {
  project: Project;
  files: WorkspaceFile[];
  /** What each file says on its own (syntax errors, declared tables, overwrites, ...), by file path. */
  facts: Map<string, FileFacts>;
  catalog: Catalog;
  /** What each job reads and writes, by job file path. */
  jobs: Map<string, JobIO>;
  /** Each job's lineage and semantic diagnostics, from one analysis pass, by file path. */
  analysis: Map<string, ScriptAnalysis>;
  /** Each job's semantic diagnostics (unknown tables and columns, insert shape), by file path. */
  semantic: Map<string, Diagnostic[]>;
  graph: ProjectGraph;
  /** Column-level lineage across every job. */
  columns: ColumnGraph;
  /** Problems found while loading and building: loader, syntax, table files without one CREATE TABLE, cycles. */
  diagnostics: Diagnostic[];
  /**
   * The catalog questions each job's analysis asked, by job path, when the catalog records them
   * (the cache's): a table edit re-analyses the jobs whose answers changed.
   */
  jobDeps?: Map<string, CatalogDeps>;
}

export interface WorkspaceOptions {
  /** Project folder; default: the nearest ancestor of `cwd` holding strata.yaml. */
  project?: string;
  cwd: string;
  vars?: Record<string, string>;
}

/** What the workspace keeps of one job's analysis (all of it plain data, so it can be cached). */
export interface JobResult {
  io: JobIO;
  semantic: Diagnostic[];
  /** The job's column edges, or where to get them: the column graph is built on first use. */
  edges: ColumnEdge[] | (() => ColumnEdge[]);
}

/** Analyses one job for {@link assembleWorkspace}; `analysis` is where its full analysis goes. */
export type JobAnalyzer = (ws: Workspace, wf: WorkspaceFile, analysis: Map<string, ScriptAnalysis>) => JobResult;

/** Options of {@link assembleWorkspace}. */
export interface AssembleOptions {
  /** The catalog to fill (the cache passes one that records lookups). */
  catalog?: Catalog;
  /** `ws.analysis` as given (the cache's analyses jobs on demand); default: filled by indexing the jobs. */
  analysis?: Map<string, ScriptAnalysis>;
}

/** A parsed (or, from the cache, lazily parsed) file with its facts. */
export interface WorkspaceSource {
  wf: WorkspaceFile;
  facts: FileFacts;
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
  const sources = project.files.map((file) => {
    const wf = parseFile(file);
    return { wf, facts: fileFacts(wf) };
  });
  return assembleWorkspace(project, sources, (ws, wf, analysis) => analyzeJob({ catalog: ws.catalog, analysis }, wf));
}

/**
 * Builds the workspace from each file's parse and facts: the catalog from the table files' facts
 * now; each job's result from `analyze` (which may answer from a cache), the DAG and its cycles,
 * and the column graph on first use of `jobs`, `semantic`, `graph`, `diagnostics` or `columns` —
 * linting a few files with parser-only rules never pays for the 6,000 other jobs.
 */
export function assembleWorkspace(project: Project, sources: WorkspaceSource[], analyze: JobAnalyzer, options: AssembleOptions = {}): Workspace {
  const found: Diagnostic[] = [...project.diagnostics, ...sources.flatMap((s) => s.facts.syntax)];
  const ws = {
    project,
    files: sources.map((s) => s.wf),
    facts: new Map(sources.map((s) => [s.facts.path, s.facts])),
    catalog: buildCatalog(sources, found, options.catalog),
  } as Partial<Workspace> as Workspace;
  const analysis = options.analysis ?? new Map<string, ScriptAnalysis>();
  const edges = new Map<string, JobResult['edges']>();
  const jobs = once(() => {
    ws.jobs = new Map();
    ws.semantic = new Map();
    for (const wf of ws.files) {
      if (wf.file.kind !== 'job') continue;
      const result = analyze(ws, wf, analysis);
      ws.jobs.set(wf.file.path, result.io);
      ws.semantic.set(wf.file.path, result.semantic);
      edges.set(wf.file.path, result.edges);
    }
  });
  const graph = once(() => {
    jobs();
    ws.graph = projectGraph(ws);
    ws.diagnostics = [...found, ...cycleDiagnostics(ws.graph, ws.files, ws.catalog)];
  });
  // A given analysis map answers by itself (the cache's computes on demand); the default one is filled by indexing.
  if (options.analysis) ws.analysis = options.analysis;
  else lazy(ws, 'analysis', () => {
    jobs();
    ws.analysis = analysis;
  });
  lazy(ws, 'jobs', jobs);
  lazy(ws, 'semantic', jobs);
  lazy(ws, 'graph', graph);
  lazy(ws, 'diagnostics', graph);
  lazy(ws, 'columns', () => {
    jobs();
    const columns = new ColumnGraph();
    for (const [file, e] of edges) columns.setFileEdges(file, typeof e === 'function' ? e() : e);
    ws.columns = columns;
  });
  return ws;
}

/** `fn`, run on the first call only. */
function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/**
 * Makes `ws[key]` run `fill` on first read; `fill` assigns the value (replacing the getter with a
 * plain property), as does any assignment.
 */
function lazy<K extends keyof Workspace>(ws: Workspace, key: K, fill: () => void): void {
  Object.defineProperty(ws, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      fill();
      return ws[key];
    },
    set: (value: Workspace[K]) => {
      Object.defineProperty(ws, key, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

/** Analyses a job against the workspace catalog (and keeps the full analysis in `ws.analysis`). */
export function analyzeJob(ws: Pick<Workspace, 'catalog' | 'analysis'>, wf: WorkspaceFile): JobResult {
  return jobResult(ws, wf, analyzeScript(wf.script, { catalog: ws.catalog }));
}

/** A job's result from its analysis (kept in `ws.analysis`). */
export function jobResult(ws: Pick<Workspace, 'catalog' | 'analysis'>, wf: WorkspaceFile, analysis: ScriptAnalysis): JobResult {
  ws.analysis.set(wf.file.path, analysis);
  return {
    io: jobIO(wf, analysis.lineage, ws.catalog),
    semantic: analysis.diagnostics.map((d) => toDiagnostic(wf.file.path, wf.lines, d.start, d.end, d.code, d.message, d.severity)),
    edges: columnEdges(wf, analysis.lineage, ws.catalog),
  };
}

/** The job/table DAG of the workspace's files and job I/O. */
export function projectGraph(ws: Workspace): ProjectGraph {
  const tables = ws.files.filter((f) => f.file.kind === 'table');
  const jobs = withDependsOn(ws.files, ws.catalog, [...ws.jobs.values()]);
  const name = (wf: WorkspaceFile) => ws.facts.get(wf.file.path)?.table?.graphName ?? wf.file.name;
  return buildGraph(tables.map((f) => ({ name: name(f), file: f.file.path, layer: f.file.layer })), jobs);
}

/** A project file parsed, with its line index. */
export function parseFile(file: SqlFile): WorkspaceFile {
  return { file, script: parse(file.text, file.dialect), lines: new LineIndex(file.text) };
}

/**
 * Names as the project graph knows them: catalog tables by their declared name, connector-backed
 * temporary tables by what they stand for (`kafka.<topic>`); `undefined` for job-local objects.
 */
export function projectNamer(wf: WorkspaceFile, catalog: Catalog): (table: string) => string | undefined {
  const locals = jobLocalNames(wf.script);
  return (table) => (locals.has(table) ? locals.get(table) : catalog.get(table)?.name ?? table);
}

/** A column of the job's lineage (`t.col`) as the column graph names it (see `columnEdges`). */
export function columnNamer(wf: WorkspaceFile, catalog: Catalog): (column: string) => string {
  const name = projectNamer(wf, catalog);
  return (column) => {
    const dot = column.lastIndexOf('.');
    const table = column.slice(0, dot);
    return `${name(table) ?? `${table}@${wf.file.name}`}.${column.slice(dot + 1)}`;
  };
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
  const canonical = columnNamer(wf, catalog);
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
