import type { Catalog, LineIndex, Node, QualifiedName, Script, Span, TableInfo } from '@strata/core';
import type { Location, Position } from 'vscode-languageserver';
import { fileUri } from '../projects';
import { columnReferences } from './column-references';
import type { DocumentSnapshot } from '../snapshot';
import { localNameAt } from '../syntax/local-names';
import { nodePathAt } from '../syntax/node-at';
import { visit } from '../syntax/visit';

/** A parsed file to search, with the URI its locations get. */
interface Searched {
  uri: string;
  script: Script;
  lines: LineIndex;
}

/**
 * References at `position`: a CTE or an alias, every occurrence in its scope within the file; a
 * column, where it is read and written across the project (`column-references.ts`); a table, every name of it across the project's jobs and table files (the document alone outside
 * a project). The declaration (the CTE, the alias, the name in CREATE TABLE) only when asked for.
 */
export function references(doc: DocumentSnapshot, position: Position, includeDeclaration: boolean): Location[] {
  const offset = doc.lines.offset(position);
  const local = localNameAt(doc.script, offset);
  if (local) return local.occurrences.filter((id) => includeDeclaration || id !== local.declaration).map((id) => locationOf(doc, id));
  const columns = columnReferences(doc, offset, includeDeclaration);
  if (columns) return columns;
  const table = tableAt(doc, offset);
  if (!table || !doc.catalog) return [];
  return searchedFiles(doc).flatMap((f) => tableNames(f.script, doc.catalog!, table, includeDeclaration).map((span) => locationOf(f, span)));
}

/** The project table named at `offset` (not a function name). */
function tableAt(doc: DocumentSnapshot, offset: number): TableInfo | undefined {
  const path = nodePathAt(doc.script, offset);
  const name = path[path.length - 2];
  if (path[path.length - 1]?.kind !== 'Identifier' || name?.kind !== 'QualifiedName' || path[path.length - 3]?.kind === 'FunctionCall') return undefined;
  return doc.catalog?.get(written(name));
}

/** The project's jobs and table files (the document's current text for itself), or the document alone. */
function searchedFiles(doc: DocumentSnapshot): Searched[] {
  const { workspace, root, file } = doc;
  if (!workspace || !root || !file) return [doc];
  return workspace.files.map((wf) => (wf.file.path === file.path ? doc : { uri: fileUri(root, wf.file.path), script: wf.script, lines: wf.lines }));
}

/** Names in `script` that stand for `table`; the name a CREATE TABLE / VIEW declares only with `declarations`. */
function tableNames(script: Script, catalog: Catalog, table: TableInfo, declarations: boolean): Span[] {
  const out: Span[] = [];
  for (const statement of script.statements) {
    visit(statement, (node, above) => {
      if (node.kind !== 'QualifiedName' || isFunctionName(above) || (!declarations && isDeclaration(node, above))) return;
      if (catalog.get(written(node))?.name === table.name) out.push(node);
    });
  }
  return out;
}

function isFunctionName(above: readonly Node[]): boolean {
  return above[above.length - 1]?.kind === 'FunctionCall';
}

function isDeclaration(name: QualifiedName, above: readonly Node[]): boolean {
  const parent = above[above.length - 1];
  return (parent?.kind === 'CreateTable' || parent?.kind === 'CreateView') && parent.name === name;
}

function written(name: QualifiedName): string {
  return name.parts.map((p) => p.name).join('.');
}

function locationOf(file: Searched, span: Span): Location {
  return { uri: file.uri, range: { start: file.lines.position(span.start), end: file.lines.position(span.end) } };
}
