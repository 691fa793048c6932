import type { ScriptLineage } from './lineage-types';
import type { EdgeKind } from './sources';

/** The stable standalone contract (`strata lineage --file F --format json`). */
export interface LineageJson {
  edges: { source: string; target: string; kind: EdgeKind }[];
  reads: string[];
  writes: string[];
}

/** Sorted, de-duplicated edges, reads and writes, with exactly the contract's keys. */
export function toLineageJson(result: ScriptLineage): LineageJson {
  const edges = new Map<string, { source: string; target: string; kind: EdgeKind }>();
  for (const e of result.edges) {
    const key = `${e.source}\u0000${e.target}\u0000${e.kind}`;
    if (!edges.has(key)) edges.set(key, { source: e.source, target: e.target, kind: e.kind });
  }
  const sorted = [...edges.values()].sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target) || cmp(a.kind, b.kind));
  return { edges: sorted, reads: [...new Set(result.reads)].sort(), writes: [...new Set(result.writes)].sort() };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
