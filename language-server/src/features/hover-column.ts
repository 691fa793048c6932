import type { LineageHop, LineageDirection } from '@strata/core';
import type { DocumentSnapshot } from '../snapshot';

/** Hops shown per direction; the rest are counted. */
const HOP_LIMIT = 25;

/**
 * Markdown about a project column (`db.t.col`): type and comment from the catalog, its
 * upstream lineage hop by hop down to the source columns (job file and 1-based line of each hop),
 * and its downstream consumers, from the project's column graph.
 */
export function columnHover(doc: DocumentSnapshot, column: string): string {
  const dot = column.lastIndexOf('.');
  const info = doc.catalog?.get(column.slice(0, dot))?.columns.find((c) => c.name === column.slice(dot + 1));
  const head = [`**${column}**${info?.type ? ` \`${info.type}\`` : ''}${info?.partition ? ' (partition)' : ''}`];
  if (info?.comment) head.push(info.comment);
  const graph = doc.workspace?.columns;
  if (!graph) return head.join('\n\n');
  return [...head, hops('upstream', graph.walk(column, 'upstream')), hops('downstream', graph.walk(column, 'downstream'))].join('\n\n');
}

function hops(direction: LineageDirection, found: LineageHop[]): string {
  if (found.length === 0) return `${direction}: none`;
  const lines = found.slice(0, HOP_LIMIT).map((h) => `${'  '.repeat(h.depth - 1)}- ${h.source} → ${h.target} (${h.kind}) ${h.file}:${h.line + 1}`);
  if (found.length > HOP_LIMIT) lines.push(`- … ${found.length - HOP_LIMIT} more`);
  return `${direction}:\n${lines.join('\n')}`;
}
