import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import { parse } from '../../src/sql';
import type { Dialect } from '../../src/sql/ast';
import { catalogFrom, lineageCases } from './lineage-harness';

const DDL = `
CREATE TABLE t (a INT, b INT, c INT, d INT);
CREATE TABLE u (a INT, e INT);
CREATE TABLE w (a INT, f INT);
CREATE TABLE p (a INT, b INT) PARTITIONED BY (dt STRING);
`;

/** One diagnostics case: each expected problem as `code text` (text = the source it spans), or `code text: message`. */
interface Case {
  name: string;
  sql: string;
  found: string[];
  dialect?: Dialect;
}

function run(c: Case): string[] {
  const dialect = c.dialect ?? 'spark';
  return analyze(parse(c.sql, dialect), catalogFrom(DDL, dialect)).map((d) => {
    const short = `${d.code} ${c.sql.slice(d.start, d.end)}`;
    return c.found.includes(short) ? short : `${short}: ${d.message}`;
  });
}

const CASES: Case[] = [
  // Spark 3.4 lateral column aliases
  { name: 'a lateral column alias (Spark)', sql: 'SELECT a + b AS x, x * 2 AS y FROM t', found: [] },
  { name: 'a chain of lateral aliases', sql: 'SELECT a AS x, x + 1 AS y, y + 1 AS z FROM t', found: [] },
  { name: 'an input column wins over a lateral alias', sql: 'SELECT b AS a, a + 1 AS y FROM t', found: [] },
  { name: 'an alias is not visible before it is defined', sql: 'SELECT x * 2 AS y, a + b AS x FROM t', found: ["unknown-column x: unknown column 'x'; did you mean 'a'?"] },
  { name: 'Hive has no lateral column aliases', dialect: 'hive', sql: 'SELECT a + b AS x, x * 2 AS y FROM t', found: ['unknown-column x'] },
  { name: 'Flink has no lateral column aliases', dialect: 'flink', sql: 'SELECT a + b AS x, x * 2 AS y FROM t', found: ['unknown-column x'] },
  // DEFAULT
  { name: 'DEFAULT in INSERT VALUES', sql: 'INSERT INTO t VALUES (1, DEFAULT, 2, default)', found: [] },
  { name: 'DEFAULT in INSERT VALUES with a column list', sql: 'INSERT INTO t (a, b) VALUES (1, DEFAULT)', found: [] },
  { name: 'a quoted `default` is a column', sql: 'INSERT INTO t VALUES (1, `default`, 2, 3)', found: ['unknown-column `default`'] },
  { name: 'DEFAULT in MERGE values', sql: 'MERGE INTO t USING u ON t.a = u.a WHEN MATCHED THEN UPDATE SET b = DEFAULT WHEN NOT MATCHED THEN INSERT (a, b) VALUES (u.a, DEFAULT)', found: [] },
  // Hive dynamic partitions named in the column list
  { name: 'a dynamic partition in the INSERT column list (Hive)', dialect: 'hive', sql: 'INSERT INTO p PARTITION (dt) (a, b, dt) SELECT a, b, c FROM t', found: [] },
  { name: 'a partition in the column list without a PARTITION clause', dialect: 'hive', sql: 'INSERT INTO p (b, a, dt) SELECT a, b, c FROM t', found: [] },
  { name: 'a dynamic partition in the column list still counts', dialect: 'hive', sql: 'INSERT INTO p PARTITION (dt) (a, b, dt) SELECT a, b FROM t', found: ["insert-column-count p: INSERT into 'p' has 2 columns but its column list and dynamic partitions name 3"] },
  // virtual columns
  { name: 'Hive virtual columns', dialect: 'hive', sql: 'SELECT INPUT__FILE__NAME, BLOCK__OFFSET__INSIDE__FILE, ROW__OFFSET__INSIDE__BLOCK, RAW__DATA__SIZE, ROW__ID, ROW__ID.writeid, t.input__file__name FROM t', found: [] },
  { name: 'virtual columns next to a qualified typo', dialect: 'hive', sql: 'SELECT t.INPUT__FILE__NAME, t.zz FROM t', found: ['unknown-column zz'] },
  { name: 'a subquery has no virtual columns', dialect: 'hive', sql: 'SELECT INPUT__FILE__NAME FROM (SELECT a FROM t) s', found: ['unknown-column INPUT__FILE__NAME'] },
  { name: 'Spark _metadata', sql: 'SELECT _metadata.file_path, t._metadata.file_name, input_file_name() FROM t', found: [] },
  { name: 'Spark has no Hive virtual columns', sql: 'SELECT INPUT__FILE__NAME FROM t', found: ['unknown-column INPUT__FILE__NAME'] },
  // LATERAL subqueries
  { name: 'a LATERAL subquery sees the relations before it', sql: 'SELECT l.s FROM t, LATERAL (SELECT e + b AS s FROM u WHERE u.a = t.a) l', found: [] },
  { name: 'JOIN LATERAL sees them unqualified', sql: 'SELECT * FROM t JOIN LATERAL (SELECT e + b AS s FROM u WHERE u.e = d) l ON true', found: [] },
  { name: 'a plain subquery does not', sql: 'SELECT * FROM t, (SELECT e + b AS s FROM u) l', found: ['unknown-column b'] },
  // LEFT SEMI / ANTI
  { name: 'LEFT SEMI JOIN: no ambiguity with the right side', sql: 'SELECT a FROM t LEFT SEMI JOIN u ON t.a = u.a', found: [] },
  { name: 'LEFT SEMI JOIN: a right-side column in the select list', sql: 'SELECT e FROM t LEFT SEMI JOIN u ON t.a = u.a', found: ["unknown-column e: unknown column 'e': 'u' is the right side of a SEMI/ANTI join, visible only in its ON clause"] },
  { name: 'LEFT ANTI JOIN: a qualified right-side column', sql: 'SELECT u.e FROM t LEFT ANTI JOIN u ON t.a = u.a', found: ["unknown-column u: unknown column 'u.e': 'u' is the right side of a SEMI/ANTI join, visible only in its ON clause"] },
  { name: 'LEFT SEMI JOIN: an unrelated typo still gets a suggestion', sql: 'SELECT bb FROM t LEFT SEMI JOIN u ON t.a = u.a', found: ["unknown-column bb: unknown column 'bb'; did you mean 'b'?"] },
  { name: 'LEFT SEMI JOIN: the right side in WHERE', sql: 'SELECT * FROM t LEFT SEMI JOIN u ON t.a = u.a WHERE u.e > 1', found: ['unknown-column u'] },
  { name: 'LEFT SEMI JOIN USING', sql: 'SELECT a, b FROM t LEFT SEMI JOIN u USING (a)', found: [] },
  // nested parenthesised joins
  { name: '(a JOIN b) JOIN c', sql: 'SELECT t.b, u.e, w.f FROM (t JOIN u ON t.a = u.a) JOIN w ON w.a = u.a', found: [] },
  { name: 'a JOIN (b JOIN c)', sql: 'SELECT b, e, f FROM t JOIN (u JOIN w ON w.a = u.a) ON t.a = u.a', found: [] },
  { name: 'a typo in a nested join', sql: 'SELECT b, e, ff FROM t JOIN (u JOIN w ON w.a = u.a) ON t.a = u.a', found: ["unknown-column ff: unknown column 'ff'; did you mean 'f'?"] },
  { name: 'ambiguity across a nested join', sql: 'SELECT a FROM t JOIN (u JOIN w ON w.a = u.a) ON t.a = u.a', found: ['ambiguous-column a'] },
  // set operations of different widths
  { name: 'UNION branches of different widths', sql: 'SELECT a, b, c FROM t UNION ALL SELECT a, e FROM u', found: ['set-operation-columns SELECT a, e FROM u: UNION branches have 3 and 2 columns; give every branch the same number of columns'] },
  { name: 'the third branch of a UNION', sql: 'SELECT a, b FROM t UNION SELECT a, e FROM u UNION SELECT a FROM w', found: ['set-operation-columns SELECT a FROM w: UNION branches have 2 and 1 columns; give every branch the same number of columns'] },
  { name: 'INTERSECT', sql: 'SELECT a FROM t INTERSECT SELECT a, e FROM u', found: ['set-operation-columns SELECT a, e FROM u: INTERSECT branches have 1 and 2 columns; give every branch the same number of columns'] },
  { name: 'EXCEPT', sql: 'SELECT a, b FROM t EXCEPT SELECT a FROM u', found: ['set-operation-columns SELECT a FROM u'] },
  { name: 'VALUES branches', sql: 'SELECT a, b FROM t UNION ALL VALUES (1, 2, 3)', found: ['set-operation-columns VALUES (1, 2, 3)'] },
  { name: 'a branch over a table without DDL is not counted', sql: 'SELECT a, b FROM t UNION ALL SELECT * FROM nodll', found: ["unknown-table nodll: unknown table 'nodll'"] },
  // VALUES names
  { name: 'VALUES columns are col1, col2', sql: 'SELECT col1, col2, col3 FROM (VALUES (1, 2)) AS v', found: ["unknown-column col3: unknown column 'col3'; did you mean 'col1'?"] },
];

