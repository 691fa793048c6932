import type { FunctionCall, JsonBehavior, JsonClauses } from '../ast';
import { parseExpr } from './expressions';
import type { Parser } from './parser';
import { parseDataType } from './types';
import { parseOrderItems } from './windows';

type Clause = 'RETURNING' | 'WRAPPER' | 'ON EMPTY' | 'ON ERROR' | 'ON NULL';

/** The SQL/JSON functions with keyword clauses, and the clauses each takes (Flink's documented forms). */
const JSON_FUNCTIONS = new Map<string, ReadonlySet<Clause>>([
  ['JSON_VALUE', new Set(['RETURNING', 'ON EMPTY', 'ON ERROR'])],
  ['JSON_QUERY', new Set(['RETURNING', 'WRAPPER', 'ON EMPTY', 'ON ERROR'])],
  ['JSON_EXISTS', new Set(['ON ERROR'])],
  ['JSON_OBJECT', new Set(['ON NULL'])],
  ['JSON_ARRAY', new Set(['ON NULL'])],
  ['JSON_OBJECTAGG', new Set(['ON NULL'])],
  ['JSON_ARRAYAGG', new Set(['ON NULL'])],
]);

/** Words that start an ON EMPTY / ON ERROR behaviour. */
const BEHAVIORS = new Set(['NULL', 'ERROR', 'DEFAULT', 'EMPTY', 'TRUE', 'FALSE', 'UNKNOWN']);

/** True for the SQL/JSON functions whose arguments take keyword clauses (`upperName` upper-case). */
export function isJsonFunction(upperName: string): boolean {
  return JSON_FUNCTIONS.has(upperName);
}

/**
 * The arguments of a SQL/JSON function (the cursor is after `(`, which is not empty):
 * `JSON_OBJECT([KEY] k VALUE v, ...)` pairs, or plain arguments, then `JSON_ARRAYAGG`'s
 * `ORDER BY` and the function's keyword clauses.
 */
export function parseJsonArgs(p: Parser, fn: FunctionCall, upperName: string): void {
  const pairs = upperName === 'JSON_OBJECT' || upperName === 'JSON_OBJECTAGG';
  if (!(pairs && atOnNull(p))) {
    do {
      if (pairs) parsePair(p, fn);
      else fn.args.push(parseExpr(p));
    } while (p.eat(','));
  }
  if (upperName === 'JSON_ARRAYAGG' && p.at2('ORDER', 'BY')) {
    p.next();
    p.next();
    fn.withinGroup = parseOrderItems(p);
  }
  const clauses = parseClauses(p, JSON_FUNCTIONS.get(upperName) ?? new Set());
  if (clauses) fn.json = clauses;
}

/** `[KEY] k VALUE v` (`KEY` is optional, and may itself be a column when `VALUE` follows it). */
function parsePair(p: Parser, fn: FunctionCall): void {
  if (p.at('KEY') && p.peek(1) !== 'VALUE') p.next();
  fn.args.push(parseExpr(p));
  if (p.expect('VALUE')) fn.args.push(parseExpr(p));
}

function atOnNull(p: Parser): boolean {
  return (p.at('NULL') || p.at('ABSENT')) && p.peek(1) === 'ON' && p.peek(2) === 'NULL';
}

/** The clauses in any order, each taken once; undefined when there are none. */
function parseClauses(p: Parser, allowed: ReadonlySet<Clause>): JsonClauses | undefined {
  const out: JsonClauses = {};
  let any = false;
  for (;;) {
    if (allowed.has('RETURNING') && !out.returning && p.eat('RETURNING')) out.returning = parseDataType(p);
    else if (allowed.has('WRAPPER') && !out.wrapper && (p.at('WITH') || p.at('WITHOUT'))) out.wrapper = parseWrapper(p);
    else if (allowed.has('ON NULL') && !out.onNull && atOnNull(p)) out.onNull = onNull(p);
    else if (BEHAVIORS.has(p.peek()) && (allowed.has('ON EMPTY') || allowed.has('ON ERROR'))) {
      if (!parseBehavior(p, out, allowed)) return out;
    } else return any ? out : undefined;
    any = true;
  }
}

function onNull(p: Parser): 'NULL' | 'ABSENT' {
  const w = p.peek() as 'NULL' | 'ABSENT';
  p.next();
  p.next();
  p.next();
  return w;
}

/** `WITHOUT [ARRAY] WRAPPER`, `WITH [CONDITIONAL|UNCONDITIONAL] [ARRAY] WRAPPER`. */
function parseWrapper(p: Parser): JsonClauses['wrapper'] {
  const without = p.at('WITHOUT');
  p.next();
  let wrapper: JsonClauses['wrapper'] = without ? 'WITHOUT' : 'WITH';
  if (!without && (p.at('CONDITIONAL') || p.at('UNCONDITIONAL'))) {
    wrapper = p.at('CONDITIONAL') ? 'WITH CONDITIONAL' : 'WITH UNCONDITIONAL';
    p.next();
  }
  p.eat('ARRAY');
  p.expect('WRAPPER');
  return wrapper;
}

/** `NULL|ERROR|TRUE|FALSE|UNKNOWN|EMPTY ARRAY|EMPTY OBJECT|DEFAULT x ON EMPTY|ERROR`; false after an error. */
function parseBehavior(p: Parser, out: JsonClauses, allowed: ReadonlySet<Clause>): boolean {
  const start = p.start();
  const word = p.peek();
  p.next();
  if (word === 'EMPTY' && !p.at('ARRAY') && !p.at('OBJECT')) {
    p.unexpected("'ARRAY' or 'OBJECT'");
    return false;
  }
  const action = (word === 'EMPTY' ? `EMPTY ${p.peek()}` : word) as JsonBehavior['action'];
  if (word === 'EMPTY') p.next();
  const behavior: JsonBehavior = { kind: 'JsonBehavior', action, start, end: start };
  if (action === 'DEFAULT') behavior.default = parseExpr(p);
  if (!p.expect('ON')) return false;
  const on = p.peek();
  if (on === 'EMPTY' && allowed.has('ON EMPTY') && !out.onEmpty) out.onEmpty = behavior;
  else if (on === 'ERROR' && allowed.has('ON ERROR') && !out.onError) out.onError = behavior;
  else {
    p.unexpected(allowed.has('ON EMPTY') ? "'EMPTY' or 'ERROR'" : "'ERROR'");
    return false;
  }
  p.next();
  behavior.end = p.lastEnd;
  return true;
}
