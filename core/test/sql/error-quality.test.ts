import assert from 'node:assert/strict';
import { parse, type Dialect } from '../../src/sql';

const all: Dialect[] = ['spark', 'hive', 'flink'];

/** [dialects, sql, message, start offset, the text the error spans]: exactly one error each. */
const errors: [Dialect[], string, string, number, string][] = [
  // A misspelt keyword is reported on itself, with the keyword it misspells.
  [all, 'SELECT a FORM t', "unexpected 'FORM', did you mean FROM?", 9, 'FORM'],
  [all, 'SELEC a FROM t', "unexpected 'SELEC', did you mean SELECT?", 0, 'SELEC'],
  [all, 'SELECT a FROM t WHER x = 1', "unexpected 'WHER', did you mean WHERE?", 16, 'WHER'],
  [all, 'SELECT a FROM t GROPU BY a', "unexpected 'GROPU', did you mean GROUP?", 16, 'GROPU'],
  [all, 'SELECT a FROM t GROUP BY a ORDR BY a', "unexpected 'ORDR', did you mean ORDER?", 27, 'ORDR'],
  [all, 'SELECT a FROM t WHERE x = 1 GRUOP BY a', "unexpected 'GRUOP', did you mean GROUP?", 28, 'GRUOP'],
  [all, 'SELECT a FROM t WHERE x = 1 ORDER BYE a', "unexpected 'BYE', did you mean BY?", 34, 'BYE'],
  [all, 'SELECT a FROM t LIMT 10', "unexpected 'LIMT', did you mean LIMIT?", 16, 'LIMT'],
  [all, 'SELECT a FROM t ORDER a', "unexpected 'a', expected BY after ORDER", 22, 'a'],
  [all, 'SELECT a FROM t GROUP a', "unexpected 'a', expected BY after GROUP", 22, 'a'],
  [all, 'SELECT a FROM t JION u ON t.a = u.a', "unexpected 'JION', did you mean JOIN?", 16, 'JION'],
  [all, 'SELECT a FROM t LEFT JION u ON t.a = u.a', "unexpected 'JION', did you mean JOIN?", 21, 'JION'],
  [all, 'SELECT a FROM t UNOIN SELECT b FROM u', "unexpected 'UNOIN', did you mean UNION?", 16, 'UNOIN'],
  [all, 'SELECT count(*) FROM t HAVNG count(*) > 1', "unexpected 'HAVNG', did you mean HAVING?", 23, 'HAVNG'],
  [all, 'SELECT a FROM (SELECT b FORM t) x', "unexpected 'FORM', did you mean FROM?", 24, 'FORM'],
  [all, 'INSERT INTE t SELECT 1', "unexpected 'INTE', did you mean INTO?", 7, 'INTE'],
  [all, 'INSER INTO t SELECT 1', "unexpected 'INSER', did you mean INSERT?", 0, 'INSER'],
  [all, 'CREAT VIEW v AS SELECT 1', "unexpected 'CREAT', did you mean CREATE?", 0, 'CREAT'],
  [all, 'CREAT VIEW v AS SELEC 1', "unexpected 'CREAT', did you mean CREATE?", 0, 'CREAT'],
  [['spark', 'hive'], 'INSER OVERWRITE TABLE t SELECT 1', "unexpected 'INSER', did you mean INSERT?", 0, 'INSER'],
  [['spark', 'hive'], 'INSERT OVERWRITE TABEL t SELECT 1', "unexpected 'TABEL', did you mean TABLE?", 17, 'TABEL'],
  [all, 'EXPLAIN INSRT INTO t SELECT 1', "unexpected 'INSRT', did you mean INSERT?", 8, 'INSRT'],
  [all, 'INSERT INTO t SELEC a FROM s', "unexpected 'SELEC', did you mean SELECT?", 14, 'SELEC'],
  [all, 'CREATE TABEL t (a INT)', "unexpected 'TABEL', did you mean TABLE?", 7, 'TABEL'],
  [all, 'CREATE DATABSE db', "unexpected 'DATABSE', did you mean DATABASE?", 7, 'DATABSE'],
  [all, 'DROP TABEL t', "unexpected 'TABEL', did you mean TABLE?", 5, 'TABEL'],
  [['spark', 'hive'], "ALTER TABLE t ADD PARTITON (p = '1')", "unexpected 'PARTITON', did you mean PARTITION?", 18, 'PARTITON'],
  [all, 'ALTER TABLE t RENAM TO u', "unexpected 'RENAM', did you mean RENAME?", 14, 'RENAM'],
  [all, 'ALTER TABLE t FROB x', "unexpected 'FROB', expected an ALTER TABLE action (ADD, DROP, RENAME, SET, CHANGE, ...)", 14, 'FROB'],
  [all, 'DROP TABLE IF EXIST t', "unexpected 'EXIST', did you mean EXISTS?", 14, 'EXIST'],
  [['hive'], 'CREATE TABLE t (a INT) STORED AZ ORC', "unexpected 'AZ', did you mean AS?", 30, 'AZ'],
  [all, "CREATE TABLE t (a INT COMMNET 'x')", "unexpected 'COMMNET', did you mean COMMENT?", 22, 'COMMNET'],
  [['hive'], "CREATE TABLE t (a INT) LOCATON '/x'", "unexpected 'LOCATON', did you mean LOCATION?", 23, 'LOCATON'],
  [all, 'SELECT CASE WHEN a THEN 1 ESLE 2 END FROM t', "unexpected 'ESLE', did you mean ELSE?", 26, 'ESLE'],
  [all, 'SELECT a FROM t WHERE a NOT INN (1)', "unexpected 'INN', did you mean IN?", 28, 'INN'],
  [all, 'SELECT a FROM t WHERE a IS NOTT NULL', "unexpected 'NOTT', did you mean NOT?", 27, 'NOTT'],
  [all, 'ALTER TABEL t RENAME TO u', "unexpected 'TABEL', did you mean TABLE?", 6, 'TABEL'],
  [['spark', 'hive'], 'UPDATE t SETT x = 1', "unexpected 'SETT', did you mean SET?", 9, 'SETT'],
  [['spark', 'hive'], 'UPDATE t SET x = 1 WHER y = 2', "unexpected 'WHER', did you mean WHERE?", 19, 'WHER'],
  [['spark', 'hive'], 'DELET FROM t', "unexpected 'DELET', did you mean DELETE?", 0, 'DELET'],
  [['spark', 'hive'], 'DELETE FORM t', "unexpected 'FORM', did you mean FROM?", 7, 'FORM'],
  [all, 'SHOW TABLS', "unexpected 'TABLS', did you mean TABLES?", 5, 'TABLS'],
  [all, 'SHOW CREATE TABEL t', "unexpected 'TABEL', did you mean TABLE?", 12, 'TABEL'],
  [['spark', 'hive'], "LOAD DATA INPAHT '/x' INTO TABLE t", "unexpected 'INPAHT', did you mean INPATH?", 10, 'INPAHT'],
  [['spark', 'hive'], 'MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN UPDAT SET a = 1', "unexpected 'UPDAT', did you mean UPDATE?", 52, 'UPDAT'],
  [['spark', 'hive'], "ADD FIEL '/x.py'", "unexpected 'FIEL', did you mean FILE?", 4, 'FIEL'],
  // A statement keyword nobody knows, or a word that cannot start one.
  [all, 'FOO BAR', "unexpected 'FOO', expected a statement", 0, 'FOO'],
  [all, 'TABLES', "unexpected 'TABLES', expected a statement", 0, 'TABLES'],
  // A missing comma is reported between the two items.
  [all, 'SELECT a b c FROM t', "missing ',' before 'c'?", 10, ' '],
  [all, 'SELECT a, b c\n  d FROM t', "missing ',' before 'd'?", 13, '\n  '],
  [all, 'CREATE TABLE t (a INT b STRING)', "missing ',' before 'b'?", 21, ' '],
  // Unterminated tokens are reported at their opening, not over the rest of the file.
  [all, "SELECT 'abc FROM t", 'unterminated string literal', 7, "'"],
  [all, 'SELECT "abc FROM t', 'unterminated string literal', 7, '"'],
  [all, 'SELECT `abc FROM t', 'unterminated quoted identifier', 7, '`'],
  [all, 'SELECT 1 /* never\nclosed', 'unterminated block comment', 9, '/*'],
  [all, "SELECT a FROM t WHERE b = 'x;\nSELECT 2", 'unterminated string literal', 26, "'"],
  [all, "CREATE TABLE t (a INT COMMENT 'abc)", 'unterminated string literal', 30, "'"],
  [['spark', 'hive'], "SET x = 'abc", 'unterminated string literal', 8, "'"],
  [['flink'], "SET 'x' = 'abc", 'unterminated string literal', 10, "'"],
  [['spark', 'hive'], "ADD FILE '/x.py", 'unterminated string literal', 9, "'"],
  [all, "SELECT '${date", 'unterminated string literal', 7, "'"],
];