describe('semantic diagnostics: name resolution as each engine does it', () => {
  for (const c of CASES) {
    it(c.name, () => assert.deepEqual(run(c), c.found));
  }
});

lineageCases('lineage: lateral aliases, SEMI joins, virtual columns', [
  { name: 'a lateral alias derives from its expression', sql: 'INSERT INTO x SELECT a + b AS x, x * 2 AS y FROM t', edges: ['t.a -> x.x expression', 't.b -> x.x expression', 't.a -> x.y expression', 't.b -> x.y expression'] },
  { name: 'a lateral alias of an aggregate', sql: 'INSERT INTO x SELECT sum(a) AS s, s / 2 AS half FROM t', edges: ['t.a -> x.s aggregate', 't.a -> x.half aggregate'] },
  { name: 'a lateral alias over a table without DDL', sql: 'INSERT INTO x SELECT a AS x, x + 1 AS y FROM t', edges: ['t.a -> x.x direct', 't.a -> x.y expression'], warns: false },
  { name: 'SEMI JOIN `*` is the left side', catalog: DDL, sql: 'INSERT INTO x SELECT * FROM u LEFT SEMI JOIN w ON u.a = w.a', edges: ['u.a -> x.a direct', 'u.e -> x.e direct'], filters: ['w.a'], reads: ['u', 'w'] },
  { name: 'a virtual column derives from no column', dialect: 'hive', catalog: DDL, sql: 'INSERT INTO x SELECT a, INPUT__FILE__NAME AS f FROM t', edges: ['t.a -> x.a direct'] },
  { name: 'DEFAULT derives from no column', catalog: DDL, sql: 'INSERT INTO u VALUES (1, DEFAULT)', edges: [] },
]);
