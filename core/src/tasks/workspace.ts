import type { Diagnostic } from '../diagnostic';
import { StrataError } from '../errors';
import { buildGraph, JobIO, ProjectGraph } from '../analysis/graph';
import { ColumnEdge, ColumnGraph } from '../analysis/graph-columns';
import { analyzeScript, ScriptAnalysis, ScriptLineage } from '../analysis';
import { Catalog, tableFromCreate } from '../catalog';
import { findProjectRoot, loadProject, Project, SqlFile } from '../project';
import { parse, Script } from '../sql';
import { LineIndex } from '../text/line-index';
import { jobLocalNames } from './job-locals';

/** A parsed project file with what analysis found in it. */
export interface WorkspaceFile {
  file: SqlFile;
  script: Script;
  lines: LineIndex;
}

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
  /** Problems found while loading and building: syntax, table files without one CREATE TABLE, cycles. */
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
  const project = await loadProject(resolveProjectRoot(options), { vars: options.vars });
  const diagnostics: Diagnostic[] = [...project.diagnostics];
  const files = project.files.map((file) => parseFile(file, diagnostics));
  const catalog = buildCatalog(files, diagnostics);
  const ws: Workspace = { project, files, catalog, jobs: new Map(), analysis: new Map(), graph: buildGraph([], []), columns: new ColumnGraph(), diagnostics };
  for (const wf of files) if (wf.file.kind === 'job') indexJob(ws, wf);
  ws.graph = projectGraph(ws);
  diagnostics.push(...cycleDiagnostics(ws.graph, files));
  return ws;
}

/**
 * Re-analyses one edited job (the language server calls this per edit): only that job's lineage,
 * column edges and I/O are recomputed; the DAG is rebuilt from the per-job I/O, which is cheap.
 */
export function updateJob(ws: Workspace, file: SqlFile): WorkspaceFile {
  const wf = parseFile(file, []);
  const at = ws.files.findIndex((f) => f.file.path === file.path);
  if (at >= 0) ws.files[at] = wf;
  else ws.files.push(wf);
  indexJob(ws, wf);
  ws.graph = projectGraph(ws);
  return wf;
}

function indexJob(ws: Workspace, wf: WorkspaceFile): void {
  const analysis = analyzeScript(wf.script, { catalog: ws.catalog });
  ws.analysis.set(wf.file.path, analysis);
  ws.jobs.set(wf.file.path, jobIO(wf, analysis.lineage, ws.catalog));
  ws.columns.setFileEdges(wf.file.path, columnEdges(wf, analysis.lineage, ws.catalog));
}

function projectGraph(ws: Workspace): ProjectGraph {
  const tables = ws.files.filter((f) => f.file.kind === 'table');
  return buildGraph(tables.map((f) => ({ name: tableName(f), file: f.file.path, layer: f.file.layer })), [...ws.jobs.values()]);
}

function parseFile(file: SqlFile, diagnostics: Diagnostic[]): WorkspaceFile {
  const script = parse(file.text, file.dialect);
  const lines = new LineIndex(file.text);
  for (const e of script.errors) {
    diagnostics.push(toDiagnostic(file.path, lines, e.start, e.end, 'syntax', e.message));
  }
  return { file, script, lines };
}

/** Table files declare exactly one CREATE TABLE; its name is the table's name. */
function buildCatalog(files: WorkspaceFile[], diagnostics: Diagnostic[]): Catalog {
  const catalog = new Catalog();
  for (const wf of files) {
    if (wf.file.kind !== 'table') continue;
    const creates = wf.script.statements.filter((s) => s.kind === 'CreateTable');
    const bodyStart = wf.file.frontMatter?.end ?? 0;
    if (creates.length !== 1 || wf.script.statements.length !== 1) {
      const at = creates[1] ?? wf.script.statements.find((s) => s.kind !== 'CreateTable') ?? { start: bodyStart, end: bodyStart };
      const found = wf.script.statements.length === 0 ? 'no statement' : `${wf.script.statements.length} statements`;
      diagnostics.push(toDiagnostic(wf.file.path, wf.lines, at.start, at.end, 'table-file', `a table file holds exactly one CREATE TABLE, found ${found}; move other statements to jobs/`));
    }
    for (const create of creates) catalog.add(tableFromCreate(create, wf.file.path));
  }
  return catalog;
}

function tableName(wf: WorkspaceFile): string {
  const create = wf.script.statements.find((s) => s.kind === 'CreateTable');
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

function cycleDiagnostics(graph: ProjectGraph, files: WorkspaceFile[]): Diagnostic[] {
  const byPath = new Map(files.map((f) => [f.file.path, f]));
  return graph.cycles.map((cycle) => {
    const job = graph.nodes.find((n) => n.id === cycle.find((id) => id.startsWith('job:')));
    const wf = job?.file ? byPath.get(job.file) : undefined;
    const path = cycle.map((id) => id.replace(/^(table|job):/, '')).join(' -> ');
    const message = `dependency cycle: ${path}; a job must not read a table that it (or a job downstream of it) writes`;
    return wf
      ? toDiagnostic(wf.file.path, wf.lines, 0, 0, 'cycle', message)
      : { file: 'strata.yaml', start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, severity: 'error' as const, code: 'cycle', message };
  });
}

/** Offsets to a diagnostic. */
export function toDiagnostic(file: string, lines: LineIndex, start: number, end: number, code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { file, start: lines.position(start), end: lines.position(end), severity, code, message };
}

