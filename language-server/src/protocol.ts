import { NotificationType, RequestType, type Position } from 'vscode-languageserver';

/** Which way a lineage walk goes from its node. */
export type LineageWalk = 'upstream' | 'downstream' | 'both';

/**
 * `strata/lineage` parameters: the column at `position` in the document `uri`, or a `node`
 * (`db.table.column`, or `db.table` for all its columns; `uri` then only picks the project).
 */
export interface LineageParams {
  uri?: string;
  position?: Position;
  node?: string;
  /** Default `both`. */
  direction?: LineageWalk;
  /** Hops from the node; default all. */
  depth?: number;
}

/** A column in the graph. */
export interface LineageNode {
  /** `db.table.column`, lower-case. */
  id: string;
  table: string;
  column: string;
  /** The table's file, when the project declares it. */
  uri?: string;
  /** 0-based line of the column's declaration in that file, when it declares the column. */
  line?: number;
}

/** One hop: the job whose SQL derives `target` from `source`, with its file and 0-based line. */
export interface LineageEdge {
  source: string;
  target: string;
  kind: 'direct' | 'expression' | 'aggregate';
  job: string;
  uri: string;
  line: number;
}

/** The column graph around the queried columns (`roots`). */
export interface LineageGraph {
  roots: string[];
  nodes: LineageNode[];
  edges: LineageEdge[];
}

/** `strata/lineage`: the column graph around a column (custom request, declared once here). */
export const LineageRequest = new RequestType<LineageParams, LineageGraph, void>('strata/lineage');

/** `strata/status` parameters: whether projects are being indexed, and how many files are indexed. */
export interface StatusParams {
  state: 'indexing' | 'ready';
  /** Files of every indexed project (tables and jobs). */
  files: number;
}

/**
 * `strata/status` (server → client notification): sent when a project starts indexing and when it is
 * done, so an editor can show the state (the VS Code extension's status-bar item) without tracking
 * `window/workDoneProgress` tokens. Only to clients that declare the client capability
 * `experimental: {strataStatus: true}`.
 */
export const StatusNotification = new NotificationType<StatusParams>('strata/status');
