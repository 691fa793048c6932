import { mergeDeps, RecordingCatalog, type CatalogDeps } from '../cache/catalog-deps';
import { hashBytes } from '../cache/file-hashes';
import { Catalog, type TableInfo } from '../catalog';
import type { Script, Statement } from '../sql/ast';
import { shiftedCopy } from '../sql/shift-spans';
import { lineageOf, uniqueProblems, type ScriptAnalysis } from './analyze-script';
import { hasSyntaxError } from './broken-statements';
import { FactCollector, mergeFacts, type SemanticFacts } from './facts';
import { runStatement, type ScriptRun, type StatementRun } from './run-script';
import { databaseAfter } from './table-names';

/** A change a statement made to the script's overlay catalog, replayed when its result is kept. */
type Effect = { add: TableInfo } | { remove: string };

/** One top-level statement's analysis, with its offsets as of `start`, and what it depended on. */
interface StatementResult {
  start: number;
  /** What the statements before it left behind: the current database, the objects they declared, SET options. */
  context: string;
  out: Omit<ScriptRun, 'facts'>;
  facts: SemanticFacts;
  effects: Effect[];
  /** The catalog questions it asked (when the catalog records them), else the catalog it ran against. */
  deps?: CatalogDeps;
  catalog?: Catalog;
}

/** An analysis, and the catalog questions it asked (undefined when the catalog does not record them). */
export interface MemoAnalysis {
  analysis: ScriptAnalysis;
  deps?: CatalogDeps;
  /** How many top-level statements were analysed again (the others were kept). */
  analysed: number;
}

/**
 * Analyses a script statement by statement, keeping each statement's result for the next
 * version of the script: a statement is analysed again only when its text changed, or what the
 * statements before it left behind (the database a `USE` chose, the temporary tables and views
 * they declared, the `SET` options), or an answer the catalog gave it (a recording catalog's
 * fingerprints; any other catalog must be the same object). The result equals `analyzeScript`'s.
 */
export class StatementMemo {
  private kept = new Map<string, StatementResult[]>();

  analyze(script: Script, catalog: Catalog | undefined): MemoAnalysis {
    const overlay = new EffectLog(catalog ?? new Catalog());
    const run: StatementRun = { script, catalog: overlay, catalogIsComplete: catalog !== undefined, out: emptyOut(), facts: new FactCollector() };
    const results: StatementResult[] = [];
    const next = new Map<string, StatementResult[]>();
    let context: string = script.dialect;
    let analysed = 0;
    for (const stmt of script.statements) {
      const database = run.database;
      const key = `${hasSyntaxError(script, stmt) ? 'x' : 'o'}${script.text.slice(stmt.start, stmt.end)}`;
      let result = this.reusable(key, context, stmt.start, catalog);
      if (result) overlay.replay(result.effects);
      else {
        result = analyseOne(stmt, run, overlay, context, catalog);
        analysed++;
      }
      run.database = databaseAfterAll(stmt, database);
      results.push(result);
      next.set(key, [...(next.get(key) ?? []), result]);
      context = hashBytes(`${context}\0${run.database ?? ''}\0${effectsKey(result.effects)}\0${stmt.kind === 'SetStatement' ? script.text.slice(stmt.start, stmt.end) : ''}`);
    }
    this.kept = next;
    const out = { statements: results.flatMap((r) => r.out.statements), warnings: results.flatMap((r) => r.out.warnings), problems: results.flatMap((r) => r.out.problems) };
    const analysis: ScriptAnalysis = { lineage: lineageOf(out), diagnostics: uniqueProblems(out), facts: mergeFacts(results.map((r) => r.facts)) };
    const recorded = catalog instanceof RecordingCatalog ? results.reduce<CatalogDeps>((all, r) => mergeDeps(all, r.deps), { get: {}, bare: {}, length: {} }) : undefined;
    return { analysis, deps: recorded, analysed };
  }

  /** A kept result for the statement `key` at `start` after `context`, moved there, if the catalog still answers it alike. */
  private reusable(key: string, context: string, start: number, catalog: Catalog | undefined): StatementResult | undefined {
    const found = this.kept.get(key)?.find((r) => r.context === context && (r.deps && catalog instanceof RecordingCatalog ? catalog.answersAsBefore(r.deps) : r.catalog === catalog && !r.deps));
    if (!found || found.start === start) return found;
    const delta = start - found.start;
    return { ...found, start, out: shiftedCopy(found.out, delta), facts: shiftedCopy(found.facts, delta), effects: shiftedCopy(found.effects, delta) };
  }
}

function emptyOut(): Omit<ScriptRun, 'facts'> {
  return { statements: [], warnings: [], problems: [] };
}

/** Analyses one top-level statement on its own collectors, recording its catalog questions when it can. */
function analyseOne(stmt: Statement, run: StatementRun, overlay: EffectLog, context: string, catalog: Catalog | undefined): StatementResult {
  run.out = emptyOut();
  run.facts = new FactCollector();
  const effects = overlay.logging();
  const go = () => runStatement(stmt, run);
  let deps: CatalogDeps | undefined;
  if (catalog instanceof RecordingCatalog) deps = catalog.record(go).deps;
  else go();
  return { start: stmt.start, context, out: run.out, facts: run.facts.result(), effects, deps, catalog: deps ? undefined : catalog };
}

/** The database current after `stmt` (a statement set: after each of its statements). */
function databaseAfterAll(stmt: Statement, database: string | undefined): string | undefined {
  if (stmt.kind === 'StatementSet') return stmt.statements.reduce((db, s) => databaseAfterAll(s, db), database);
  return stmt.kind === 'UseStatement' ? databaseAfter(stmt) : database;
}

/** Effects as the statements after them see them: where the objects were declared does not matter to them. */
function effectsKey(effects: Effect[]): string {
  if (effects.length === 0) return '';
  return JSON.stringify(effects.map((e) => ('add' in e ? { ...e.add, span: undefined } : e)));
}

/** The script's overlay catalog, logging what each statement adds and removes. */
class EffectLog extends Catalog {
  private log: Effect[] = [];

  /** A fresh log for the next statement's changes. */
  logging(): Effect[] {
    this.log = [];
    return this.log;
  }

  /** Applies a kept statement's changes again. */
  replay(effects: Effect[]): void {
    this.log = [];
    for (const e of effects) {
      if ('add' in e) super.add(e.add);
      else super.remove(e.remove);
    }
  }

  override add(table: TableInfo): void {
    this.log.push({ add: table });
    super.add(table);
  }

  override remove(name: string): void {
    this.log.push({ remove: name });
    super.remove(name);
  }
}
