import type { ColumnInfo, TableInfo } from '@strata/core';
import { tableNeighbours } from '../dag';
import type { DocumentSnapshot } from '../snapshot';

/**
 * Markdown about a table: name, kind and layer, comment, owner and description from its front
 * matter, its columns (type, comment) and partitions, and its upstream and downstream tables.
 */
export function tableHover(doc: DocumentSnapshot, table: TableInfo): string {
  const file = doc.workspace?.files.find((f) => f.file.path === table.file)?.file;
  const head = [`**${table.name}** · ${table.kind}${file?.layer ? ` · layer ${file.layer}` : ''}${table.file ? ` · ${table.file}` : ''}`];
  if (table.comment) head.push(table.comment);
  const data = file?.frontMatter?.data ?? {};
  const meta = ['owner', 'description'].filter((k) => typeof data[k] === 'string').map((k) => `${k}: ${String(data[k])}`);
  if (meta.length > 0) head.push(meta.join('  \n'));
  return [...head, columnTable(table.columns), ...partitionsAndNeighbours(doc, table)].join('\n\n');
}

function columnTable(columns: ColumnInfo[]): string {
  const rows = columns.filter((c) => !c.partition).map((c) => `| ${c.spelling ?? c.name} | ${c.type ?? ''} | ${cell(c.comment ?? '')} |`);
  return ['| column | type | comment |', '|---|---|---|', ...rows].join('\n');
}

/** A comment as a table cell: `a | b` must not split the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function partitionsAndNeighbours(doc: DocumentSnapshot, table: TableInfo): string[] {
  const out: string[] = [];
  const partitions = table.columns.filter((c) => c.partition).map((c) => `${c.name}${c.type ? ` ${c.type}` : ''}`);
  if (partitions.length > 0) out.push(`partitioned by: ${partitions.join(', ')}`);
  if (!doc.workspace) return out;
  const n = tableNeighbours(doc.workspace.graph, table.name);
  out.push(`upstream: ${list(n.upstream)} (written by ${list(n.writers)})  \ndownstream: ${list(n.downstream)} (read by ${list(n.readers)})`);
  return out;
}

function list(names: string[]): string {
  return names.length > 0 ? names.join(', ') : 'none';
}
