import assert from 'node:assert/strict';
import { lineageCases, runLineage } from './lineage-harness';

lineageCases('lineage: CTAS and views', [
  { name: 'CTAS writes the new table', sql: 'CREATE TABLE tmp.x AS SELECT a, sum(b) AS s FROM src GROUP BY a', edges: ['src.a -> tmp.x.a direct', 'src.b -> tmp.x.s aggregate'], reads: ['src'], writes: ['tmp.x'] },
  { name: 'CTAS result is known to later statements', sql: 'CREATE TABLE x AS SELECT a, b FROM s;\nINSERT INTO t SELECT * FROM x', edges: ['s.a -> x.a direct', 's.b -> x.b direct', 'x.a -> t.a direct', 'x.b -> t.b direct'], reads: ['s', 'x'], writes: ['t', 'x'] },
  { name: 'CTAS with star over a catalog table', catalog: 'CREATE TABLE ods.s (a INT, b INT);', sql: 'CREATE TABLE tmp.y AS SELECT * FROM ods.s', edges: ['ods.s.a -> tmp.y.a direct', 'ods.s.b -> tmp.y.b direct'] },
  { name: 'CREATE VIEW', sql: 'CREATE VIEW v AS SELECT a FROM s', edges: ['s.a -> v.a direct'], writes: ['v'], reads: ['s'] },
  { name: 'CREATE VIEW with a column list', sql: 'CREATE VIEW v (x, y) AS SELECT a, b + 1 FROM s', edges: ['s.a -> v.x direct', 's.b -> v.y expression'] },
  { name: 'temporary view used later', sql: 'CREATE TEMPORARY VIEW v AS SELECT a FROM s WHERE f = 1;\nINSERT INTO t SELECT a FROM v', edges: ['s.a -> v.a direct', 'v.a -> t.a direct'], filters: ['s.f'], reads: ['s', 'v'], writes: ['t', 'v'] },
  { name: 'Spark CACHE TABLE ... AS query is a temporary view', catalog: 'CREATE TABLE ods.s (a INT, f INT);', sql: 'CACHE TABLE c AS SELECT a FROM ods.s WHERE f = 1;\nINSERT INTO t SELECT count(a) AS n FROM c;\nUNCACHE TABLE c', edges: ['ods.s.a -> c.a direct', 'c.a -> t.n aggregate'], filters: ['ods.s.f'], reads: ['c', 'ods.s'], writes: ['c', 't'] },
  { name: 'CREATE TABLE DDL writes nothing', sql: 'CREATE TABLE dws.t (a INT) PARTITIONED BY (p_date STRING)', edges: [], reads: [], writes: [] },
  { name: 'DDL in the script positions a later INSERT', sql: 'CREATE TABLE t (x INT, y INT);\nINSERT INTO t SELECT a, b FROM s', edges: ['s.a -> t.x direct', 's.b -> t.y direct'] },
]);

lineageCases('lineage: multi-insert', [
  { name: 'each branch reads the shared FROM', dialect: 'hive', sql: 'FROM s INSERT OVERWRITE TABLE a SELECT x WHERE k = 1 INSERT OVERWRITE TABLE b SELECT y, count(*) AS c GROUP BY y', edges: ['s.x -> a.x direct', 's.y -> b.y direct'], writes: ['a', 'b'], reads: ['s'], filters: ['s.k'] },
  { name: 'branches with partitions', dialect: 'hive', sql: "FROM ods.s INSERT OVERWRITE TABLE a PARTITION (dt = '${date}') SELECT x INSERT OVERWRITE TABLE b PARTITION (dt) SELECT y, d", edges: ['ods.s.x -> a.x direct', 'ods.s.y -> b.y direct', 'ods.s.d -> b.dt direct'] },
  { name: 'shared FROM with an alias', dialect: 'hive', sql: 'FROM s src INSERT INTO TABLE a SELECT src.x INSERT INTO TABLE b SELECT src.y + 1 AS y', edges: ['s.x -> a.x direct', 's.y -> b.y expression'] },
  { name: 'shared FROM with a lateral view', dialect: 'hive', sql: 'FROM s LATERAL VIEW explode(tags) tt AS tag INSERT INTO TABLE a SELECT id, tag INSERT INTO TABLE b SELECT id', edges: ['s.id -> a.id direct', 's.tags -> a.tag expression', 's.id -> b.id direct'] },
]);

