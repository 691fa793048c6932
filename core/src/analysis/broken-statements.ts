import type { Script, Span } from '../sql/ast';

/**
 * Whether a syntax error lies within `statement`. Such a statement's tree is partial: its
 * semantic problems are follow-ups of that one mistake, and what it declares has an unknown shape.
 */
export function hasSyntaxError(script: Script, statement: Span): boolean {
  return script.errors.some((e) => e.start >= statement.start && e.start <= statement.end);
}
