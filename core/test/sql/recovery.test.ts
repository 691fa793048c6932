import assert from 'node:assert/strict';
import { parse, type ColumnRef, type Dialect, type Insert, type QueryStatement, type Script, type Select } from '../../src/sql';

function run(text: string, dialect: Dialect = 'spark'): Script {
  return parse(text, dialect);
}

/** `[message, offending text]` of each error. */
function errors(s: Script): [string, string][] {
  return s.errors.map((e) => [e.message, s.text.slice(e.start, e.end)]);
}

function firstSelect(s: Script): Select {
  const st = s.statements[0] as QueryStatement;
  assert.equal(st.kind, 'QueryStatement');
  assert.equal(st.query.body.kind, 'Select');
  return st.query.body as Select;
}

describe('sql error recovery', () => {
  it('keeps a partial select when the FROM target is missing', () => {
    const s = run('SELECT a, b FROM');
    assert.equal(firstSelect(s).items.length, 2);
    assert.deepEqual(s.errors, [{ message: 'unexpected end of input, expected a table name', start: 16, end: 16 }]);
  });

  it('reports a missing FROM target and still parses WHERE', () => {
    const s = run('SELECT a FROM WHERE x = 1');
    assert.deepEqual(errors(s), [["unexpected 'WHERE', expected a table name", 'WHERE']]);
    assert.equal(firstSelect(s).where?.kind, 'BinaryExpr');
  });

  it('keeps the qualifier of an unfinished column reference and the FROM after it', () => {
    const s = run('SELECT t. FROM tbl t');
    const sel = firstSelect(s);
    const ref = sel.items[0].expr as ColumnRef;
    assert.equal(ref.kind, 'ColumnRef');
    assert.deepEqual(ref.parts.map((p) => p.name), ['t']);
    assert.equal(sel.from.length, 1);
    assert.deepEqual(errors(s), [["unexpected 'FROM', expected a column name", 'FROM']]);
    assert.equal(errors(run('SELECT t.'))[0][0], 'unexpected end of input, expected a column name');
  });

  it('reports a trailing comma in the select list once and parses the FROM', () => {
    const s = run('SELECT a, b, FROM t');
    assert.deepEqual(errors(s), [["unexpected 'FROM', expected an expression after ','", 'FROM']]);
    assert.equal(firstSelect(s).items.length, 2);
    assert.equal(firstSelect(s).from.length, 1);
  });

  it('gives an Insert for an unfinished INSERT', () => {
    const s = run('INSERT INTO t SELECT');
    assert.equal(s.statements[0].kind, 'Insert');
    assert.equal((s.statements[0] as Insert).table.parts[0].name, 't');
    assert.deepEqual(errors(s), [['unexpected end of input, expected an expression', '']]);
  });

  it('points an unclosed paren error at the offending token and back at the paren', () => {
    const s = run('SELECT (a + b FROM t; SELECT 2');
    assert.deepEqual(errors(s), [["unexpected 'FROM': expected ')' to close '(' at 1:8", 'FROM']]);
    assert.equal(s.statements.length, 2);
  });

  it('reports unterminated strings and comments', () => {
    assert.deepEqual(errors(run("SELECT 'abc")), [['unterminated string literal', "'abc"]]);
    assert.deepEqual(errors(run('SELECT 1 /* never closed')), [['unterminated block comment', '/* never closed']]);
    assert.deepEqual(errors(run('SELECT `abc')), [['unterminated quoted identifier', '`abc']]);
  });

  it('skips garbage between statements', () => {
    const s = run('SELECT 1; @@ garbage ##; SELECT 2');
    assert.deepEqual(errors(s), [["unexpected '@', expected a statement", '@']]);
    assert.equal(s.statements.length, 2);
  });

  it('still parses the statement after a broken one', () => {
    const s = run('SELEC a FROM t;\nINSERT INTO x SELECT * FROM y;');
    assert.deepEqual(errors(s), [["unexpected 'SELEC', expected a statement", 'SELEC']]);
    assert.deepEqual(s.statements.map((x) => x.kind), ['Insert']);
  });

  it('resynchronises on a statement keyword starting a line when a ; is missing', () => {
    const s = run('SELECT a FROM t WHERE = 1\nINSERT INTO x SELECT 1');
    assert.equal(s.errors.length, 1);
    assert.deepEqual(s.statements.map((x) => x.kind), ['QueryStatement', 'Insert']);
    const broken = s.statements[0];
    assert.equal(s.text.slice(broken.start, broken.end), 'SELECT a FROM t WHERE = 1');
  });

  it('reports two statements run together without a ;', () => {
    const s = run('SELECT a FROM t\nSELECT b FROM u');
    assert.deepEqual(errors(s), [["unexpected 'SELECT', expected ';'", 'SELECT']]);
    assert.equal(s.statements.length, 2);
  });

  it('reports leftovers once', () => {
    assert.deepEqual(errors(run('SELECT a b c FROM t')), [["unexpected 'c', expected ';'", 'c']]);
    assert.deepEqual(errors(run('SELECT t.)')), [["unexpected ')', expected a column name", ')']]);
  });

  it('recovers inside statement sets', () => {
    const s = run('EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT FROM s; INSERT INTO b SELECT 1; END;', 'flink');
    assert.equal(s.errors.length, 1);
    const set = s.statements[0];
    assert.equal(set.kind === 'StatementSet' && set.statements.length, 2);
  });

  it('keeps partial DDL', () => {
    const s = run("CREATE TABLE t (a INT, b) STORED AS ORC");
    assert.deepEqual(errors(s), [["unexpected ')', expected a data type", ')']]);
    const t = s.statements[0];
    assert.deepEqual(t.kind === 'CreateTable' && t.columns.map((c) => [c.name.name, c.type?.text]), [['a', 'INT'], ['b', undefined]]);
  });
});
