import { Catalog } from '../catalog';
import type { Script, Statement } from '../sql/ast';
import { hasSyntaxError } from './broken-statements';
import { AnalysisDiagnostic, Ctx, LineageWarning, problem } from './context';
import { FactCollector, type SemanticFacts } from './facts';
import type { StatementLineage } from './lineage-types';
import { statementResult } from './statements';
import { databaseAfter } from './table-names';

export interface ScriptRun {
  statements: StatementLineage[];
  warnings: LineageWarning[];
  problems: AnalysisDiagnostic[];
  facts: SemanticFacts;
}

/**
 * Analyses statements in order over an overlay of `catalog`, so objects a statement creates
 * (temporary tables, views, CTAS) are known to the statements after it. A statement with a syntax
 * error reports no semantic problems and keeps no facts, and what it declares has an open shape:
 * one mistake, one error.
 */
export function runScript(script: Script, catalog: Catalog | undefined, catalogIsComplete: boolean, starColumns?: Ctx['starColumns'], onScope?: Ctx['onScope']): ScriptRun {
  const run: StatementRun = { script, catalog: (catalog ?? new Catalog()).child(), catalogIsComplete, out: { statements: [], warnings: [], problems: [] }, facts: new FactCollector(), starColumns, onScope };
  for (const stmt of script.statements) runStatement(stmt, run);
  return { ...run.out, facts: run.facts.result() };
}

/** What the statements of one script are analysed against, and where their results go. */
export interface StatementRun {
  script: Script;
  /** The script's overlay over the project catalog: what earlier statements declared. */
  catalog: Catalog;
  catalogIsComplete: boolean;
  /** The database a `USE` made current. */
  database?: string;
  out: Omit<ScriptRun, 'facts'>;
  facts: FactCollector;
  starColumns?: Ctx['starColumns'];
  onScope?: Ctx['onScope'];
}

/** Analyses one top-level statement (a statement set: each of its statements) into `run`, after the statements before it. */
export function runStatement(stmt: Statement, run: StatementRun): void {
  if (stmt.kind === 'StatementSet') {
    stmt.statements.forEach((s) => runStatement(s, run));
    return;
  }
  if (stmt.kind === 'UseStatement') run.database = databaseAfter(stmt);
  const { out, facts } = run;
  const ctx: Ctx = {
    catalog: run.catalog, dialect: run.script.dialect, catalogIsComplete: run.catalogIsComplete, database: run.database, broken: hasSyntaxError(run.script, stmt),
    reads: new Set(), filters: new Set(), warnings: out.warnings, problems: out.problems, facts, starColumns: run.starColumns, onScope: run.onScope,
  };
  const before = out.problems.length;
  out.statements.push(analyseStatement(stmt, ctx));
  facts.endStatement(stmt.kind, ctx.broken);
  // In a statement with a syntax error, semantic problems are follow-ups of that one mistake.
  if (ctx.broken) out.problems.splice(before, Infinity, ...out.problems.slice(before).filter((p) => p.code === 'internal-error'));
}

function analyseStatement(stmt: Statement, ctx: Ctx): StatementLineage {
  const base = { kind: stmt.kind, start: stmt.start, end: stmt.end };
  try {
    const { edges, writes } = statementResult(stmt, ctx);
    const used = new Set(edges.map((e) => e.source));
    const filters = [...ctx.filters].filter((f) => !used.has(f)).sort();
    return { ...base, reads: [...ctx.reads].sort(), writes: [...new Set(writes)].sort(), edges, filters };
  } catch (error) {
    // A tree shape we did not foresee must not cost the other statements, nor pass unnoticed:
    // the statement's lineage is missing, so the user is told (and the conformance test fails).
    const reason = error instanceof Error ? error.message : String(error);
    const message = `analysis of this statement failed (${reason}); its lineage and checks are missing; please report this as a Strata bug`;
    problem(ctx, 'internal-error', message, stmt);
    return { ...base, reads: [], writes: [], edges: [], filters: [] };
  }
}
