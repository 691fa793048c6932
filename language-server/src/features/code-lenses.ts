import type { Statement } from '@strata/core';
import type { CodeLens } from 'vscode-languageserver';
import type { DocumentSnapshot } from '../snapshot';

/** Commands the editor extension implements; the server only names them. */
export const DRY_RUN_COMMAND = 'strata.dryRun';
export const RUN_TESTS_COMMAND = 'strata.runTests';

const LAST_INSERT = /\binsert\b(?![\s\S]*\binsert\b)/i;

/**
 * Code lenses of a job file, above its first INSERT statement: "Dry-run" (`strata.dryRun`, the
 * file's URI) and, when a tests/*.yaml names the job, "Run tests" (`strata.runTests`, the job
 * name). Nothing on tables, standalone files, or a job that inserts nothing.
 */
export function codeLenses(doc: DocumentSnapshot): CodeLens[] {
  const { file, workspace } = doc;
  const insert = doc.script.statements.find(inserts);
  if (file?.kind !== 'job' || !insert) return [];
  const at = doc.lines.position(insertKeyword(doc.text, insert));
  const range = { start: at, end: at };
  const lenses: CodeLens[] = [{ range, command: { title: 'Dry-run', command: DRY_RUN_COMMAND, arguments: [doc.uri] } }];
  const tests = workspace?.project.tests.filter((t) => t.data.job === file.name).length ?? 0;
  if (tests > 0) lenses.push({ range, command: { title: tests === 1 ? 'Run 1 test' : `Run ${tests} tests`, command: RUN_TESTS_COMMAND, arguments: [file.name] } });
  return lenses;
}

/** Where `INSERT` is written: a statement's start, except after the CTEs of `WITH ... INSERT`. */
function insertKeyword(text: string, statement: Statement): number {
  if (statement.kind !== 'Insert') return statement.start;
  const at = text.slice(statement.start, statement.table.start).search(LAST_INSERT);
  return at < 0 ? statement.start : statement.start + at;
}

/** An INSERT, a multi-insert, or a statement set holding one. */
function inserts(statement: Statement): boolean {
  if (statement.kind === 'StatementSet') return statement.statements.some(inserts);
  return statement.kind === 'Insert' || statement.kind === 'MultiInsert';
}
