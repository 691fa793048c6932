import { scopeAt, type ColumnRef, type EdgeKind, type Node, type QualifiedName, type Span } from '@strata/core';
import type { DocumentSnapshot } from '../snapshot';
import { nodePathAt } from './node-at';

/** The project columns a column reference resolves to in scope, with how each feeds it (unresolved and `*` left out). */
export function refSources(doc: DocumentSnapshot, ref: ColumnRef, offset: number): [string, EdgeKind][] {
  return [...scopeAt(doc.script, offset, doc.catalog).sources(ref)].filter(([s]) => !s.startsWith('?.') && !s.endsWith('.*'));
}

/** The columns the statement writes from the select item whose expression is `expr`. */
export function writtenColumns(doc: DocumentSnapshot, expr: Span): string[] {
  return [...new Set((doc.analysis?.lineage.edges ?? []).filter((e) => e.start === expr.start && e.end === expr.end).map((e) => e.target))];
}

/** `db.t.col` of a column a CREATE TABLE declares, when the table is known. */
export function definedColumn(doc: DocumentSnapshot, table: QualifiedName, column: string): string | undefined {
  const info = doc.catalog?.get(table.parts.map((p) => p.name).join('.'));
  return info ? `${info.name}.${column.toLowerCase()}` : undefined;
}

/**
 * The project columns at `offset`: what a column reference resolves to, what a select item's
 * alias writes, or the column a CREATE TABLE declares. Empty elsewhere.
 */
export function columnsAt(doc: DocumentSnapshot, offset: number): string[] {
  const path = nodePathAt(doc.script, offset);
  for (let i = path.length - 1; i >= 0; i--) {
    const found = columnsOf(doc, path[i], path[i - 1], offset);
    if (found.length > 0) return found;
  }
  return [];
}

function columnsOf(doc: DocumentSnapshot, node: Node, parent: Node | undefined, offset: number): string[] {
  if (node.kind === 'ColumnRef') return refSources(doc, node, offset).map(([s]) => s);
  if (node.kind === 'ColumnDef' && parent?.kind === 'CreateTable') return [definedColumn(doc, parent.name, node.name.name)].filter((c): c is string => c !== undefined);
  if (node.kind === 'Identifier' && parent?.kind === 'SelectItem' && parent.alias === node) return writtenColumns(doc, parent.expr);
  return [];
}
