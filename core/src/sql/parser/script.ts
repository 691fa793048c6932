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
  for (let next = nextStatement(p, untilEnd); next; next = nextStatement(p, untilEnd)) if (next.statement) out.push(next.statement);
  return out;
}

/**
 * The next statement of the loop (no `statement` when the parser ran out of stack), or undefined
 * at the end. Nothing carries over from one statement to the next but the cursor: an editor may
 * start the loop at any statement's end (`Parser` `afterToken`) and get what a whole parse gets.
 */
export function nextStatement(p: Parser, untilEnd: boolean): { statement?: Statement } | undefined {
  while (p.eat(';'));
  if (p.kind() === 'eof' || (untilEnd && p.at('END'))) return undefined;
  const first = p.pos;
  const stmt = parseGuarded(p);
  if (!p.halted && !p.atEnd() && !(untilEnd && p.at('END'))) p.unexpected("';'", CLAUSE_KEYWORDS);
  if (p.halted) {
    p.halted = false;
    const skippedEnd = resync(p, first, untilEnd);
    if (stmt && skippedEnd > stmt.end) stmt.end = skippedEnd;
  }
  return { statement: stmt };
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