describe('sql error quality', () => {
  for (const [dialects, sql, message, start, text] of errors) {
    it(`${sql.replace(/\n/g, '\\n')} -> ${message}`, () => {
      for (const d of dialects) {
        const found = parse(sql, d).errors.map((e) => [e.message, e.start, sql.slice(e.start, e.end)]);
        assert.deepEqual(found, [[message, start, text]], d);
      }
    });
  }

  it('reads a statement whose first keyword is misspelt as the statement it was meant to be', () => {
    const script = parse('CREAT VIEW v AS SELECT 1 AS a;\nSELECT a FROM v', 'spark');
    assert.deepEqual(script.statements.map((s) => s.kind), ['CreateView', 'QueryStatement']);
    assert.deepEqual(script.errors.map((e) => e.message), ["unexpected 'CREAT', did you mean CREATE?"]);
  });

  // Words one edit away from a keyword are names like any other where the SQL is valid.
  const valid = [
    'SELECT form FROM t',
    'SELECT a form FROM t',
    'SELECT a AS fro FROM t form WHERE form.x = 1',
    'SELECT * FROM t wher',
    'SELECT a b, c d FROM t',
    'SELECT a FROM t limt',
    'SELECT ordr, grop FROM t ordr JOIN u jion ON ordr.a = jion.a',
    'UPDATE t sett SET x = 1',
    'CREATE TABLE tabel (a INT, b STRING)',
    'SELECT a FROM orders WHERE x = 1',
    "ALTER TABLE t ADD partiton_day STRING",
  ];
  for (const sql of valid) {
    it(`accepts ${sql}`, () => {
      for (const d of ['spark', 'hive'] as Dialect[]) assert.deepEqual(parse(sql, d).errors, [], d);
    });
  }
});
