import { lineageCases } from './lineage-harness';

lineageCases('lineage: CTEs', [
  { name: 'CTE traced to its table', sql: 'INSERT INTO t WITH c AS (SELECT a, b FROM s WHERE x > 0) SELECT a FROM c', edges: ['s.a -> t.a direct'], filters: ['s.x'], reads: ['s'] },
  { name: 'WITH before INSERT', sql: 'WITH c AS (SELECT a FROM s) INSERT INTO t SELECT a FROM c', edges: ['s.a -> t.a direct'], reads: ['s'], writes: ['t'] },
  { name: 'CTE over CTE', sql: 'INSERT INTO t WITH a1 AS (SELECT x + 1 AS y FROM s), a2 AS (SELECT sum(y) AS z FROM a1) SELECT z FROM a2', edges: ['s.x -> t.z aggregate'], reads: ['s'] },
  { name: 'CTE referenced twice', sql: 'INSERT INTO t WITH c AS (SELECT k, v FROM s) SELECT c1.k, c2.v FROM c c1 JOIN c c2 ON c1.k = c2.k', edges: ['s.k -> t.k direct', 's.v -> t.v direct'], filters: [], reads: ['s'] },
  { name: 'CTE shadows a table of the same name', catalog: 'CREATE TABLE c (q INT);', sql: 'INSERT INTO t WITH c AS (SELECT a FROM s) SELECT a FROM c', edges: ['s.a -> t.a direct'], reads: ['s'] },
  { name: 'CTE column list renames', sql: 'INSERT INTO t WITH c (x) AS (SELECT a FROM s) SELECT x FROM c', edges: ['s.a -> t.x direct'] },
  { name: 'star over a CTE expands its columns', sql: 'INSERT INTO t WITH c AS (SELECT a, b + 1 AS bb FROM s) SELECT * FROM c', edges: ['s.a -> t.a direct', 's.b -> t.bb expression'] },
  { name: 'CTE used only in a filter subquery', sql: 'INSERT INTO t WITH bad AS (SELECT uid FROM b) SELECT uid FROM s WHERE uid NOT IN (SELECT uid FROM bad)', edges: ['s.uid -> t.uid direct'], filters: ['b.uid'], reads: ['b', 's'] },
  { name: 'union inside a CTE', sql: 'INSERT INTO t WITH u AS (SELECT a FROM s1 UNION ALL SELECT a FROM s2) SELECT count(a) AS n FROM u', edges: ['s1.a -> t.n aggregate', 's2.a -> t.n aggregate'] },
  { name: 'CTE filter feeds the statement', sql: 'INSERT INTO t WITH c AS (SELECT a FROM s WHERE d = 1 GROUP BY a, e) SELECT a FROM c', filters: ['s.d', 's.e'] },
]);

lineageCases('lineage: subqueries', [
  { name: 'derived table aggregate', sql: 'INSERT INTO t SELECT d.total FROM (SELECT k, sum(v) AS total FROM s GROUP BY k) d', edges: ['s.v -> t.total aggregate'], filters: ['s.k'] },
  { name: 'expression over an aggregate stays aggregate', sql: 'INSERT INTO t SELECT total * 2 AS dbl FROM (SELECT sum(v) AS total FROM s) d', edges: ['s.v -> t.dbl aggregate'] },
  { name: 'nested derived tables stay direct', sql: 'INSERT INTO t SELECT a FROM (SELECT a FROM (SELECT a FROM s) x) y', edges: ['s.a -> t.a direct'] },
  { name: 'derived column aliases', sql: 'INSERT INTO t SELECT x FROM (SELECT a, b FROM s) AS d (x, y)', edges: ['s.a -> t.x direct'] },
  { name: 'scalar subquery in select', sql: 'INSERT INTO t SELECT a, (SELECT max(v) FROM u) AS m FROM s', edges: ['s.a -> t.a direct', 'u.v -> t.m aggregate'], reads: ['s', 'u'] },
  { name: 'correlated scalar subquery', sql: 'INSERT INTO t SELECT s.a, (SELECT d.name FROM dim d WHERE d.id = s.id) AS name FROM s', edges: ['s.a -> t.a direct', 'dim.name -> t.name direct'], filters: ['dim.id', 's.id'] },
  { name: 'IN subquery in WHERE', sql: 'INSERT INTO t SELECT a FROM s WHERE id IN (SELECT id FROM black WHERE flag = 1)', edges: ['s.a -> t.a direct'], filters: ['black.flag', 'black.id', 's.id'], reads: ['black', 's'] },
  { name: 'correlated EXISTS', sql: 'INSERT INTO t SELECT a FROM s WHERE EXISTS (SELECT 1 FROM o WHERE o.uid = s.uid)', filters: ['o.uid', 's.uid'], reads: ['o', 's'] },
  { name: 'scalar count subquery', sql: 'INSERT INTO t SELECT s.uid, (SELECT count(*) FROM o WHERE o.uid = s.uid) AS n FROM s', edges: ['s.uid -> t.uid direct'], filters: ['o.uid'] },
  { name: 'star of a subquery over an unknown table', sql: 'INSERT INTO t SELECT * FROM (SELECT * FROM s) x', edges: ['s.* -> t.* direct'] },
  { name: 'column through a star subquery', sql: 'INSERT INTO t SELECT x.a FROM (SELECT * FROM s) x', edges: ['s.a -> t.a direct'], warns: false },
  { name: 'plain SELECT only reads', sql: 'SELECT a FROM s JOIN u ON s.id = u.id', edges: [], reads: ['s', 'u'], writes: [] },
]);

