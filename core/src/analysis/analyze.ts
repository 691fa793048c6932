import type { Catalog } from '../catalog';
import type { Script } from '../sql/ast';
import { analyzeScript } from './analyze-script';
import type { AnalysisDiagnostic } from './context';

/**
 * Semantic diagnostics: unknown tables (only with a catalog, which is then authoritative),
 * unknown and ambiguous columns of tables whose DDL is known, INSERT shape against the target's
 * DDL, duplicate output names of CTAS and views. Names the script declares are known within it.
 * Use `analyzeScript` when lineage is wanted too.
 */
export function analyze(script: Script, catalog?: Catalog): AnalysisDiagnostic[] {
  return analyzeScript(script, { catalog }).diagnostics;
}
