import type { ColumnRef, Identifier, Node, QualifiedName, Span } from '@strata/core';
import type { Location, Position } from 'vscode-languageserver';
import { fileUri } from '../projects';
import type { DocumentSnapshot } from '../snapshot';
import { nodePathAt } from '../syntax/node-at';
import { qualifiedRelation, relationName } from '../syntax/relations';

/**
 * Go to definition at `position`: a CTE name jumps to its definition in the file, a relation
 * qualifier (`k.` of `k.room_id`) to the alias (or table) that introduces it, a project table to
 * the name in its CREATE TABLE.
 */
export function definition(doc: DocumentSnapshot, position: Position): Location | null {
  const offset = doc.lines.offset(position);
  const path = nodePathAt(doc.script, offset);
  const at = path.length - 1;
  const node = path[at];
  if (node?.kind === 'Identifier' && path[at - 1]?.kind === 'ColumnRef') return qualifierDefinition(doc, path, path[at - 1] as ColumnRef, node);
  if (node?.kind === 'Identifier' && path[at - 1]?.kind === 'QualifiedName' && path[at - 2]?.kind !== 'FunctionCall') return tableDefinition(doc, path, path[at - 1] as QualifiedName);
  return null;
}

/** A table name: a CTE of an enclosing query first, then the project table. */
function tableDefinition(doc: DocumentSnapshot, path: Node[], name: QualifiedName): Location | null {
  const written = name.parts.map((p) => p.name.toLowerCase()).join('.');
  const cte = ctesAround(path).find((c) => c.name.toLowerCase() === written);
  if (cte) return here(doc, cte);
  const table = doc.catalog?.get(written);
  const wf = doc.workspace?.files.find((f) => f.file.path === table?.file);
  if (!table || !wf || !doc.root) return null;
  const create = wf.script.statements.find((s) => s.kind === 'CreateTable' || s.kind === 'CreateView');
  const target: Span = create && 'name' in create ? create.name : (table.span ?? { start: 0, end: 0 });
  return { uri: fileUri(doc.root, wf.file.path), range: { start: wf.lines.position(target.start), end: wf.lines.position(target.end) } };
}

/** `k` of `k.room_id`: the FROM item of an enclosing SELECT that `k` names. */
function qualifierDefinition(doc: DocumentSnapshot, path: Node[], ref: ColumnRef, part: Identifier): Location | null {
  if (ref.parts.indexOf(part) !== 0 || ref.parts.length < 2) return null;
  const relation = qualifiedRelation(path, part.name);
  const named = relation && relationName(relation);
  return named ? here(doc, named) : null;
}

/** CTE names of every query enclosing the path, innermost first. */
function ctesAround(path: Node[]): Identifier[] {
  const out: Identifier[] = [];
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    // Queries and FROM-first multi-inserts carry a WITH clause.
    if ((node.kind === 'Query' || node.kind === 'MultiInsert') && node.with) out.push(...node.with.ctes.map((c) => c.name));
  }
  return out;
}

function here(doc: DocumentSnapshot, span: Span): Location {
  return { uri: doc.uri, range: { start: doc.lines.position(span.start), end: doc.lines.position(span.end) } };
}
