import type { Identifier, Node, Relation, Select } from '@strata/core';

/** The name a FROM item is known by: its alias, else a table's last name part. */
export function relationName(relation: Relation): Identifier | undefined {
  if ('alias' in relation && relation.alias) return relation.alias;
  return relation.kind === 'TableRef' ? relation.name.parts[relation.name.parts.length - 1] : undefined;
}

/** The relations of a FROM item, joins taken apart. */
export function leaves(relation: Relation): Relation[] {
  const out: Relation[] = [];
  const stack = [relation];
  while (stack.length > 0) {
    const r = stack.pop()!;
    if (r.kind === 'Join') stack.push(r.right, r.left);
    else if (r.kind === 'LateralViewSource') stack.push(r.source);
    else out.push(r);
  }
  return out;
}

/**
 * The FROM item a qualifier (`k` of `k.col`) names, seen from below `ancestors` (outermost first):
 * the innermost SELECT declaring it wins; a query's ORDER BY sees the FROM of its SELECT body.
 */
export function qualifiedRelation(ancestors: readonly Node[], qualifier: string): Relation | undefined {
  const wanted = qualifier.toLowerCase();
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const select = selectOf(ancestors[i]);
    const found = select?.from.flatMap(leaves).find((r) => relationName(r)?.name.toLowerCase() === wanted);
    if (found) return found;
  }
  return undefined;
}

function selectOf(node: Node): Select | undefined {
  if (node.kind === 'Select') return node;
  return node.kind === 'Query' && node.body.kind === 'Select' ? node.body : undefined;
}
