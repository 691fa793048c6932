import type { Dialect, Script, Statement } from '../ast';
import { CLAUSE_KEYWORDS } from './keywords';
import { Parser } from './parser';
import { resync } from './resync';
import { parseStatement } from './statements';

/** Parses a whole script. Never throws: problems become `errors`, and later statements still parse. */
export function parseScript(text: string, dialect: Dialect): Script {
  const p = new Parser(text, dialect);
  const statements = parseStatements(p, false);
  p.release();
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
    const stmt = parseGuarded(p);
    if (!p.halted && !p.atEnd() && !(untilEnd && p.at('END'))) p.unexpected("';'", CLAUSE_KEYWORDS);
    if (p.halted) {
      p.halted = false;
      const skippedEnd = resync(p, first, untilEnd);
      if (stmt && skippedEnd > stmt.end) stmt.end = skippedEnd;
    }
    if (stmt) out.push(stmt);
  }
}

function parseGuarded(p: Parser): Statement | undefined {
  try {
    return parseStatement(p);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    p.outOfStack();
    return undefined;
  }
}
