import type { Catalog } from '../catalog';
import type { Script } from '../sql/ast';
import type { AnalysisDiagnostic } from './context';
import type { SemanticFacts } from './facts';
import type { ScriptLineage } from './lineage-types';
import { runScript, ScriptRun } from './run-script';

export interface AnalyzeOptions {
  /**
   * Project tables. With it the catalog is authoritative (tables it lacks are reported);
   * without it only the script's own DDL is known and unknown tables are not reported.
   */
  catalog?: Catalog;
}

/** Lineage and semantic diagnostics of one script, from one pass. */
export interface ScriptAnalysis {
  lineage: ScriptLineage;
  diagnostics: AnalysisDiagnostic[];
  /** Insert columns, comparisons, partition reads and joins, for the semantic lint rules. */
  facts: SemanticFacts;
}

/**
 * Column lineage and semantic diagnostics in a single run over the script (callers needing both,
 * like `strata check` over a workspace, should not analyse twice). Never throws on odd SQL.
 */
export function analyzeScript(script: Script, options: AnalyzeOptions = {}): ScriptAnalysis {
  const run = runScript(script, options.catalog, options.catalog !== undefined);
  return { lineage: lineageOf(run), diagnostics: uniqueProblems(run), facts: run.facts };
}

/** The lineage part of a run: statements plus script-wide edges, reads and writes. */
export function lineageOf(run: Pick<ScriptRun, 'statements' | 'warnings'>): ScriptLineage {
  const reads = new Set<string>();
  const writes = new Set<string>();
  for (const s of run.statements) {
    s.reads.forEach((r) => reads.add(r));
    s.writes.forEach((w) => writes.add(w));
  }
  return {
    statements: run.statements,
    edges: run.statements.flatMap((s) => s.edges),
    reads: [...reads].sort(),
    writes: [...writes].sort(),
    warnings: run.warnings,
  };
}

/** A run's problems, each once, in source order. */
export function uniqueProblems(run: Pick<ScriptRun, 'problems'>): AnalysisDiagnostic[] {
  const seen = new Set<string>();
  return run.problems
    .filter((p) => {
      // A subquery evaluated twice (e.g. a probe) must not report twice.
      const key = `${p.start}:${p.end}:${p.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
