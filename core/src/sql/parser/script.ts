import type { Dialect, Script, Statement } from '../ast';
import { tokenize } from '../lexer';
import { STATEMENT_START } from './keywords';
import { Parser } from './parser';
import { parseStatement } from './statements';

/** Parses a whole script. Never throws: problems become `errors`, and later statements still parse. */
export function parseScript(text: string, dialect: Dialect): Script {
  const p = new Parser(text, dialect, tokenize(text, dialect));
  const statements = parseStatements(p, false);
  return { dialect, text, statements, errors: p.errors };
}

/**
 * Parses `;`-separated statements until end of input (or, inside a statement set, until `END`).
 * After each statement the cursor must sit on `;`/end; otherwise the leftover is reported once and skipped.
 */
export function parseStatements(p: Parser, untilEnd: boolean): Statement[] {
  const out: Statement[] = [];
  for (;;) {
    while (p.eat(';'));
    if (p.kind() === 'eof' || (untilEnd && p.at('END'))) return out;
    const first = p.pos;
    const stmt = parseStatement(p);
    if (!p.halted && !p.atEnd() && !(untilEnd && p.at('END'))) p.unexpected("';'");
    if (p.halted) {
      p.halted = false;
      const skippedEnd = resync(p, first, untilEnd);
      if (stmt && skippedEnd > stmt.end) stmt.end = skippedEnd;
    }
    if (stmt) out.push(stmt);
  }
}

/**
 * Skips to the next `;`, or to a statement keyword that starts a line, so one
 * mistake yields one error. Always moves past `first`. Returns the end of the last skipped token.
 */
function resync(p: Parser, first: number, untilEnd: boolean): number {
  let depth = 0;
  let end = p.lastEnd;
  for (;;) {
    const t = p.token();
    if (t.kind === 'eof') return end;
    const w = p.up[p.pos];
    if (p.pos > first) {
      // A `;` cannot sit inside parentheses, so it ends the statement even after an unclosed `(`.
      if (w === ';') return end;
      if (depth === 0 && (untilEnd ? w === 'END' : p.lineStart[p.pos] && t.kind === 'word' && STATEMENT_START.has(w))) return end;
    }
    if (w === '(') depth++;
    else if (w === ')' && depth > 0) depth--;
    p.next();
    end = t.end;
  }
}
