import { createTableProblems, hasSyntaxError } from '../analysis';
import { qualifiedName, tableFromCreate, type PendingTable, type TableInfo } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import type { Position } from '../text/line-index';
import { frontMatterRange } from '../project';
import type { CreateTable, Insert, Statement } from '../sql/ast';
import { closest } from '../text/closest';
import { toDiagnostic, type WorkspaceFile } from './diagnostics';
import { jobLocalNames } from './job-locals';
import { tableFileProblem } from './table-files';

/** A source range of a fact, as diagnostics give it. */
export interface FactRange {
  start: Position;
  end: Position;
}

/**
 * What the project-wide checks, the catalog and the DAG need to know about one file, computed from
 * its parse alone (no other file). Plain JSON data: the analysis cache stores it per file content,
 * so a warm run builds the catalog and checks the project without parsing unchanged files.
 */
export interface FileFacts {
  path: string;
  statements: number;
  /** Syntax errors, as diagnostics. */
  syntax: Diagnostic[];
  table?: TableFacts;
  job?: JobFacts;
}

export interface TableFacts {
  /** Tables and views the file declares, in order, before LIKE merging (`open` set when broken). */
  declared: TableInfo[];
  /**
   * The same tables not made yet, when the facts come from the cache: the catalog takes these by
   * name and makes a table only when a lookup returns it (`declared` makes them all). Never with LIKE.
   */
  readonly pending?: readonly PendingTable[];
  /** Some CREATE TABLE says `LIKE base`: the catalog merges it from the parsed statement. */
  like: boolean;
  /** The file does not hold exactly one CREATE TABLE. */
  problem?: Diagnostic;
  /** Names of the CREATE TABLE statements and where they stand, for duplicate declarations. */
  creates: ({ name: string } & FactRange)[];
  /** Data-quality checks and grain naming columns the table lacks. */
  columns: Diagnostic[];
  /** Contract problems of each CREATE TABLE; absent with LIKE (they depend on the base table). */
  contract?: Diagnostic[];
  /** The name the project graph knows the table by. */
  graphName: string;
}

export interface JobFacts {
  /** INSERT OVERWRITE and permanent CTAS targets (job-local scratch tables left out). */
  overwrites: ({ table: string; partition: string; ctas: boolean } & FactRange)[];
  /** `depends_on` names and where the front matter gives them. */
  dependsOn: ({ name: string } & FactRange)[];
}

/** The facts of a parsed project file. */
export function fileFacts(wf: WorkspaceFile): FileFacts {
  const { file, script, lines } = wf;
  const syntax = script.errors.map((e) => toDiagnostic(file.path, lines, e.start, e.end, 'syntax', e.message));
  const facts: FileFacts = { path: file.path, statements: script.statements.length, syntax };
  if (file.kind === 'table') facts.table = tableFacts(wf);
  else facts.job = jobFacts(wf);
  return facts;
}

function range(wf: WorkspaceFile, start: number, end: number): FactRange {
  return { start: wf.lines.position(start), end: wf.lines.position(end) };
}

function tableFacts(wf: WorkspaceFile): TableFacts {
  const declared: TableInfo[] = [];
  for (const s of wf.script.statements) {
    if (s.kind !== 'CreateTable' && s.kind !== 'CreateView') continue;
    const table = tableFromCreate(s, wf.file.path, wf.file.dialect);
    // A declaration with a syntax error may be missing columns: jobs reading it get no follow-up errors.
    // So may a view (reported as a table-file problem): one mistake, one error, not one per job using it.
    if (s.kind === 'CreateView' || hasSyntaxError(wf.script, s)) table.open = true;
    declared.push(table);
  }
  const creates = createTables(wf);
  const like = creates.some((c) => c.like !== undefined);
  const facts: TableFacts = {
    declared,
    like,
    creates: creates.map((c) => ({ name: qualifiedName(c.name), ...range(wf, c.name.start, c.name.end) })),
    columns: checkColumns(wf),
    graphName: graphName(wf),
  };
  const problem = tableFileProblem(wf);
  if (problem) facts.problem = problem;
  if (!like) facts.contract = contractProblems(wf, (s) => tableFromCreate(s, wf.file.path, wf.file.dialect));
  return facts;
}

/**
 * Each CREATE TABLE must hold together: watermark, primary key, computed columns. `tableOf` gives
 * the table as the catalog has it (LIKE merged).
 */
export function contractProblems(wf: WorkspaceFile, tableOf: (s: CreateTable) => TableInfo): Diagnostic[] {
  return wf.script.statements.flatMap((s) => {
    // A broken declaration's columns are partial: checking against them would cascade.
    if (s.kind !== 'CreateTable' || hasSyntaxError(wf.script, s)) return [];
    return createTableProblems(s, tableOf(s)).map((d) => toDiagnostic(wf.file.path, wf.lines, d.start, d.end, d.code, d.message, d.severity));
  });
}

function graphName(wf: WorkspaceFile): string {
  // A view in a table file is reported, but still declares its name (as the catalog has it).
  const create = wf.script.statements.find((s) => s.kind === 'CreateTable') ?? wf.script.statements.find((s) => s.kind === 'CreateView');
  return create ? create.name.parts.map((p) => p.name.toLowerCase()).join('.') : wf.file.name;
}

