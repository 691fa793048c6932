import type { Node, Script } from '@strata/core';

/**
 * The nodes spanning `offset`, outermost first: the statement, then each child down to the
 * innermost node. Ends count as inside, so a caret just after a name still finds it. A loop,
 * not recursion: trees may be hundreds of levels deep.
 */
export function nodePathAt(script: Script, offset: number): Node[] {
  const statement = script.statements.find((s) => s.start <= offset && offset <= s.end);
  const path: Node[] = [];
  for (let node: Node | undefined = statement; node; node = childAt(node, offset)) path.push(node);
  return path;
}

function childAt(node: Node, offset: number): Node | undefined {
  for (const key in node) {
    const found = nodeIn((node as unknown as Record<string, unknown>)[key], offset);
    if (found) return found;
  }
  return undefined;
}

/** A node spanning `offset` within a property value: a node, an array, or a plain object such as CASE's `{when, then}`. */
function nodeIn(value: unknown, offset: number): Node | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = nodeIn(item, offset);
      if (found) return found;
    }
    return undefined;
  }
  const kind = (value as { kind?: unknown }).kind;
  if (typeof kind !== 'string') return childAt(value as Node, offset);
  const node = value as Node;
  return startOf(node) <= offset && offset <= node.end ? node : undefined;
}

/** Where a node's text begins: `WITH ... INSERT ... SELECT` keeps its CTEs on a query that starts at SELECT. */
function startOf(node: Node): number {
  return node.kind === 'Query' && node.with ? Math.min(node.start, node.with.start) : node.start;
}