lineageCases('lineage: MERGE, DROP, TRUNCATE, ALTER', [
  { name: 'MERGE writes the target from the source', sql: 'MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET t.v = s.v WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v)', edges: ['s.v -> t.v direct', 's.id -> t.id direct'], reads: ['s'], writes: ['t'], filters: ['t.id'] },
  { name: 'MERGE reads the target when a value refers to it', sql: 'MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET cnt = t.cnt + s.cnt', edges: ['t.cnt -> t.cnt expression', 's.cnt -> t.cnt expression'], reads: ['s', 't'], writes: ['t'] },
  { name: 'MERGE with a subquery source', sql: 'MERGE INTO t USING (SELECT id, max(v) AS v FROM s GROUP BY id) u ON t.id = u.id WHEN MATCHED THEN UPDATE SET v = u.v', edges: ['s.v -> t.v aggregate'], reads: ['s'] },
  { name: 'DROP TABLE writes it', sql: 'DROP TABLE IF EXISTS tmp.x', edges: [], reads: [], writes: ['tmp.x'] },
  { name: 'TRUNCATE writes it', sql: 'TRUNCATE TABLE tmp.x', reads: [], writes: ['tmp.x'] },
  { name: 'ALTER TABLE RENAME writes the new name', sql: 'ALTER TABLE tmp.a RENAME TO tmp.b', reads: [], writes: ['tmp.b'] },
  { name: 'ALTER TABLE RENAME carries the columns over (build then swap)', sql: 'CREATE TABLE tmp.a AS SELECT x, y + 1 AS y FROM s;\nALTER TABLE tmp.a RENAME TO tmp.b', edges: ['s.x -> tmp.a.x direct', 's.y -> tmp.a.y expression', 'tmp.a.x -> tmp.b.x direct', 'tmp.a.y -> tmp.b.y direct'], writes: ['tmp.a', 'tmp.b'] },
  { name: 'SELECT reads', sql: 'SELECT a FROM s WHERE b = 1', edges: [], reads: ['s'], writes: [] },
]);

describe('lineage: damaged scripts', () => {
  it('keeps the valid statements around a syntax error', () => {
    const result = runLineage({ name: '', sql: 'INSERT INTO t SELECT a FROM s;\nSELEC oops nope;\nINSERT INTO u SELECT b FROM s2;' });
    const edges = result.edges.map((e) => `${e.source} -> ${e.target}`);
    assert.ok(edges.includes('s.a -> t.a'), edges.join(', '));
    assert.ok(edges.includes('s2.b -> u.b'), edges.join(', '));
  });

  it('keeps the next statement after a broken select list', () => {
    const result = runLineage({ name: '', sql: 'INSERT INTO t SELECT a, FROM s;\nINSERT INTO u SELECT b FROM s2;' });
    assert.ok(result.edges.some((e) => e.source === 's2.b' && e.target === 'u.b'));
  });

  it('never throws on an unfinished statement', () => {
    for (const sql of ['INSERT INTO', 'SELECT a FROM', 'WITH c AS (SELECT', 'INSERT INTO t SELECT * FROM (SELECT', 'MERGE INTO t USING']) {
      assert.doesNotThrow(() => runLineage({ name: '', sql }));
    }
  });

  it('keeps target expression spans', () => {
    const sql = 'INSERT INTO t SELECT a + 1 AS x FROM s';
    const [edge] = runLineage({ name: '', sql }).edges;
    assert.equal(sql.slice(edge.start, edge.end), 'a + 1');
  });
});
