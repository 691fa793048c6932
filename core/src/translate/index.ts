/**
 * Translation of Spark/Hive SQL and Flink streaming jobs to DuckDB, on our AST: untouched
 * syntax is re-emitted from the source text, constructs that differ are rewritten, and anything
 * that cannot be translated faithfully is reported (never run with a different meaning).
 */
import type { Diagnostic } from '../diagnostic';
import { parse } from '../sql';
import { TranslateContext, Untranslatable } from './context';
import { translateStatement } from './statements';
import type { TranslatedStatement, TranslateInput } from './types';

export type { TranslatedStatement, TranslateInput } from './types';
export { duckDbMacros, duckDbPrelude, duckDbSettings } from './prelude';

/**
 * Translates one job file. Each untranslatable construct gives one Diagnostic (code
 * 'untranslatable', severity 'error', exact position, what to do) and its statement is left out;
 * behaviour the bounded emulation of a streaming job lacks gives a 'not-emulated' warning.
 */
export function translateToDuckDb(input: TranslateInput): { statements: TranslatedStatement[]; diagnostics: Diagnostic[] } {
  const script = parse(input.text, input.dialect);
  const ctx = new TranslateContext(input);
  const statements: TranslatedStatement[] = [];
  for (const error of script.errors) ctx.report(error, 'error', 'syntax', error.message);
  for (const stmt of script.statements) {
    if (script.errors.some((e) => e.start >= stmt.start && e.start <= stmt.end)) continue;
    try {
      statements.push(...translateStatement(stmt, ctx));
    } catch (e) {
      // A tree shape the translation does not expect must not take the caller down: the statement is reported instead.
      if (!(e instanceof Untranslatable)) ctx.report(stmt, 'error', 'untranslatable', `this statement could not be translated to DuckDB (${e instanceof Error ? e.message : String(e)}): leave the job out of local runs and report it`);
    }
  }
  return { statements, diagnostics: ctx.diagnostics };
}
