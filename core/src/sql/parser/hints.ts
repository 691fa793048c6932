import type { Expr, Hint } from '../ast';
import type { Token } from '../tokens';
import { parseExpr } from './expressions';
import { Parser } from './parser';

/**
 * Parses the inside of a `/*+ ... *\/` comment: `NAME [(args)]` items separated by commas or spaces.
 * Hints are advisory, so a malformed hint is skipped rather than reported.
 */
export function parseHints(outer: Parser, comment: Token): Hint[] {
  const from = comment.start + 3;
  const to = Math.max(from, comment.end - 2);
  const p = new Parser(outer.text, outer.dialect, from, to);
  const hints: Hint[] = [];
  while (p.kind() !== 'eof' && !p.halted) {
    if (p.eat(',')) continue;
    const start = p.start();
    if (!p.atIdent()) break;
    const name = p.textOf(p.take());
    const args: Expr[] = [];
    if (p.eat('(')) {
      while (!p.at(')') && !p.halted && p.kind() !== 'eof') {
        args.push(parseExpr(p));
        if (!p.eat(',')) break;
      }
      p.eat(')');
    }
    hints.push({ kind: 'Hint', name: name.toUpperCase(), args, start, end: p.lastEnd });
  }
  p.release();
  return hints;
}
