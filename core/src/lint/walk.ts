import type { Node } from '../sql';

/**
 * Calls `enter` for `node` and every node below it, parents first. Generic over the AST: any
 * object property with a string `kind` is a child, so new node kinds are walked without edits here.
 */
export function walk(node: Node, enter: (node: Node) => void): void {
  enter(node);
  for (const key in node) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) walkArray(value, enter);
    else if (isNode(value)) walk(value, enter);
  }
}

function walkArray(values: unknown[], enter: (node: Node) => void): void {
  for (const value of values) {
    if (Array.isArray(value)) walkArray(value, enter);
    else if (isNode(value)) walk(value, enter);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}
