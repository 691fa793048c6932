import type { ColumnDef, Identifier, PrimaryKey, QualifiedName, TableConstraint } from '../ast';
import { parseExpr } from './expressions';
import type { Parser } from './parser';

/** True at a table-level constraint in a column list: `[CONSTRAINT c] PRIMARY KEY|FOREIGN KEY|UNIQUE|CHECK`. */
export function atTableConstraint(p: Parser): boolean {
  const w = p.peek();
  const next = p.peek(1);
  return (w === 'CONSTRAINT' && p.kind(1) !== 'op' && p.kind(2) === 'word') || (w === 'PRIMARY' && next === 'KEY') || (w === 'FOREIGN' && next === 'KEY') || ((w === 'UNIQUE' || w === 'CHECK') && next === '(');
}

/**
 * `[CONSTRAINT c] PRIMARY KEY (a) | FOREIGN KEY (a) REFERENCES t(b) | UNIQUE (a) | CHECK (expr)` and its
 * state (`NOT ENFORCED`, Hive `DISABLE NOVALIDATE RELY`).
 */
export function parseTableConstraint(p: Parser): PrimaryKey | TableConstraint {
  const start = p.start();
  const name = p.eat('CONSTRAINT') ? p.ident('a constraint name') : undefined;
  if (p.at('PRIMARY')) {
    p.next();
    p.expect('KEY');
    const columns = p.identList();
    return { kind: 'PrimaryKey', columns, notEnforced: parseConstraintState(p), start, end: p.lastEnd };
  }
  const c: TableConstraint = { kind: 'TableConstraint', type: 'UNIQUE', name, columns: [], start, end: start };
  if (p.eat('FOREIGN')) {
    c.type = 'FOREIGN KEY';
    p.expect('KEY');
    c.columns = p.identList();
    if (p.expect('REFERENCES')) c.references = parseReferences(p);
  } else if (p.eat('UNIQUE')) c.columns = p.identList();
  else if (p.at('CHECK')) {
    c.type = 'CHECK';
    c.check = parseCheck(p);
  } else p.unexpected("'PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE' or 'CHECK'");
  parseConstraintState(p);
  c.end = p.lastEnd;
  return c;
}

/**
 * A column constraint at the cursor (`CONSTRAINT c`, `UNIQUE`, `CHECK (expr)`, `REFERENCES t(c)`, or a
 * state word such as Hive's `ENABLE`, `DISABLE NOVALIDATE`, `RELY`); false when there is none.
 */
export function parseColumnConstraint(p: Parser, col: ColumnDef): boolean {
  const w = p.peek();
  if (w === 'CONSTRAINT') {
    p.next();
    p.ident('a constraint name');
  } else if (w === 'UNIQUE') {
    p.next();
    col.unique = true;
  } else if (w === 'CHECK' && p.peek(1) === '(') col.check = parseCheck(p);
  else if (w === 'REFERENCES') {
    p.next();
    col.references = parseReferences(p);
  } else if (!atConstraintState(p)) return false;
  else parseConstraintState(p);
  return true;
}

const STATE_WORDS = new Set(['ENABLE', 'DISABLE', 'ENFORCED', 'VALIDATE', 'NOVALIDATE', 'RELY', 'NORELY']);

/** Flink only has `NOT ENFORCED`; Hive (and Spark's grammar) take the state words too. */
function atConstraintState(p: Parser): boolean {
  return p.at2('NOT', 'ENFORCED') || (p.dialect !== 'flink' && STATE_WORDS.has(p.peek()));
}

/** `[NOT] ENFORCED`, `ENABLE|DISABLE`, `[NO]VALIDATE`, `[NO]RELY` in any order; true when the constraint is not enforced. */
export function parseConstraintState(p: Parser): boolean {
  let notEnforced = false;
  while (atConstraintState(p)) {
    if (p.at('NOT') || p.at('DISABLE')) notEnforced = true;
    if (p.at('NOT')) p.next();
    p.next();
  }
  return notEnforced;
}

function parseCheck(p: Parser) {
  p.next();
  const open = p.start();
  p.expect('(');
  const expr = parseExpr(p);
  p.close(open);
  return expr;
}

/** `t(c, ...)` after REFERENCES. */
function parseReferences(p: Parser): { table: QualifiedName; columns: Identifier[] } {
  const at = p.start();
  const table = p.qualifiedName('a table name') ?? { kind: 'QualifiedName' as const, parts: [], start: at, end: at };
  return { table, columns: p.at('(') ? p.identList() : [] };
}
