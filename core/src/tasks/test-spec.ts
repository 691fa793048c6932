import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { tableFromCreate, type TableInfo } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import { parseTestFile } from '../project';
import type { TestSpec } from '../project/model';
import type { Statement } from '../sql/ast';
import { closest } from '../text/closest';
import { LineIndex, type Position } from '../text/line-index';
import type { WorkspaceFile } from './diagnostics';
import { checkRowValues, type SpecRow } from './test-rows';
import type { Workspace } from './workspace';

/** The rows a test gives or expects for one table, each value with where the file writes it. */
export interface SpecTable {
  table: TableInfo;
  rows: SpecRow[];
}

/** A test file checked against the project: every table, column and value is known to fit. */
export interface UnitTest {
  /** Project-relative path of the test file. */
  file: string;
  job: WorkspaceFile;
  description?: string;
  date?: string;
  vars: Record<string, string>;
  ordered: boolean;
  /** Catalog tables the job reads or writes (created empty before the test). */
  tables: TableInfo[];
  /** The job's own Flink temporary tables over connectors (`live_enter_log`), by lower-case name. */
  temporary: Map<string, TableInfo>;
  given: SpecTable[];
  expect: SpecTable[];
}

/** A test file read: the test, or why it cannot run (each problem with file:line:col). */
export type LoadedTest = { file: string; job?: string; test: UnitTest; problems?: undefined } | { file: string; job?: string; test?: undefined; problems: Diagnostic[] };

/**
 * Reads a test file and checks it against the workspace: a known job, tables the job reads or
 * writes (`given`) and writes (`expect`), known columns, values that fit their column types, and
 * expected rows that name every column (NULL is written `null`, never left out).
 */
export function loadUnitTest(ws: Workspace, file: string, text: string): LoadedTest {
  const parsed = parseTestFile(text, file);
  // A YAML syntax error confuses the parser about what follows: the first one is the one to fix.
  if (!parsed.data) return { file, problems: parsed.diagnostics.some((d) => d.message.startsWith('invalid YAML')) ? [firstOf(parsed.diagnostics)] : parsed.diagnostics };
  const spec = parsed.data;
  const root = parsed.doc.contents as YAMLMap;
  const at = new Locator(file, text);
  const job = ws.files.find((wf) => wf.file.kind === 'job' && wf.file.name === spec.job);
  if (!job) {
    const names = ws.files.filter((wf) => wf.file.kind === 'job').map((wf) => wf.file.name);
    const guess = closest(spec.job, names);
    const next = guess ? `did you mean '${guess}'?` : 'name a job by its file name under jobs/ (without .sql)';
    return { file, job: spec.job, problems: [at.problem(pairOf(root, 'job')?.value, `job: '${spec.job}' is not a job of this project; ${next}`)] };
  }
  const touched = jobTables(ws, job);
  const problems: Diagnostic[] = [];
  const section = (key: 'given' | 'expect') => readSection(key, pairOf(root, key)?.value, spec, touched, at, problems);
  const given = section('given');
  const expect = section('expect');
  if (problems.length > 0) return { file, job: spec.job, problems };
  const test: UnitTest = {
    file,
    job,
    description: spec.description,
    date: spec.date,
    vars: Object.fromEntries(Object.entries(spec.vars ?? {}).map(([k, v]) => [k, String(v)])),
    ordered: spec.ordered ?? false,
    tables: touched.catalog,
    temporary: touched.temporary,
    given,
    expect,
  };
  return { file, job: spec.job, test };
}

/** What a job touches: catalog tables it reads or writes and its own connector tables. */
export interface JobTables {
  catalog: TableInfo[];
  temporary: Map<string, TableInfo>;
  /** Names (lower-case) of the tables it writes, catalog and temporary. */
  writes: Set<string>;
}

