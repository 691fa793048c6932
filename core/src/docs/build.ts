import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';
import type { DataCheckResult } from '../tasks/test-checks-run';
import { loadCachedWorkspace } from '../tasks/cached-workspace';
import { loadWorkspace, type Workspace, type WorkspaceOptions } from '../tasks/workspace';
import { columnLinks } from './column-links';
import { jobDoc } from './job-doc';
import type { DocProblem, JobDoc, TableDoc } from './model';
import { layerTables, overview, tableGraph, type JobSummary } from './overview';
import { problemsByFile } from './problems';
import { SearchIndexBuilder, searchData } from './search-index';
import { projectIndex } from './project-index';
import { selectTables } from './selector';
import { indexHtml, readAssets } from './site-assets';
import { SiteWriter } from './site-writer';
import { slug } from './slug';
import { tableDoc } from './table-doc';

export interface DocsBuildOptions extends WorkspaceOptions {
  /** Output folder; default `<project>/.strata/docs`. */
  out?: string;
  /** Only the tables this selector picks (and the jobs that touch them). */
  select?: string;
  /** A `strata test --checks --json` output file: the checks' last results. */
  results?: string;
  /** Use the analysis cache under .strata/cache/ (default true), as `strata check` does. */
  cache?: boolean;
}

export interface DocsBuildResult {
  out: string;
  /** The page to open. */
  index: string;
  tables: number;
  jobs: number;
  columns: number;
  files: number;
  bytes: number;
  /** Files with errors, marked as broken in the site. */
  broken: number;
  durationMs: number;
}

/** `strata docs build`: the static catalog of the project (see README.md). */
export async function buildDocs(options: DocsBuildOptions): Promise<DocsBuildResult> {
  const started = Date.now();
  const ws = options.cache === false ? await loadWorkspace(options) : await loadCachedWorkspace(options);
  const results = readResults(options);
  const out = path.resolve(options.cwd, options.out ?? path.join(ws.project.root, '.strata', 'docs'));
  const assets = readAssets();
  const writer = new SiteWriter(out);
  writer.prepare();
  const pages = buildPages(ws, results, options.select);
  const { tables, problems } = pages;
  const search = new SearchIndexBuilder();
  for (const t of tables) {
    writer.data(`t/${t.slug}`, t);
    search.addTable(t);
  }
  // Job pages (their highlighted SQL is most of the site) go out one by one; the overview keeps what it counts.
  const jobs: JobSummary[] = [];
  for (const j of pages.jobs) {
    writer.data(`j/${j.slug}`, j);
    search.addJob(j);
    jobs.push({ name: j.name, reads: j.reads, writes: j.writes });
  }
  for (const [layer, list] of layerTables(tables)) writer.data(`l/${slug(layer)}`, list);
  const summary = overview(ws, tables, jobs, problems);
  writer.data('overview', summary);
  for (const [key, value] of searchData(await search.build())) writer.data(key, value);
  writer.data('graph', tableGraph(tables));
  for (const [name, content] of assets) writer.write(`assets/${name}`, content);
  writer.write('index.html', indexHtml(ws.project.config.name));
  writer.finish();
  return {
    out,
    index: path.join(out, 'index.html'),
    tables: tables.length,
    jobs: jobs.length,
    columns: summary.columns,
    files: writer.files,
    bytes: writer.bytes,
    broken: summary.broken.length,
    durationMs: Date.now() - started,
  };
}

/** The page data of a build. */
export interface DocsPages {
  tables: TableDoc[];
  /** Made one at a time as they are iterated: a job page holds its SQL, highlighted. */
  jobs: Iterable<JobDoc>;
  /** Errors by file, 1-based lines. */
  problems: Map<string, DocProblem[]>;
}

/** Every table and job page, limited to a selection when one is given. */
export function buildPages(ws: Workspace, results: DataCheckResult[], select?: string): DocsPages {
  const index = projectIndex(ws);
  const problems = problemsByFile(ws);
  const ctx = { index, catalog: ws.catalog, links: columnLinks(ws), problems, results: new Map(results.map((r) => [`${r.table}|${r.name}`, r])) };
  let tables: TableDoc[] = index.tables.map((node) => tableDoc(node, ctx));
  if (select !== undefined) {
    const picked = selectTables(tableGraph(tables), select);
    if ('error' in picked) throw new StrataError('usage', `--select ${select}: ${picked.error}`);
    if (picked.tables.length === 0) throw new StrataError('usage', `--select ${select}: selects no table; name a table, +table, table+, layer:NAME or owner:NAME`);
    tables = picked.tables.map((i) => tables[i]);
  }
  const kept = new Set(tables.map((t) => t.name));
  const jobNodes = index.jobs.filter((j) => select === undefined || [...(index.reads.get(j.name) ?? []), ...(index.writes.get(j.name) ?? [])].some((t) => kept.has(t)));
  const jobs = { *[Symbol.iterator]() {
    for (const node of jobNodes) yield jobDoc(node, index, ws.project.config.vars, problems);
  } };
  return { tables, jobs, problems };
}

/** The checks of a `strata test --checks --json` output (its envelope or the bare result). */
function readResults(options: DocsBuildOptions): DataCheckResult[] {
  if (options.results === undefined) return [];
  const file = path.resolve(options.cwd, options.results);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new StrataError('usage', `--results ${options.results}: cannot read it as JSON (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); pass the output of strata test --checks --json`);
  }
  const body = (parsed as { result?: unknown })?.result ?? parsed;
  const checks = (body as { checks?: unknown })?.checks;
  if (!Array.isArray(checks)) throw new StrataError('usage', `--results ${options.results}: holds no "checks" list; pass the output of strata test --checks --json`);
  return checks as DataCheckResult[];
}
