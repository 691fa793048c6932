import type { LineageGraph } from '@strata/language-server/dist/src/protocol';
import { tableOf } from './layout';

/** A place to open: a file URI and a 0-based line. */
export interface SourceLocation {
  uri: string;
  line: number;
}

/** What the page may ask for; anything else it posts is ignored. */
export type PageMessage = { type: 'open'; node: string } | { type: 'open'; edge: number };

/**
 * Where a page message leads: a column row to its declaration in its table file (the file's
 * top when the line is unknown), an edge to the job line that derives it. The page is not
 * trusted: a malformed message, or one naming nothing in the graph, leads nowhere.
 */
export function locationOf(graph: LineageGraph, message: unknown): SourceLocation | undefined {
  if (!isRecord(message) || message.type !== 'open') return undefined;
  if (typeof message.node === 'string') {
    const node = graph.nodes.find((n) => n.id === message.node);
    return node?.uri === undefined ? undefined : { uri: node.uri, line: node.line ?? 0 };
  }
  if (typeof message.edge === 'number' && Number.isInteger(message.edge)) {
    const edge = graph.edges[message.edge];
    return edge ? { uri: edge.uri, line: edge.line } : undefined;
  }
  return undefined;
}

/** The panel title: `Strata lineage: <column>`, or the table when the graph starts at all its columns. */
export function lineageTitle(graph: LineageGraph): string {
  const tables = new Set(graph.roots.map(tableOf));
  const subject = graph.roots.length === 1 ? graph.roots[0] : tables.size === 1 ? [...tables][0] : graph.roots.join(', ');
  return `Strata lineage: ${subject}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
