import type { LineageWarning } from './context';
import type { EdgeKind } from './sources';

/** One source column feeding one written column. */
export interface LineageEdge {
  /** `db.table.col`, `t.col` (as qualified as the SQL or catalog qualifies it), `?.col`, or `db.t.*`. */
  source: string;
  target: string;
  kind: EdgeKind;
  /** 0-based offsets of the expression that defines the target column. */
  start: number;
  end: number;
}

/** What one statement reads, writes and derives. */
export interface StatementLineage {
  kind: string;
  start: number;
  end: number;
  /** Tables and views the SQL reads (temporary ones included; CTEs never). Sorted. */
  reads: string[];
  /** Tables and views the statement writes or creates from a query (or drops/truncates). Sorted. */
  writes: string[];
  edges: LineageEdge[];
  /** Source columns used only to filter, join or group (not an edge source of this statement). Sorted. */
  filters: string[];
}

/** Lineage of a whole script. */
export interface ScriptLineage {
  statements: StatementLineage[];
  /** Every statement's edges. */
  edges: LineageEdge[];
  reads: string[];
  writes: string[];
  warnings: LineageWarning[];
}
