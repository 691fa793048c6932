import { scopesOf, type Catalog, type ColumnRef, type Identifier, type Insert, type LineIndex, type Node, type Script, type ScriptAnalysis, type Span } from '@strata/core';
import type { Location } from 'vscode-languageserver';
import { fileUri } from '../projects';
import type { DocumentSnapshot } from '../snapshot';
import { definedColumn, refSources, writtenColumns } from '../syntax/column-at';
import { nodePathAt } from '../syntax/node-at';
import { visit } from '../syntax/visit';

/** A parsed file to search, with the URI its locations get and its analysis (for jobs). */
interface Searched {
  uri: string;
  script: Script;
  lines: LineIndex;
  analysis?: ScriptAnalysis;
  /** Whether it may name the column's table at all (jobs that neither read nor write it are skipped). */
  relevant: boolean;
}

/**
 * References of the project column at `offset` — a column reference (what it resolves to as a
 * plain copy), a DDL column, an INSERT target column or the alias a select item is written to —
 * across the project: every column reference resolving to it, every INSERT writing it (the target
 * column, or the select item a positional INSERT writes), and with `includeDeclaration` its DDL
 * column. Undefined when there is no column at `offset`, so other kinds of references answer.
 */
export function columnReferences(doc: DocumentSnapshot, offset: number, includeDeclaration: boolean): Location[] | undefined {
  const column = columnAt(doc, offset);
  if (column === undefined) return undefined;
  const table = column.slice(0, column.lastIndexOf('.'));
  const name = column.slice(table.length + 1);
  const catalog = doc.catalog;
  return searchedFiles(doc, table).flatMap((f) => {
    const spans = [...(includeDeclaration ? declarations(f.script, catalog, table, name) : [])];
    if (f.relevant) spans.push(...reads(f.script, catalog, column), ...writes(f, catalog, table, name));
    return spans.sort((a, b) => a.start - b.start).map((span) => ({ uri: f.uri, range: { start: f.lines.position(span.start), end: f.lines.position(span.end) } }));
  });
}

/** `db.t.col` at `offset`, from the innermost node that names a column. */
function columnAt(doc: DocumentSnapshot, offset: number): string | undefined {
  const path = nodePathAt(doc.script, offset);
  for (let i = path.length - 1; i > 0; i--) {
    const node = path[i];
    const parent = path[i - 1];
    if (node.kind === 'ColumnRef') return refSources(doc, node, offset).find(([, kind]) => kind === 'direct')?.[0];
    if (node.kind === 'ColumnDef' && parent.kind === 'CreateTable') return definedColumn(doc, parent.name, node.name.name);
    if (node.kind === 'Identifier' && parent.kind === 'Insert' && parent.columns?.includes(node)) return definedColumn(doc, parent.table, node.name);
    if (node.kind === 'Identifier' && parent.kind === 'SelectItem' && parent.alias === node) return writtenColumns(doc, parent.expr)[0];
  }
  return undefined;
}

/** Every project file (the document's own text for itself), jobs marked relevant when they read or write `table`. */
function searchedFiles(doc: DocumentSnapshot, table: string): Searched[] {
  const { workspace: ws, root, file } = doc;
  const self: Searched = { ...doc, relevant: true };
  if (!ws || !root || !file) return [self];
  return ws.files.map((wf) => {
    if (wf.file.path === file.path) return self;
    const io = ws.jobs.get(wf.file.path);
    const relevant = io !== undefined && (io.reads.includes(table) || io.writes.includes(table));
    return { uri: fileUri(root, wf.file.path), script: wf.script, lines: wf.lines, analysis: relevant ? ws.analysis.get(wf.file.path) : undefined, relevant };
  });
}

/** The column's definitions in CREATE TABLE statements of its table. */
function declarations(script: Script, catalog: Catalog | undefined, table: string, name: string): Span[] {
  return script.statements.flatMap((s) => (s.kind === 'CreateTable' && named(catalog, s.name.parts, table) ? s.columns.filter((c) => c.name.name.toLowerCase() === name).map((c) => c.name) : []));
}

/** Column references that resolve to `column` as a plain copy: its last name part. */
function reads(script: Script, catalog: Catalog | undefined, column: string): Span[] {
  const refs: ColumnRef[] = [];
  for (const statement of script.statements) visit(statement, (node) => void (node.kind === 'ColumnRef' && refs.push(node)));
  if (refs.length === 0) return [];
  const scopes = scopesOf(script, catalog);
  return refs.filter((ref) => scopes(ref.start).sources(ref).get(column) === 'direct').map((ref) => ref.parts[ref.parts.length - 1]);
}

/** INSERTs into the table writing the column: the name in the column list, else the select item written to it by position. */
function writes(f: Searched, catalog: Catalog | undefined, table: string, name: string): Span[] {
  const inserts: Insert[] = [];
  for (const statement of f.script.statements) visit(statement, (node: Node) => void (node.kind === 'Insert' && named(catalog, node.table.parts, table) && inserts.push(node)));
  return inserts.flatMap((insert) => {
    if (insert.columns) return insert.columns.filter((c) => c.name.toLowerCase() === name);
    const facts = (f.analysis?.facts.inserts ?? []).filter((fact) => fact.start >= insert.start && fact.end <= insert.end);
    return facts.flatMap((fact) => fact.columns.filter((c) => c.target === name).map((c) => ({ start: c.nameStart, end: c.nameEnd })));
  });
}

function named(catalog: Catalog | undefined, parts: Identifier[], table: string): boolean {
  const written = parts.map((p) => p.name).join('.');
  return (catalog?.get(written)?.name ?? written.toLowerCase()) === table;
}
