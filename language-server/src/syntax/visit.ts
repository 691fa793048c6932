import type { Node } from '@strata/core';

/**
 * Calls `enter` for `node` and every node below it, parents first, with the nodes above it
 * (outermost first, `node` excluded). Plain objects such as CASE's `{when, then}` are searched for
 * nodes too. `enter` returning false skips the node's children.
 */
export function visit(node: Node, enter: (node: Node, ancestors: readonly Node[]) => boolean | void): void {
  const ancestors: Node[] = [];
  const go = (n: Node): void => {
    if (enter(n, ancestors) === false) return;
    ancestors.push(n);
    for (const key in n) childrenIn((n as unknown as Record<string, unknown>)[key], go);
    ancestors.pop();
  };
  go(node);
}

function childrenIn(value: unknown, go: (n: Node) => void): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) childrenIn(item, go);
    return;
  }
  if (typeof (value as { kind?: unknown }).kind === 'string') go(value as Node);
  else for (const key in value) childrenIn((value as Record<string, unknown>)[key], go);
}