/** The tables a job reads or writes, as a test names them. */
export function jobTables(ws: Workspace, job: WorkspaceFile): JobTables {
  const io = ws.jobs.get(job.file.path);
  const temporary = new Map<string, TableInfo>();
  for (const s of job.script.statements) {
    if (s.kind === 'CreateTable' && s.temporary) {
      const table = tableFromCreate(s, job.file.path, job.file.dialect);
      temporary.set(table.name, table);
    }
  }
  const catalog = [...new Set([...(io?.reads ?? []), ...(io?.writes ?? [])])]
    .map((name) => ws.catalog.get(name))
    .filter((t): t is TableInfo => t !== undefined && !t.temporary)
    .sort((a, b) => a.name.localeCompare(b.name));
  const writes = new Set(catalog.filter((t) => io?.writes.some((name) => ws.catalog.get(name) === t)).map((t) => t.name));
  // A temporary table stands for its topic in the job's I/O; the test names it as the job declares it.
  for (const stmt of writtenTemporary(job, temporary)) writes.add(stmt);
  return { catalog, temporary, writes };
}

/** Temporary tables an INSERT of the job targets (inside a Flink statement set too). */
function writtenTemporary(job: WorkspaceFile, temporary: Map<string, TableInfo>): string[] {
  const names: string[] = [];
  const visit = (s: Statement): void => {
    if (s.kind === 'StatementSet') s.statements.forEach(visit);
    const targets = s.kind === 'Insert' ? [s.table] : s.kind === 'MultiInsert' ? s.inserts.flatMap((i) => (i.kind === 'Insert' ? [i.table] : [])) : [];
    for (const t of targets) {
      const name = t.parts.map((p) => p.name.toLowerCase()).join('.');
      if (temporary.has(name)) names.push(name);
    }
  };
  job.script.statements.forEach(visit);
  return names;
}

function readSection(key: 'given' | 'expect', node: unknown, spec: TestSpec, touched: JobTables, at: Locator, problems: Diagnostic[]): SpecTable[] {
  if (!isMap(node)) return [];
  const tables: SpecTable[] = [];
  for (const pair of node.items) {
    const name = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const table = resolveTable(key, name, spec.job, touched);
    if (typeof table === 'string') {
      problems.push(at.problem(pair.key, `${key}: ${table}`));
      continue;
    }
    const rows = isSeq(pair.value) ? pair.value.items : [];
    const checked = rows.map((row, i) => checkRowValues(`${key}.${name}[${i}]`, row as YamlNode, table, key === 'expect', at));
    problems.push(...checked.flatMap((r) => r.problems));
    tables.push({ table, rows: checked.map((r) => r.row) });
  }
  return tables;
}

/** The table a `given`/`expect` key names, or why it cannot be used. */
function resolveTable(key: 'given' | 'expect', written: string, job: string, touched: JobTables): TableInfo | string {
  const name = written.toLowerCase();
  const table = touched.temporary.get(name) ?? touched.catalog.find((t) => t.name === name || t.name.endsWith(`.${name}`));
  const usable = key === 'given' ? [...touched.catalog.map((t) => t.name), ...touched.temporary.keys()] : [...touched.writes];
  if (table && (key === 'given' || touched.writes.has(table.name))) return table;
  const list = usable.length > 0 ? usable.join(', ') : 'nothing';
  if (table) return `job '${job}' does not write '${written}'; it writes ${list}`;
  const guess = closest(name, usable);
  const what = key === 'given' ? 'reads or writes' : 'writes';
  return `'${written}' is not a table job '${job}' ${what}${guess ? `; did you mean '${guess}'?` : `; it ${what} ${list}`}`;
}

function firstOf(diagnostics: Diagnostic[]): Diagnostic {
  return [...diagnostics].sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character)[0];
}

function pairOf(map: YAMLMap | null | undefined, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
}

/** Turns YAML node ranges into diagnostics of one test file. */
export class Locator {
  private readonly lines: LineIndex;

  constructor(readonly file: string, text: string) {
    this.lines = new LineIndex(text);
  }

  /** Where a node starts (the file's start when there is no node). */
  position(node: unknown): Position {
    const range = (node as YamlNode | undefined)?.range;
    return this.lines.position(range ? range[0] : 0);
  }

  problem(node: unknown, message: string): Diagnostic {
    const range = (node as YamlNode | undefined)?.range;
    const start = this.lines.position(range ? range[0] : 0);
    const end = this.lines.position(range ? range[1] : 0);
    return { file: this.file, start, end, severity: 'error', code: 'test-file', message };
  }
}
