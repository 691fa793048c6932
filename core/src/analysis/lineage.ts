import type { Catalog } from '../catalog';
import type { Script } from '../sql/ast';
import { lineageOf } from './analyze-script';
import type { ScriptLineage } from './lineage-types';
import { runScript } from './run-script';

export interface LineageOptions {
  /** Project tables; without it only the script's own DDL is known. */
  catalog?: Catalog;
}

/**
 * Column lineage of a script: per statement edges, reads, writes and filters. Never throws on
 * odd SQL. Use `analyzeScript` when diagnostics are wanted too.
 */
export function lineage(script: Script, options: LineageOptions = {}): ScriptLineage {
  // Not authoritative: lineage alone never spends time on "did you mean" for unknown tables.
  return lineageOf(runScript(script, options.catalog, false));
}
