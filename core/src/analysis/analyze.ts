import type { Catalog } from '../catalog';
import type { Script } from '../sql/ast';
import type { AnalysisDiagnostic } from './context';
import { runScript } from './run-script';

/**
 * Semantic diagnostics: unknown tables (only with a catalog, which is then authoritative),
 * unknown and ambiguous columns of tables whose DDL is known, INSERT shape against the target's
 * DDL, duplicate output names of CTAS and views. Names the script declares are known within it.
 */
export function analyze(script: Script, catalog?: Catalog): AnalysisDiagnostic[] {
  const seen = new Set<string>();
  return runScript(script, catalog, catalog !== undefined)
    .problems.filter((p) => {
      // A subquery evaluated twice (e.g. a probe) must not report twice.
      const key = `${p.start}:${p.end}:${p.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
