import type { Cte, Identifier, Node, Relation, Script } from '@strata/core';
import { nodePathAt } from './node-at';
import { qualifiedRelation } from './relations';
import { visit } from './visit';

/** A name that lives in one file: a CTE or a FROM item's alias, with every place it is written. */
export interface LocalName {
  kind: 'CTE' | 'alias';
  /** The identifier at the caret. */
  at: Identifier;
  /** Where it is declared: the CTE's name, the alias after its FROM item. */
  declaration: Identifier;
  /** Every occurrence in the name's scope, the declaration included, in text order. */
  occurrences: Identifier[];
}

/**
 * The CTE or alias at `offset` — its declaration, a FROM item naming the CTE, or the qualifier of
 * `k.col` / `k.*` — with its occurrences in its scope (the query holding the WITH; the SELECT
 * declaring the alias and its query's ORDER BY). Undefined on anything else.
 */
export function localNameAt(script: Script, offset: number): LocalName | undefined {
  const path = nodePathAt(script, offset);
  const node = path[path.length - 1];
  const parent = path[path.length - 2];
  if (node?.kind !== 'Identifier' || !parent) return undefined;
  const found = occurrencesOf(path, node);
  return found && { ...found, at: node, declaration: found.occurrences[0], occurrences: [...found.occurrences].sort((a, b) => a.start - b.start) };
}

function occurrencesOf(path: readonly Node[], node: Identifier): Found | undefined {
  const ancestors = path.slice(0, -1);
  const parent = ancestors[ancestors.length - 1];
  if (parent.kind === 'Cte' && parent.name === node) return cteOccurrences(ancestors, node.name);
  if (parent.kind === 'QualifiedName' && parent.parts.length === 1 && ancestors[ancestors.length - 2]?.kind === 'TableRef') return cteOccurrences(ancestors, node.name);
  if (qualifierOf(parent) === node) return relationOccurrences(ancestors, qualifiedRelation(ancestors, node.name));
  if ('alias' in parent && parent.alias === node && parent.kind !== 'SelectItem') return relationOccurrences(ancestors, parent as Relation);
  return undefined;
}

/** A name's kind and occurrences, the declaration first. */
type Found = Pick<LocalName, 'kind' | 'occurrences'>;

/** `k` of `k.col` or `k.*`. */
function qualifierOf(node: Node): Identifier | undefined {
  if (node.kind === 'ColumnRef' && node.parts.length === 2) return node.parts[0];
  if (node.kind === 'Star' && node.qualifier?.length === 1) return node.qualifier[0];
  return undefined;
}

/** The innermost enclosing query (or FROM-first multi-insert) with a CTE named `name`. */
function cteOwner(ancestors: readonly Node[], name: string): { owner: Node; cte: Cte } | undefined {
  const wanted = name.toLowerCase();
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (node.kind !== 'Query' && node.kind !== 'MultiInsert') continue;
    const cte = node.with?.ctes.find((c) => c.name.name.toLowerCase() === wanted);
    if (cte) return { owner: node, cte };
  }
  return undefined;
}

/** The CTE's name, the FROM items naming it, and the qualifiers that refer to such an unaliased item. */
function cteOccurrences(ancestors: readonly Node[], name: string): Found | undefined {
  const found = cteOwner(ancestors, name);
  if (!found) return undefined;
  const wanted = name.toLowerCase();
  const names = (r: Relation | undefined) => r?.kind === 'TableRef' && r.name.parts.length === 1 && r.name.parts[0].name.toLowerCase() === wanted;
  const out = [found.cte.name];
  visit(found.owner, (node, above) => {
    if (node.kind === 'TableRef' && names(node)) out.push(node.name.parts[0]);
    const q = qualifierOf(node);
    if (q && q.name.toLowerCase() === wanted && names(qualifiedRelation(above, q.name))) out.push(q);
  });
  return { kind: 'CTE', occurrences: out };
}

/** A FROM item's alias and the qualifiers that refer to it, within the SELECT declaring it. */
function relationOccurrences(ancestors: readonly Node[], relation: Relation | undefined): Found | undefined {
  if (!relation) return undefined;
  if (!('alias' in relation) || !relation.alias) return relation.kind === 'TableRef' && relation.name.parts.length === 1 ? cteOccurrences(ancestors, relation.name.parts[0].name) : undefined;
  const alias = relation.alias;
  const scope = scopeOf(ancestors, relation, alias.name);
  const out = [alias];
  if (scope) {
    visit(scope, (node, above) => {
      const q = qualifierOf(node);
      if (q && q.name.toLowerCase() === alias.name.toLowerCase() && qualifiedRelation(above, q.name) === relation) out.push(q);
    });
  }
  return { kind: 'alias', occurrences: out };
}

/** The SELECT whose FROM declares `relation`, or its query when the SELECT is the query's body (ORDER BY sees it). */
function scopeOf(ancestors: readonly Node[], relation: Relation, alias: string): Node | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (node.kind === 'Select' && qualifiedRelation([node], alias) === relation) {
      const query = ancestors[i - 1];
      return query?.kind === 'Query' && query.body === node ? query : node;
    }
  }
  return undefined;
}
