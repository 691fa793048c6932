import { lineageCases } from './lineage-harness';

const DIM = 'CREATE TABLE s (id BIGINT, a INT); CREATE TABLE dim (id BIGINT, name STRING);';

lineageCases('lineage: joins', [
  { name: 'ON columns are filters', sql: 'INSERT INTO t SELECT s.a, d.name FROM s JOIN dim d ON s.id = d.id', edges: ['s.a -> t.a direct', 'dim.name -> t.name direct'], filters: ['dim.id', 's.id'], reads: ['dim', 's'] },
  { name: 'unqualified columns resolve through the catalog', catalog: DIM, sql: 'INSERT INTO t SELECT a, name FROM s LEFT JOIN dim ON s.id = dim.id', edges: ['s.a -> t.a direct', 'dim.name -> t.name direct'], warns: false },
  { name: 'USING: the column derives from both sides', catalog: DIM, sql: 'INSERT INTO t SELECT id, a, name FROM s JOIN dim USING (id)', edges: ['s.id -> t.id direct', 'dim.id -> t.id direct', 's.a -> t.a direct', 'dim.name -> t.name direct'], filters: [] },
  { name: 'USING without DDL', sql: 'INSERT INTO t SELECT id FROM s JOIN d USING (id)', edges: ['s.id -> t.id direct', 'd.id -> t.id direct'] },
  { name: 'USING key only joined', sql: 'INSERT INTO t SELECT s.a FROM s JOIN d USING (id)', edges: ['s.a -> t.a direct'], filters: ['d.id', 's.id'] },
  { name: 'USING with star', catalog: DIM, sql: 'INSERT INTO t SELECT * FROM s JOIN dim USING (id)', edges: ['s.id -> t.id direct', 'dim.id -> t.id direct', 's.a -> t.a direct', 'dim.name -> t.name direct'] },
  { name: 'NATURAL join with star', catalog: DIM, sql: 'INSERT INTO t SELECT * FROM s NATURAL JOIN dim', edges: ['s.id -> t.id direct', 'dim.id -> t.id direct', 's.a -> t.a direct', 'dim.name -> t.name direct'] },
  { name: 'NATURAL join columns', catalog: DIM, sql: 'INSERT INTO t SELECT id, name FROM s NATURAL JOIN dim', edges: ['s.id -> t.id direct', 'dim.id -> t.id direct', 'dim.name -> t.name direct'], warns: false },
  { name: 'ambiguous across unknown tables', sql: 'INSERT INTO t SELECT name FROM s JOIN d ON s.id = d.id', edges: ['?.name -> t.name direct'], warns: true },
  { name: 'self join with aliases', sql: 'INSERT INTO t SELECT a.x, b.x AS y FROM s a JOIN s b ON a.k = b.k', edges: ['s.x -> t.x direct', 's.x -> t.y direct'], filters: ['s.k'] },
  { name: 'LEFT SEMI JOIN star keeps the left side', catalog: DIM, sql: 'INSERT INTO t SELECT * FROM s LEFT SEMI JOIN dim ON s.id = dim.id', edges: ['s.id -> t.id direct', 's.a -> t.a direct'], filters: ['dim.id'] },
  { name: 'comma join with WHERE', sql: 'INSERT INTO t SELECT s.a, d.b FROM s, d WHERE s.id = d.id', edges: ['s.a -> t.a direct', 'd.b -> t.b direct'], filters: ['d.id', 's.id'] },
  { name: 'CROSS JOIN', sql: 'INSERT INTO t SELECT s.a, c.b FROM s CROSS JOIN c', edges: ['s.a -> t.a direct', 'c.b -> t.b direct'], filters: [] },
  { name: 'join chain', sql: 'INSERT INTO t SELECT a.x, b.y, c.z FROM a JOIN b ON a.id = b.id LEFT JOIN c ON b.cid = c.id', edges: ['a.x -> t.x direct', 'b.y -> t.y direct', 'c.z -> t.z direct'], filters: ['a.id', 'b.cid', 'b.id', 'c.id'] },
  { name: 'join with a derived table', sql: 'INSERT INTO t SELECT s.a, m.n FROM s JOIN (SELECT id, count(*) AS n FROM o GROUP BY id) m ON s.id = m.id', edges: ['s.a -> t.a direct'], filters: ['o.id', 's.id'] },
  { name: 'function in the join condition', sql: 'INSERT INTO t SELECT s.a FROM s JOIN d ON s.id = CAST(d.id AS BIGINT)', filters: ['d.id', 's.id'] },
  { name: 'FULL JOIN with coalesce', sql: 'INSERT INTO t SELECT coalesce(a.k, b.k) AS k FROM a FULL OUTER JOIN b ON a.k = b.k', edges: ['a.k -> t.k expression', 'b.k -> t.k expression'], filters: [] },
  { name: 'qualified star with DDL', catalog: DIM, sql: 'INSERT INTO t SELECT d.* FROM s JOIN dim d ON s.id = d.id', edges: ['dim.id -> t.id direct', 'dim.name -> t.name direct'], filters: ['s.id'] },
  { name: 'qualified star without DDL is a * edge', sql: 'INSERT INTO t SELECT d.* FROM s JOIN dim d ON s.id = d.id', edges: ['dim.* -> t.* direct'] },
  { name: 'db.table.* without DDL', sql: 'INSERT INTO t SELECT ods.s.* FROM ods.s', edges: ['ods.s.* -> t.* direct'], reads: ['ods.s'] },
  { name: 'star without DDL', sql: 'INSERT INTO t SELECT * FROM s', edges: ['s.* -> t.* direct'] },
  { name: 'star with DDL', catalog: 'CREATE TABLE s (a INT, b INT);', sql: 'INSERT INTO t SELECT * FROM s', edges: ['s.a -> t.a direct', 's.b -> t.b direct'] },
  { name: 'star EXCEPT', catalog: 'CREATE TABLE s (a INT, b INT);', sql: 'INSERT INTO t SELECT * EXCEPT (b) FROM s', edges: ['s.a -> t.a direct'] },
  { name: 'star plus computed column', catalog: 'CREATE TABLE s (a INT, b INT);', sql: 'INSERT INTO t SELECT *, a + b AS c FROM s', edges: ['s.a -> t.a direct', 's.b -> t.b direct', 's.a -> t.c expression', 's.b -> t.c expression'] },
]);

lineageCases('lineage: qualified stars', [
  { name: 'struct expansion is an expression of the struct column', catalog: 'CREATE TABLE dim (id INT, info STRUCT<a:INT,b:INT>);', sql: 'INSERT INTO t SELECT id, info.* FROM dim', edges: ['dim.id -> t.id direct', 'dim.info -> t.* expression'], warns: false },
  { name: 'struct expansion through an alias', catalog: 'CREATE TABLE dim (id INT, info STRUCT<a:INT,b:INT>);', sql: 'INSERT INTO t SELECT d.info.* FROM dim d', edges: ['dim.info -> t.* expression'] },
  { name: 'x.* over a table without DDL is its struct column', sql: 'INSERT INTO t SELECT info.* FROM s', edges: ['s.info -> t.* expression'] },
  { name: 'x.* naming no relation keeps an x.* edge', catalog: 'CREATE TABLE dim (id INT);', sql: 'INSERT INTO t SELECT q.* FROM dim', edges: ['q.* -> t.* direct'] },
]);
