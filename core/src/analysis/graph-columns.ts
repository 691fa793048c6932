/**
 * The project's column graph: every edge `source column -> target column` that some job's SQL
 * implies, with the job, file and line that implies it. Edges are kept per file so that editing
 * one file replaces only that file's edges (the language server re-analyses one file per edit).
 */

export type ColumnEdgeKind = 'direct' | 'expression' | 'aggregate';

export interface ColumnEdge {
  /** `db.table.col` (lower-case). */
  source: string;
  target: string;
  kind: ColumnEdgeKind;
  /** The job whose SQL implies the edge. */
  job: string;
  /** Project-relative file of that job. */
  file: string;
  /** 0-based line of the target column's expression in that file. */
  line: number;
}

export interface LineageHop extends ColumnEdge {
  /** 1 for the hop touching the queried column. */
  depth: number;
}

export type LineageDirection = 'upstream' | 'downstream';

export class ColumnGraph {
  private readonly byFile = new Map<string, ColumnEdge[]>();
  private readonly incoming = new Map<string, Set<ColumnEdge>>();
  private readonly outgoing = new Map<string, Set<ColumnEdge>>();

  /** Replaces every edge that `file` contributed with `edges`. */
  setFileEdges(file: string, edges: ColumnEdge[]): void {
    for (const e of this.byFile.get(file) ?? []) {
      this.incoming.get(e.target)?.delete(e);
      this.outgoing.get(e.source)?.delete(e);
    }
    this.byFile.set(file, edges);
    for (const e of edges) {
      addTo(this.incoming, e.target, e);
      addTo(this.outgoing, e.source, e);
    }
  }

  removeFile(file: string): void {
    this.setFileEdges(file, []);
    this.byFile.delete(file);
  }

  edges(): ColumnEdge[] {
    return [...this.byFile.values()].flat();
  }

  /** Every column that appears on an edge. */
  columns(): string[] {
    const names = new Set<string>();
    for (const [name, set] of this.incoming) if (set.size > 0) names.add(name);
    for (const [name, set] of this.outgoing) if (set.size > 0) names.add(name);
    return [...names].sort();
  }

  /** Columns of `table` (`db.t`) that appear on an edge. */
  columnsOf(table: string): string[] {
    const prefix = `${table}.`;
    return this.columns().filter((c) => c.startsWith(prefix) && !c.slice(prefix.length).includes('.'));
  }

  /**
   * Breadth-first walk from `column` to `maxDepth` hops (Infinity for all). Each edge is reported
   * once, at the depth where it is first reached, so diamonds and cycles terminate.
   */
  walk(column: string, direction: LineageDirection, maxDepth = Infinity): LineageHop[] {
    const next = direction === 'upstream' ? this.incoming : this.outgoing;
    const far = (e: ColumnEdge) => (direction === 'upstream' ? e.source : e.target);
    const hops: LineageHop[] = [];
    const seenEdges = new Set<ColumnEdge>();
    const seenColumns = new Set([column]);
    let frontier = [column];
    for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
      const following: string[] = [];
      for (const c of frontier) {
        for (const e of sortedEdges(next.get(c))) {
          if (seenEdges.has(e)) continue;
          seenEdges.add(e);
          hops.push({ ...e, depth });
          if (!seenColumns.has(far(e))) {
            seenColumns.add(far(e));
            following.push(far(e));
          }
        }
      }
      frontier = following;
    }
    return hops;
  }
}

function addTo(map: Map<string, Set<ColumnEdge>>, key: string, edge: ColumnEdge): void {
  const set = map.get(key);
  if (set) set.add(edge);
  else map.set(key, new Set([edge]));
}

function sortedEdges(set: Set<ColumnEdge> | undefined): ColumnEdge[] {
  if (!set) return [];
  return [...set].sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || a.job.localeCompare(b.job));
}
