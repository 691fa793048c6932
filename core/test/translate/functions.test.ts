import assert from 'node:assert/strict';
import { DuckDbSession } from './duckdb-session';

/**
 * Each function's documented Spark example (Spark SQL built-in functions reference), translated
 * and run on DuckDB, must give the value the documentation shows. Examples whose documented value
 * depends on the documentation's session time zone (America/Los_Angeles) are shown for UTC, the
 * emulated session time zone.
 */
const CASES: [sql: string, expected: unknown][] = [
  // conditionals
  ["nvl(NULL, array('2'))", ['2']],
  ['nvl2(NULL, 2, 1)', 1],
  ["if(1 < 2, 'a', 'b')", 'a'],
  ['coalesce(NULL, 1, NULL)', 1],
  ['ifnull(NULL, array(\'2\'))', ['2']],
  ['greatest(10, 9, 2, 4, 3)', 10],
  ['least(10, 9, 2, 4, 3)', 2],
  // dates and times
  ["date_format('2016-04-08', 'y')", '2016'],
  ["date_format('2016-04-08 13:05:09', 'yyyy-MM-dd HH:mm:ss')", '2016-04-08 13:05:09'],
  ["date_format('2016-04-08', 'HH')", '00'],
  ["from_unixtime(0, 'yyyy-MM-dd HH:mm:ss')", '1970-01-01 00:00:00'],
  ['from_unixtime(0)', '1970-01-01 00:00:00'],
  ["unix_timestamp('2016-04-08', 'yyyy-MM-dd')", 1460073600],
  ["unix_timestamp('2016-04-08 00:00:10')", 1460073610],
  ["unix_timestamp('not a date', 'yyyy-MM-dd')", null],
  ["to_date('2009-07-30 04:17:52')", '2009-07-30'],
  ["to_date('2016-12-31', 'yyyy-MM-dd')", '2016-12-31'],
  ["date_sub('2016-07-30', 1)", '2016-07-29'],
  ["date_add('2016-07-30', 1)", '2016-07-31'],
  ["datediff('2009-07-31', '2009-07-30')", 1],
  ["datediff('2009-07-30', '2009-07-31')", -1],
  ["add_months('2016-08-31', 1)", '2016-09-30'],
  ["trunc('2019-08-04', 'week')", '2019-07-29'],
  ["trunc('2019-08-04', 'quarter')", '2019-07-01'],
  ["trunc('2009-02-12', 'MM')", '2009-02-01'],
  ["trunc('2015-10-27', 'YEAR')", '2015-01-01'],
  ["year('2016-07-30')", 2016],
  ["month('2016-07-30')", 7],
  ["dayofmonth('2009-07-30')", 30],
  ["dayofweek('2009-07-30')", 5],
  ["hour('2009-07-30 12:58:59')", 12],
  ["last_day('2009-01-12')", '2009-01-31'],
  ["timestampdiff(MINUTE, TIMESTAMP '2024-01-01 10:00:59', TIMESTAMP '2024-01-01 10:01:00')", 0],
  ["datediff(HOUR, TIMESTAMP '2024-01-01 10:00:00', TIMESTAMP '2024-01-01 13:30:00')", 3],
  ["CAST(timestampadd(HOUR, 2, TIMESTAMP '2024-01-01 10:00:00') AS STRING)", '2024-01-01 12:00:00'],
  // JSON
  ["get_json_object('{\"a\":\"b\"}', '$.a')", 'b'],
  ["get_json_object('{\"a\":[{\"b\":1},{\"b\":2}]}', '$.a[1].b')", '2'],
  ["get_json_object('not json', '$.a')", null],
  // strings
  ["concat_ws(' ', 'Spark', 'SQL')", 'Spark SQL'],
  ["concat_ws('s')", ''],
  ["concat_ws('/', 'foo', null, 'bar')", 'foo/bar'],
  ["concat_ws(null, 'Spark', 'SQL')", null],
  ["concat_ws(',', 'a', split('b c', ' '), 'd')", 'a,b,c,d'],
  ["concat('Spark', 'SQL')", 'SparkSQL'],
  ["concat('Spark', NULL)", null],
  ["'Spark' || 'SQL'", 'SparkSQL'],
  ["split('oneAtwoBthreeC', '[ABC]')", ['one', 'two', 'three', '']],
  ["split('oneAtwoBthreeC', '[ABC]', -1)", ['one', 'two', 'three', '']],
  ["instr('SparkSQL', 'SQL')", 6],
  ["locate('bar', 'foobarbar')", 4],
  ["locate('bar', 'foobarbar', 5)", 7],
  ["substr('Spark SQL', 5)", 'k SQL'],
  ["substr('Spark SQL', -3)", 'SQL'],
  ["substr('Spark SQL', 5, 1)", 'k'],
  ["substring('Spark SQL', 0, 2)", 'Sp'],
  ["lower('SparkSql')", 'sparksql'],
  ["upper('SparkSql')", 'SPARKSQL'],
  ["trim('    SparkSQL   ')", 'SparkSQL'],
  ["lpad('hi', 5, '??')", '???hi'],
  ["lpad('hi', 1, '??')", 'h'],
  ["lpad('hi', 5)", '   hi'],
  ["rpad('hi', 5, '??')", 'hi???'],
  ["rpad('hi', 1, '??')", 'h'],
  ["regexp_extract('100-200', '(\\\\d+)-(\\\\d+)', 1)", '100'],
  ["regexp_extract('100-200', '(\\\\d+)-(\\\\d+)')", '100'],
  ["regexp_replace('100-200', '(\\\\d+)', 'num')", 'num-num'],
  ["regexp_replace('2016-04-08', '(\\\\d+)-(\\\\d+)-(\\\\d+)', '$3/$2/$1')", '08/04/2016'],
  ["regexp_like('%SystemDrive%\\\\Users\\\\John', '%SystemDrive%\\\\\\\\Users.*')", true],
  ["'%SystemDrive%\\\\Users\\\\John' rlike '%SystemDrive%\\\\\\\\Users.*'", true],
  // collections
  ["size(array('b', 'd', 'c', 'a'))", 4],
  ["size(map('a', 1, 'b', 2))", 2],
  ['size(NULL)', -1],
  ['named_struct("a", 1, "b", 2, "c", 3)', { a: 1, b: 2, c: 3 }],
  ['array(1, 2, 3)[0]', 1],
  ['array(1, 2, 3)[3]', null],
  ["map('a', 1, 'b', 2)['b']", 2],
  ["array_contains(array(1, 2, 3), 2)", true],
  ["sort_array(array('b', 'd', null, 'c', 'a'), true)", [null, 'a', 'b', 'c', 'd']],
  // numbers and operators
  ['3 div 2', 1],
  ['-7 div 2', -3],
  ['3 / 2', 1.5],
  ['2L / 2L', 1],
  ['round(2.5, 0)', '3'],
  ['round(25, -1)', 30],
  ['round(1.005D, 2)', 1.01],
  ['round(-2.5D)', -3],
  ['round(1 / 8, 2)', 0.13],
  ['bround(2.5, 0)', 2],
  ['ceil(-0.1)', 0],
  ['floor(5.9)', 5],
  ['pmod(-10, 3)', 2],
  ['3 ^ 5', 6],
  ['!true', false],
  ['2 <=> 2', true],
  ['NULL <=> NULL', true],
  ['true <=> NULL', false],
  // casts: Spark (non-ANSI) gives NULL for values that do not convert and truncates fractions
  ["CAST('10' AS INT)", 10],
  ["CAST('abc' AS INT)", null],
  ['CAST(1.7 AS INT)', 1],
  ['CAST(-1.7 AS BIGINT)', -1],
  ["CAST('1.7' AS INT)", 1],
  ["CAST('2016-04-08' AS DATE)", '2016-04-08'],
  ["CAST('x' AS DATE)", null],
];

