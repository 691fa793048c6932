import assert from 'node:assert/strict';
import { sameTree } from '../../src/format/same-tree';
import { parse, type Dialect } from '../../src/sql';

const tree = (sql: string, dialect: Dialect = 'spark') => parse(sql, dialect).statements[0];

describe('format/sameTree', () => {
  const same: [string, string, string, Dialect?][] = [
    ['layout and keyword case', 'select a,b from t where x=1', 'SELECT\n  a,\n  b\nFROM\n  t\nWHERE\n  x = 1'],
    ['TRUE / null spelling', 'select true, null', 'SELECT TRUE, NULL'],
    ['storage clauses kept as text, up to spacing and keyword case', "create table t (a int) row format delimited fields terminated by ',' stored as orc", "CREATE TABLE t (a INT)\nROW FORMAT DELIMITED FIELDS TERMINATED BY ','\nSTORED AS ORC", 'hive'],
  ];
  for (const [title, a, b, dialect] of same) {
    it(`equal: ${title}`, () => assert.ok(sameTree(tree(a, dialect), tree(b, dialect))));
  }

  const different: [string, string, string, Dialect?][] = [
    ['a name in another case', 'select Room_Id from t', 'select room_id from t'],
    ['another literal', "select 'a b' from t", "select 'a  b' from t"],
    ['another operator', 'select a + b from t', 'select a - b from t'],
    ['another structure', 'select a from t where x = 1 and y = 2 or z = 3', 'select a from t where x = 1 and (y = 2 or z = 3)'],
    ['a dropped item', 'select a, b from t', 'select a from t'],
    ['a storage clause with another string', "create table t (a int) row format delimited fields terminated by ','", "create table t (a int) row format delimited fields terminated by ';'", 'hive'],
  ];
  for (const [title, a, b, dialect] of different) {
    it(`different: ${title}`, () => assert.equal(sameTree(tree(a, dialect), tree(b, dialect)), false));
  }
});
