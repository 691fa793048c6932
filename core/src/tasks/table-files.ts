import { hasSyntaxError } from '../analysis';
import { applyLikes, Catalog, tableFromCreate, type TableInfo } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import type { CreateTable, CreateView, Statement } from '../sql/ast';
import { toDiagnostic, type WorkspaceFile } from './diagnostics';

/**
 * Table files declare exactly one CREATE TABLE; the catalog is built from those. A table declared
 * twice keeps its first declaration in path order (`duplicateTables` reports the others), so
 * which contract wins does not depend on the order files happen to be read in.
 */
export function buildCatalog(files: WorkspaceFile[], diagnostics: Diagnostic[]): Catalog {
  const catalog = new Catalog();
  const declared = new Set<string>();
  const tables: { stmt: CreateTable; table: TableInfo }[] = [];
  for (const wf of files) {
    if (wf.file.kind !== 'table') continue;
    const problem = tableFileProblem(wf);
    if (problem) diagnostics.push(problem);
    for (const s of wf.script.statements) {
      if (s.kind !== 'CreateTable' && s.kind !== 'CreateView') continue;
      const table = declaredTable(wf, s);
      if (declared.has(table.name)) continue;
      declared.add(table.name);
      catalog.add(table);
      if (s.kind === 'CreateTable') tables.push({ stmt: s, table });
    }
  }
  applyLikes(catalog, tables);
  return catalog;
}

/**
 * Declarations already turned into tables, by statement. A file that did not change keeps its
 * parsed statements across rebuilds (`updateTable`), so only an edited file is converted again.
 * The tables are never mutated: LIKE merges add new ones.
 */
const declaredTables = new WeakMap<CreateTable | CreateView, TableInfo>();

function declaredTable(wf: WorkspaceFile, s: CreateTable | CreateView): TableInfo {
  let table = declaredTables.get(s);
  if (!table) {
    table = tableFromCreate(s, wf.file.path, wf.file.dialect);
    // A declaration with a syntax error may be missing columns: jobs reading it get no follow-up errors.
    // So may a view (reported by `tableFileProblem`): one mistake, one error, not one per job using it.
    if (s.kind === 'CreateView' || hasSyntaxError(wf.script, s)) table.open = true;
    declaredTables.set(s, table);
  }
  return table;
}

function tableFileProblem(wf: WorkspaceFile): Diagnostic | undefined {
  const statements = wf.script.statements;
  const creates = statements.filter((s) => s.kind === 'CreateTable');
  if (creates.length === 1 && statements.length === 1) return undefined;
  const bodyStart = wf.file.frontMatter?.end ?? 0;
  const at = creates[1] ?? statements.find((s) => s.kind !== 'CreateTable') ?? { start: bodyStart, end: bodyStart };
  const found =
    statements.length === 0 ? 'found no statement'
    : statements.length === 1 ? `found ${describe(statements[0])}, not a CREATE TABLE`
    : `found ${statements.length} statements`;
  const message = `a table file holds exactly one CREATE TABLE, ${found}; move other statements to jobs/`;
  return toDiagnostic(wf.file.path, wf.lines, at.start, at.end, 'table-file', message);
}

const DESCRIPTIONS: Partial<Record<Statement['kind'], string>> = {
  QueryStatement: 'a SELECT',
  Insert: 'an INSERT',
  MultiInsert: 'a multi-insert',
  CreateView: 'a CREATE VIEW',
  Merge: 'a MERGE',
  DropStatement: 'a DROP',
  TruncateStatement: 'a TRUNCATE',
  AlterTable: 'an ALTER TABLE',
  SetStatement: 'a SET',
  UseStatement: 'a USE',
  StatementSet: 'a statement set',
  Update: 'an UPDATE',
  Delete: 'a DELETE',
  LoadData: 'a LOAD DATA',
  InsertDirectory: 'an INSERT OVERWRITE DIRECTORY',
  FunctionStatement: 'a FUNCTION statement',
  DatabaseStatement: 'a DATABASE or CATALOG statement',
  AlterObject: 'an ALTER',
  ShowStatement: 'a SHOW',
  DescribeStatement: 'a DESCRIBE',
  AnalyzeStatement: 'an ANALYZE',
  ExplainStatement: 'an EXPLAIN',
  DeclareVariable: 'a DECLARE VARIABLE',
  SetVariable: 'a SET VAR',
  ExecuteImmediate: 'an EXECUTE IMMEDIATE',
  PlanStatement: 'a COMPILE or EXECUTE PLAN',
};

function describe(statement: Statement): string {
  if (statement.kind === 'OpaqueStatement') return `'${statement.keyword}'`;
  if (statement.kind === 'CommandStatement') return `'${statement.command}'`;
  if (statement.kind === 'SessionStatement') return `'${statement.action}'`;
  return DESCRIPTIONS[statement.kind] ?? 'another statement';
}