const AGGREGATES: [sql: string, expected: unknown][] = [
  ['SELECT collect_set(col) FROM VALUES (1), (2), (1) AS tab(col)', [1, 2]],
  ['SELECT collect_list(col) FROM VALUES (1), (2), (NULL) AS tab(col)', [1, 2]],
  ['SELECT collect_list(col) FROM VALUES (NULL) AS tab(col)', []],
  ['SELECT percentile_approx(col, 0.5, 100) FROM VALUES (0), (1), (2), (10) AS tab(col)', 1],
  ['SELECT percentile_approx(col, array(0.5, 0.4, 0.1), 100) FROM VALUES (0), (1), (2), (10) AS tab(col)', [1, 1, 0]],
  ['SELECT percentile(col, 0.3) FROM VALUES (0), (10) AS tab(col)', 3],
  ["SELECT concat_ws(',', collect_list(col)) FROM VALUES ('a'), ('b') AS tab(col)", 'a,b'],
];

const WINDOWS: [name: string, sql: string, expected: unknown[][]][] = [
  ['rank', 'rank(b)', [['A1', 1, 1], ['A1', 1, 1], ['A1', 2, 3], ['A2', 3, 1]]],
  ['dense_rank', 'dense_rank(b)', [['A1', 1, 1], ['A1', 1, 1], ['A1', 2, 2], ['A2', 3, 1]]],
  ['row_number', 'row_number()', [['A1', 1, 1], ['A1', 1, 2], ['A1', 2, 3], ['A2', 3, 1]]],
];

describe('translate: functions on DuckDB give the values Spark documents', () => {
  let db: DuckDbSession;
  before(async () => (db = await DuckDbSession.open()));
  after(() => db.close());

  for (const [sql, expected] of CASES) {
    it(`${sql} -> ${JSON.stringify(expected)}`, async () => {
      const rows = await db.runTranslated(`SELECT ${sql} AS v`);
      assert.deepEqual(rows, [[expected]]);
    });
  }
  for (const [sql, expected] of AGGREGATES) {
    it(`${sql} -> ${JSON.stringify(expected)}`, async () => assert.deepEqual(await db.runTranslated(sql), [[expected]]));
  }
  for (const [name, call, expected] of WINDOWS) {
    const sql = `SELECT a, b, ${call} OVER (PARTITION BY a ORDER BY b) FROM VALUES ('A1', 2), ('A1', 1), ('A2', 3), ('A1', 1) tab(a, b) ORDER BY a, b`;
    it(`${name}: ${sql} -> ${JSON.stringify(expected)}`, async () => assert.deepEqual(await db.runTranslated(sql), expected));
  }
});