lineageCases('lineage: set operations', [
  { name: 'UNION ALL: each branch contributes', sql: 'INSERT INTO t SELECT a, b FROM s1 UNION ALL SELECT c, d FROM s2', edges: ['s1.a -> t.a direct', 's2.c -> t.a direct', 's1.b -> t.b direct', 's2.d -> t.b direct'], reads: ['s1', 's2'] },
  { name: 'UNION with an expression branch', sql: 'INSERT INTO t SELECT a FROM s1 UNION SELECT a + 1 FROM s2', edges: ['s1.a -> t.a direct', 's2.a -> t.a expression'] },
  { name: 'three branches', sql: 'INSERT INTO t SELECT a FROM s1 UNION ALL SELECT a FROM s2 UNION ALL SELECT a FROM s3', edges: ['s1.a -> t.a direct', 's2.a -> t.a direct', 's3.a -> t.a direct'] },
  { name: 'branch filters', sql: 'INSERT INTO t SELECT a FROM s1 WHERE x = 1 UNION ALL SELECT a FROM s2 WHERE y = 2', filters: ['s1.x', 's2.y'] },
  { name: 'union in a derived table', sql: 'INSERT INTO t SELECT k, sum(v) AS v FROM (SELECT k, v FROM s1 UNION ALL SELECT k, v FROM s2) u GROUP BY k', edges: ['s1.k -> t.k direct', 's2.k -> t.k direct', 's1.v -> t.v aggregate', 's2.v -> t.v aggregate'] },
]);

const rotate = (n: number) => Array.from({ length: n }, (_, i) => `c${(i + 1) % n}`).join(', ');
const columns = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);

lineageCases('lineage: recursive CTEs', [
  {
    name: 'the self-reference resolves to the anchor, not a table',
    sql: 'INSERT INTO t WITH RECURSIVE r (id, depth) AS (SELECT id, 0 FROM s WHERE parent IS NULL UNION ALL SELECT s.id, r.depth + 1 FROM s JOIN r ON s.parent = r.id) SELECT id, depth FROM r',
    edges: ['s.id -> t.id direct'], filters: ['s.parent'], reads: ['s'], warns: false,
  },
  {
    name: 'the recursive step adds its sources and kinds',
    sql: 'INSERT INTO t WITH RECURSIVE r (n) AS (SELECT start FROM s UNION ALL SELECT n + step FROM r JOIN u ON r.n < u.lim) SELECT n FROM r',
    edges: ['s.start -> t.n expression', 'u.step -> t.n expression'], filters: ['u.lim'], reads: ['s', 'u'],
  },
  {
    name: 'columns feeding each other reach a fixpoint',
    sql: 'INSERT INTO t WITH RECURSIVE r AS (SELECT a AS x, b AS y FROM s UNION ALL SELECT y, x FROM r) SELECT x, y FROM r',
    edges: ['s.a -> t.x direct', 's.b -> t.x direct', 's.a -> t.y direct', 's.b -> t.y direct'], reads: ['s'],
  },
  {
    name: 'a long rotation of columns terminates with every source',
    sql: `INSERT INTO t WITH RECURSIVE r AS (SELECT ${columns(20).join(', ')} FROM s UNION ALL SELECT ${rotate(20)} FROM r) SELECT c0 FROM r`,
    edges: columns(20).map((c) => `s.${c} -> t.c0 direct`),
  },
  {
    name: 'a later CTE of a RECURSIVE clause sees the recursive one',
    sql: 'INSERT INTO t WITH RECURSIVE r AS (SELECT k FROM s UNION ALL SELECT k FROM r), c AS (SELECT k FROM r) SELECT k FROM c',
    edges: ['s.k -> t.k direct'], reads: ['s'],
  },
  {
    name: 'without RECURSIVE a same-named table is read',
    sql: 'INSERT INTO t WITH s AS (SELECT a FROM s) SELECT a FROM s', edges: ['s.a -> t.a direct'], reads: ['s'],
  },
]);
