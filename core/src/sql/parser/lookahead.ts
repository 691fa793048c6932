import { EXPRESSION_END } from './keywords';
import type { Parser } from './parser';

/** True when the token `k` ahead cannot continue an expression (`,`, `)`, `FROM`, a comparison, the end). */
export function endsExpression(p: Parser, k: number): boolean {
  return EXPRESSION_END.has(p.peek(k)) || p.kind(k) === 'eof';
}

/** Offset just past the parenthesised group that opens `k` tokens ahead. */
export function afterParens(p: Parser, k: number): number {
  let depth = 0;
  do {
    const t = p.peek(k);
    if (t === '(') depth++;
    else if (t === ')') depth--;
    else if (p.kind(k) === 'eof') return k;
    k++;
  } while (depth > 0);
  return k;
}
