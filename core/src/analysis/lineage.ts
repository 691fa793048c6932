import type { Catalog } from '../catalog';
import type { Script } from '../sql/ast';
import type { ScriptLineage } from './lineage-types';
import { runScript } from './run-script';

export interface LineageOptions {
  /** Project tables; without it only the script's own DDL is known. */
  catalog?: Catalog;
}

/** Column lineage of a script: per statement edges, reads, writes and filters. Never throws on odd SQL. */
export function lineage(script: Script, options: LineageOptions = {}): ScriptLineage {
  const run = runScript(script, options.catalog, false);
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
