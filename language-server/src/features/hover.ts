import { scopeAt, type ColumnRef, type Node, type QualifiedName, type Span } from '@strata/core';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { DocumentSnapshot } from '../snapshot';
import { definedColumn, refSources, writtenColumns } from '../syntax/column-at';
import { nodePathAt } from '../syntax/node-at';
import { variablesOf } from '../variables';
import { columnHover } from './hover-column';
import { functionHover } from './hover-function';
import { tableHover } from './hover-table';

/** `${name}` spanning a caret (variables sit inside string literals, so they are found in the text). */
const VARIABLE = /\$\{([A-Za-z0-9_]+)\}/g;

/**
 * Hover at `position`: a `${var}` shows its rendered value; a table name its schema and
 * neighbours; a CTE its columns; a column (a reference in a query, the alias of a select item that an INSERT
 * writes, or a column of a CREATE TABLE) its type, comment and lineage; a built-in function its signatures
 * and doc. Null where there is nothing to say.
 */
export function hover(doc: DocumentSnapshot, position: Position): Hover | null {
  const offset = doc.lines.offset(position);
  const markdown = variableHover(doc, offset) ?? nodeHover(doc, offset);
  return markdown === undefined ? null : { contents: { kind: MarkupKind.Markdown, value: markdown } };
}

function variableHover(doc: DocumentSnapshot, offset: number): string | undefined {
  for (const m of doc.text.slice(Math.max(0, offset - 200), offset + 200).matchAll(VARIABLE)) {
    const start = Math.max(0, offset - 200) + m.index;
    if (start > offset || offset > start + m[0].length) continue;
    const values = variablesOf(doc);
    if (!values.has(m[1])) return `\`\${${m[1]}}\` is not declared`;
    const value = values.get(m[1]);
    return value === undefined ? `\`\${${m[1]}}\` has no value; pass --var ${m[1]}=...` : `\`\${${m[1]}}\` = \`${value}\``;
  }
  return undefined;
}

function nodeHover(doc: DocumentSnapshot, offset: number): string | undefined {
  const path = nodePathAt(doc.script, offset);
  for (let i = path.length - 1; i >= 0; i--) {
    const found = hoverOf(doc, path[i], path[i - 1], offset);
    if (found !== undefined) return found;
  }
  return undefined;
}

function hoverOf(doc: DocumentSnapshot, node: Node, parent: Node | undefined, offset: number): string | undefined {
  switch (node.kind) {
    case 'ColumnRef':
      return columnRefHover(doc, node, offset);
    case 'QualifiedName':
      return parent?.kind === 'FunctionCall' ? functionHover(doc.dialect, node) : (tableNameHover(doc, node) ?? relationHover(doc, node, parent, offset));
    case 'ColumnDef':
      return parent?.kind === 'CreateTable' ? columnDefHover(doc, parent.name, node.name.name) : undefined;
    case 'Identifier':
      return parent?.kind === 'SelectItem' && parent.alias === node ? writtenColumnHover(doc, parent.expr) : undefined;
    default:
      return undefined;
  }
}

function tableNameHover(doc: DocumentSnapshot, name: QualifiedName): string | undefined {
  const table = doc.catalog?.get(name.parts.map((p) => p.name).join('.'));
  return table ? tableHover(doc, table) : undefined;
}

/** A CTE (or a script's view) named in FROM: its columns as the query sees them. */
function relationHover(doc: DocumentSnapshot, name: QualifiedName, parent: Node | undefined, offset: number): string | undefined {
  const written = name.parts.map((p) => p.name.toLowerCase()).join('.');
  // In scope a relation goes by its alias when it has one.
  const known = parent?.kind === 'TableRef' && parent.alias ? parent.alias.name.toLowerCase() : written;
  const scope = scopeAt(doc.script, offset, doc.catalog);
  const relation = scope.relations.find((r) => r.names.includes(known));
  if (!relation) return undefined;
  const what = scope.ctes.includes(written) ? 'CTE' : 'relation';
  const columns = relation.columns.map((c) => `- ${c.name}${c.type ? ` \`${c.type}\`` : ''}`);
  return [`**${written}** · ${what}`, columns.join('\n')].join('\n\n');
}

/** A column reference: what it resolves to in scope, each source column with its lineage. */
function columnRefHover(doc: DocumentSnapshot, ref: ColumnRef, offset: number): string | undefined {
  const sources = refSources(doc, ref, offset);
  if (sources.length === 0) return undefined;
  const written = ref.parts.map((p) => p.name).join('.');
  const [only] = sources;
  const via = sources.length === 1 && only[1] === 'direct' ? [] : [`\`${written}\` derives from ${sources.map(([s, kind]) => `${s} (${kind})`).join(', ')}`];
  return [...via, ...sources.map(([s]) => columnHover(doc, s))].join('\n\n---\n\n');
}

/** A select item's alias: the column(s) the statement writes from that item, with their lineage. */
function writtenColumnHover(doc: DocumentSnapshot, expr: Span): string | undefined {
  const targets = writtenColumns(doc, expr);
  return targets.length > 0 ? targets.map((t) => columnHover(doc, t)).join('\n\n---\n\n') : undefined;
}

function columnDefHover(doc: DocumentSnapshot, table: QualifiedName, column: string): string | undefined {
  const defined = definedColumn(doc, table, column);
  return defined ? columnHover(doc, defined) : undefined;
}
