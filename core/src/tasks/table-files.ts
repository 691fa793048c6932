import { applyLikes, Catalog, type TableInfo } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import type { CreateTable, Statement } from '../sql/ast';
import { toDiagnostic, type WorkspaceFile } from './diagnostics';
import type { FileFacts } from './file-facts';

/** A table file with the facts the catalog is built from; `script` is parsed on demand. */
export interface CatalogSource {
  facts: FileFacts;
  /** The parsed file: only read for a CREATE TABLE ... LIKE, whose merge needs the statement. */
  wf: WorkspaceFile;
}

/**
 * Table files declare exactly one CREATE TABLE; the catalog is built from those. A table declared
 * twice keeps its first declaration in path order (`duplicateTables` reports the others), so
 * which contract wins does not depend on the order files happen to be read in. `diagnostics` gets
 * each table file's problem (not exactly one CREATE TABLE).
 */
export function buildCatalog(sources: CatalogSource[], diagnostics: Diagnostic[], catalog: Catalog = new Catalog()): Catalog {
  const declared = new Set<string>();
  const likes: { stmt: CreateTable; table: TableInfo }[] = [];
  for (const { facts, wf } of sources) {
    if (!facts.table) continue;
    if (facts.table.problem) diagnostics.push(facts.table.problem);
    if (facts.table.pending && !facts.table.like) {
      for (const table of facts.table.pending) if (firstDeclaration(declared, table.name)) catalog.addPending(table);
      continue;
    }
    const creates = facts.table.like ? wf.script.statements.filter((s) => s.kind === 'CreateTable' || s.kind === 'CreateView') : [];
    facts.table.declared.forEach((table, i) => {
      if (!firstDeclaration(declared, table.name)) return;
      catalog.add(table);
      const stmt = creates[i];
      if (stmt?.kind === 'CreateTable') likes.push({ stmt, table });
    });
  }
  applyLikes(catalog, likes);
  return catalog;
}

/** Whether `name` is declared here first (then it counts as declared). */
function firstDeclaration(declared: Set<string>, name: string): boolean {
  if (declared.has(name)) return false;
  declared.add(name);
  return true;
}

/** The problem of a table file that does not hold exactly one CREATE TABLE. */
export function tableFileProblem(wf: WorkspaceFile): Diagnostic | undefined {
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
