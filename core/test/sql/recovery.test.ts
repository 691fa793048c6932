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
    assert.deepEqual(errors(run("SELECT 'abc")), [['unterminated string literal', "'"]]);
    assert.deepEqual(errors(run('SELECT 1 /* never closed')), [['unterminated block comment', '/*']]);
    assert.deepEqual(errors(run('SELECT `abc')), [['unterminated quoted identifier', '`']]);
  });

  it('skips garbage between statements', () => {
    const s = run('SELECT 1; @@ garbage ##; SELECT 2');
    assert.deepEqual(errors(s), [["unexpected '@', expected a statement", '@']]);
    assert.equal(s.statements.length, 2);
  });

  it('still parses the statement after a broken one', () => {
    const s = run('SELEC a FROM t;\nINSERT INTO x SELECT * FROM y;');
    assert.deepEqual(errors(s), [["unexpected 'SELEC', did you mean SELECT?", 'SELEC']]);
    // The misspelt statement is read as the SELECT it was meant to be (its one error kept).
    assert.deepEqual(s.statements.map((x) => x.kind), ['QueryStatement', 'Insert']);
  });

  it('resynchronises on a statement keyword starting a line when a ; is missing', () => {
    const s = run('SELECT a FROM t WHERE = 1\nINSERT INTO x SELECT 1');
    assert.equal(s.errors.length, 1);
    assert.deepEqual(s.statements.map((x) => x.kind), ['QueryStatement', 'Insert']);
    const broken = s.statements[0];
    assert.equal(s.text.slice(broken.start, broken.end), 'SELECT a FROM t WHERE = 1');
  });

  it('resynchronises on UPDATE, DELETE and SHOW but not on DESC ending an ORDER BY line', () => {
    const cases: [string, string[]][] = [
      ['SELECT a FROM t WHERE = 1\nUPDATE t SET a = 1', ['QueryStatement', 'Update']],
      ['SELECT a FROM t WHERE = 1\nDELETE FROM t', ['QueryStatement', 'Delete']],
      ['SELECT a FROM t WHERE = 1\nSHOW TABLES', ['QueryStatement', 'ShowStatement']],
      ['SELECT a FROM t WHERE = 1 ORDER BY a\nDESC LIMIT 10', ['QueryStatement']],
      ['MERGE INTO t USING s ON t.a = s.a WHEN MATCHED AND = THEN\nDELETE WHEN NOT MATCHED THEN\nINSERT *', ['Merge']],
    ];
    for (const [text, kinds] of cases) {
      const s = run(text);
      assert.equal(s.errors.length, 1, text);
      assert.deepEqual(s.statements.map((x) => x.kind), kinds, text);
    }
  });

  it('reports two statements run together without a ;', () => {
    const s = run('SELECT a FROM t\nSELECT b FROM u');
    assert.deepEqual(errors(s), [["unexpected 'SELECT', expected ';'", 'SELECT']]);
    assert.equal(s.statements.length, 2);
  });

  it('reports leftovers once', () => {
    assert.deepEqual(errors(run('SELECT a b FROM t c d')), [["unexpected 'd', expected ';'", 'd']]);
    assert.deepEqual(errors(run('SELECT t.)')), [["unexpected ')', expected a column name", ')']]);
  });

  it('recovers inside statement sets', () => {
    const s = run('EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT FROM s; INSERT INTO b SELECT 1; END;', 'flink');
    assert.equal(s.errors.length, 1);
    const set = s.statements[0];
    assert.equal(set.kind === 'StatementSet' && set.statements.length, 2);
  });

  describe('resynchronisation after an error', () => {
    /** Kinds of the statements and the number of errors. */
    function outline(text: string, dialect: Dialect = 'spark'): [string[], number] {
      const s = run(text, dialect);
      return [s.statements.map((x) => x.kind), s.errors.length];
    }

    const separate: [string, string[], Dialect?][] = [
      ['SELECT a FROM t WHERE = 1\nSELECT b FROM u', ['QueryStatement', 'QueryStatement']],
      ['INSERT INTO x SELECT a FROM t WHERE = 1\nSELECT b FROM u', ['Insert', 'QueryStatement']],
      ['WITH c AS (SELECT 1) SELECT * FROM c WHERE = 1\nWITH d AS (SELECT 2) SELECT * FROM d', ['QueryStatement', 'QueryStatement']],
      ['SELECT count(a FROM t\nINSERT INTO x SELECT 1', ['QueryStatement', 'Insert']],
      ['CREATE TABLE t (a INT, b)\nDROP TABLE u', ['CreateTable', 'DropStatement']],
      ['SELECT a FROM t WHERE = 1\nSET spark.sql.shuffle.partitions = 10', ['QueryStatement', 'SetStatement']],
      ['WITH a AS (SELECT 1)\nb AS (SELECT 2)\nSELECT * FROM a;\nINSERT INTO x SELECT 1', ['QueryStatement', 'Insert']],
      ['WITH a AS (SELECT 1) SELECT * FROM a WHERE = 1\nINSERT INTO x SELECT 1', ['QueryStatement', 'Insert']],
    ];
    for (const [text, kinds, dialect] of separate) {
      it(`does not let a broken statement swallow the next: ${JSON.stringify(text)}`, () => {
        assert.deepEqual(outline(text, dialect), [kinds, 1]);
      });
    }

    const whole: [string, string, Dialect?][] = [
      ['SELECT a FROM t WHERE x = = 1\nUNION ALL\nSELECT b FROM u', 'QueryStatement'],
      ['SELECT a FROM t WHERE x = = 1\nUNION\n-- the other half\nSELECT b FROM u', 'QueryStatement'],
      ["INSERT OVERWRITE TABLE t PARTITION (p_date = )\nSELECT a FROM s", 'Insert'],
      ['INSERT INTO t (a, b c)\nSELECT 1, 2', 'Insert'],
      ['WITH a AS (SELECT * FROM t WHERE = 1)\nSELECT * FROM a', 'QueryStatement'],
      ['WITH a AS (SELECT 1)\nb AS (SELECT * FROM a)\nINSERT OVERWRITE TABLE t\nSELECT * FROM b', 'QueryStatement'],
      ['WITH a AS (SELECT 1),\nb AS (SELECT * FROM a\nINSERT INTO t\nSELECT * FROM b', 'QueryStatement'],
      ['WITH a AS (SELECT 1)\nb AS (SELECT * FROM a)\nFROM b\nINSERT OVERWRITE TABLE t SELECT *', 'QueryStatement', 'hive'],
      ['SELECT * FROM t WHERE x = = 1 AND y IN (\nSELECT y FROM u)', 'QueryStatement'],
      ['CREATE TABLE t AS\nSELECT a FROM s WHERE = 1\nUNION ALL\nSELECT b FROM u', 'CreateTable'],
      ["CREATE TABLE k (a INT, b)\nWITH (\n  'connector' = 'kafka'\n)", 'CreateTable', 'flink'],
      ['SELECT a = = 1,\n  load,\n  b\nFROM t', 'QueryStatement'],
      ['MERGE INTO t USING s ON t.id = = s.id\nWHEN MATCHED THEN\nUPDATE SET *\nWHEN NOT MATCHED THEN\nINSERT *', 'Merge'],
      ['FROM src\nINSERT OVERWRITE TABLE a SELECT x WHERE = 1\nINSERT OVERWRITE TABLE b SELECT y', 'MultiInsert', 'hive'],
      ['SELECT a FROM t GROUP BY a = = 1\nWITH ROLLUP', 'QueryStatement', 'hive'],
    ];
    for (const [text, kind, dialect] of whole) {
      it(`keeps a broken statement whole: ${JSON.stringify(text)}`, () => {
        const s = run(text, dialect);
        assert.deepEqual([s.statements.map((x) => x.kind), s.errors.length], [[kind], 1]);
        assert.deepEqual([s.statements[0].start, s.statements[0].end], [0, text.length]);
      });
    }

    it('splits statements run together inside a statement set and stops at its END, not at a CASE END', () => {
      const text = `EXECUTE STATEMENT SET BEGIN
INSERT INTO a SELECT CASE WHEN x = = 1 THEN 1 END FROM s
INSERT INTO b SELECT 1;
END;
SELECT 2`;
      const s = run(text, 'flink');
      assert.deepEqual(s.statements.map((x) => x.kind), ['StatementSet', 'QueryStatement']);
      const set = s.statements[0];
      assert.deepEqual(set.kind === 'StatementSet' && set.statements.map((x) => x.kind), ['Insert', 'Insert']);
      assert.deepEqual(errors(s), [["unexpected '='", '=']].map(([m, t]) => [`${m}, expected an expression`, t]));
    });
  });

  it('keeps partial DDL', () => {
    const s = run("CREATE TABLE t (a INT, b) STORED AS ORC");
    assert.deepEqual(errors(s), [["unexpected ')', expected a data type", ')']]);
    const t = s.statements[0];
    assert.deepEqual(t.kind === 'CreateTable' && t.columns.map((c) => [c.name.name, c.type?.text]), [['a', 'INT'], ['b', undefined]]);
  });
});
