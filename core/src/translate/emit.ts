import type { Node, Span } from '../sql/ast';
import type { TranslateContext } from './context';
import { rewrite } from './rewrites';

/** A replacement of the source range `[start, end)` by `text`; nodes inside it are not emitted. */
export interface Edit extends Span {
  text: string;
}

const VARIABLE = /\$\{([A-Za-z_][\w.-]*)\}/g;

/**
 * DuckDB text for `node`: its own rewrite when it has one, else its source text with every child
 * emitted in place. The parser is lossless, so untouched syntax, spacing and comments survive.
 */
export function emit(node: Node, ctx: TranslateContext): string {
  return rewrite(node, ctx) ?? emitWith(node, ctx, []);
}

/** `node`'s source text with `edits` applied and its other children (by default all of them) emitted by `emit`. */
export function emitWith(node: Span, ctx: TranslateContext, edits: Edit[], children: Node[] = childNodes(node)): string {
  const pieces: { start: number; end: number; text?: string; child?: Node }[] = [
    ...edits.map((e) => ({ start: e.start, end: e.end, text: e.text })),
    ...children.map((c) => ({ start: c.start, end: c.end, child: c })),
  ];
  // An edit wins over a child starting at the same place.
  pieces.sort((a, b) => a.start - b.start || (a.text !== undefined ? -1 : 1));
  let out = '';
  let pos = node.start;
  for (const piece of pieces) {
    if (piece.start < pos || piece.end > node.end) continue;
    out += raw(pos, piece.start, ctx);
    out += piece.text ?? emit(piece.child as Node, ctx);
    pos = piece.end;
  }
  return out + raw(pos, node.end, ctx);
}

/** Source text between nodes (keywords, punctuation, comments), with known `${vars}` substituted. */
export function raw(start: number, end: number, ctx: TranslateContext): string {
  return substituteVars(ctx.text.slice(start, end), ctx);
}

/** `${name}` replaced by its value; unknown names are left as written (they can only be in comments here). */
export function substituteVars(text: string, ctx: TranslateContext): string {
  if (!text.includes('${')) return text;
  return text.replace(VARIABLE, (whole, name: string) => ctx.vars[name] ?? whole);
}

/** The first `${name}` left in `text` after substitution (a variable without a value), if any. */
export function unknownVariable(text: string): string | undefined {
  return new RegExp(VARIABLE.source).exec(text)?.[1];
}

/** Direct child nodes of `node`: every property holding a node or an array of nodes, by position. */
export function childNodes(node: Span): Node[] {
  const out: Node[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) collect(item, out);
    } else collect(value, out);
  }
  return out.sort((a, b) => a.start - b.start);
}

function collect(value: unknown, out: Node[]): void {
  if (!value || typeof value !== 'object') return;
  const v = value as Partial<Node> & Record<string, unknown>;
  if (typeof v.kind === 'string' && typeof v.start === 'number') {
    out.push(v as Node);
    return;
  }
  // `{ when, then }` pairs of CASE and other plain holders of nodes.
  for (const inner of Object.values(v)) collect(inner, out);
}