function jobFacts(wf: WorkspaceFile): JobFacts {
  const scratch = jobLocalNames(wf.script);
  const overwritten = overwrites(wf.script.statements).filter((o) => !scratch.has(qualifiedName(o.table)));
  const frontMatter = wf.file.frontMatter;
  return {
    overwrites: overwritten.map((o) => ({
      table: qualifiedName(o.table),
      partition: partitionKey(wf.file.text, o),
      ctas: o.ctas === true,
      ...range(wf, o.table.start, o.table.end),
    })),
    dependsOn: frontMatter
      ? dependsOnNames(wf).map((name, i) => {
        const at = frontMatterRange(wf.file.text, frontMatter, ['depends_on', String(i)]);
        return { name, ...range(wf, at.start, at.end) };
      })
      : [],
  };
}

/** A job's `depends_on` names (the schema has checked they are strings). */
export function dependsOnNames(wf: Pick<WorkspaceFile, 'file'>): string[] {
  const value = wf.file.kind === 'job' ? wf.file.frontMatter?.data.depends_on : undefined;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function createTables(wf: WorkspaceFile): CreateTable[] {
  return wf.script.statements.filter((s): s is CreateTable => s.kind === 'CreateTable');
}

/** Data-quality checks and a column-list grain naming columns the table does not have. */
function checkColumns(wf: WorkspaceFile): Diagnostic[] {
  const [create] = createTables(wf);
  const frontMatter = wf.file.frontMatter;
  if (!create || !frontMatter || hasSyntaxError(wf.script, create)) return [];
  const table = tableFromCreate(create, wf.file.path, wf.file.dialect);
  const columns = table.columns.map((c) => c.name);
  if (columns.length === 0) return [];
  const found: Diagnostic[] = [];
  for (const ref of columnRefs(frontMatter.data)) {
    if (columns.includes(ref.column.toLowerCase())) continue;
    const guess = closest(ref.column, columns);
    const next = guess ? `did you mean '${guess}'?` : `use one of: ${columns.join(', ')}`;
    const message = `${ref.label}: table ${table.name} has no column '${ref.column}'; ${next}`;
    const at = frontMatterRange(wf.file.text, frontMatter, ref.segments);
    found.push(toDiagnostic(wf.file.path, wf.lines, at.start, at.end, 'unknown-column', message));
  }
  return found;
}

interface ColumnRef {
  column: string;
  /** Key path of the column's YAML value. */
  segments: string[];
  /** `checks[0].unique`, for the message. */
  label: string;
}

/** Column names in front matter that the schema already accepted as strings. */
function columnRefs(data: Record<string, unknown>): ColumnRef[] {
  const refs: ColumnRef[] = [];
  const list = (value: unknown, segments: string[], label: string) => {
    if (!Array.isArray(value)) return;
    value.forEach((column, i) => {
      if (typeof column === 'string') refs.push({ column, segments: [...segments, String(i)], label });
    });
  };
  const checks = Array.isArray(data.checks) ? (data.checks as unknown[]) : [];
  checks.forEach((check, i) => {
    if (typeof check !== 'object' || check === null) return;
    const c = check as Record<string, unknown>;
    for (const kind of ['unique', 'not_null']) list(c[kind], ['checks', String(i), kind], `checks[${i}].${kind}`);
    for (const kind of ['accepted_values', 'freshness']) {
      const spec = c[kind] as Record<string, unknown> | undefined;
      if (typeof spec?.column === 'string') refs.push({ column: spec.column, segments: ['checks', String(i), kind, 'column'], label: `checks[${i}].${kind}` });
    }
  });
  list(data.grain, ['grain'], 'grain');
  return refs;
}

/** A statement replacing a table's (or a static partition's) rows. */
type Overwrite = Pick<Insert, 'table' | 'partition'> & { ctas?: boolean };

/** Every `INSERT OVERWRITE` (also the branches of a multi-insert and a statement set) and permanent CTAS. */
function overwrites(statements: Statement[]): Overwrite[] {
  return statements.flatMap((s): Overwrite[] => {
    if (s.kind === 'Insert') return s.overwrite ? [s] : [];
    if (s.kind === 'CreateTable') return s.asQuery && !s.temporary ? [{ table: s.name, partition: [], ctas: true }] : [];
    if (s.kind === 'MultiInsert') return s.inserts.filter((i): i is Insert => i.kind === 'Insert' && i.overwrite);
    if (s.kind === 'StatementSet') return overwrites(s.statements);
    return [];
  });
}

/** `p_date='${date}', hour` as written, spacing and quote style aside; '' without a PARTITION clause. */
function partitionKey(text: string, insert: Overwrite): string {
  return insert.partition
    .map((p) => {
      const column = p.column.name.toLowerCase();
      return p.value ? `${column}=${text.slice(p.value.start, p.value.end).replace(/\s+/g, '').replace(/"/g, "'")}` : column;
    })
    .sort()
    .join(', ');
}
