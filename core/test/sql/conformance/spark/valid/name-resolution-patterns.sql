-- Source: Spark SQL reference, "Name resolution" and "SELECT" / "JOIN" / "Inline Table" pages (https://spark.apache.org/docs/latest/sql-ref-name-resolution.html): lateral column aliases, unaliased VALUES columns (col1, col2), DEFAULT in VALUES, LATERAL subqueries, semi/anti joins, nested joins — the documented forms instantiated for the name-resolution checks of issue 6.
SELECT a + b AS x, x * 2 AS y FROM t;
-- ----
SELECT salary AS s, s * 1.1 AS raised, raised - s AS delta FROM employees;
-- ----
SELECT col1, col2 FROM VALUES (1, 'a'), (2, 'b');
-- ----
SELECT col1 + 1 FROM VALUES 1, 2, 3;
-- ----
INSERT INTO t VALUES (1, DEFAULT), (2, 'x');
-- ----
INSERT INTO t (id, name) VALUES (3, DEFAULT);
-- ----
SELECT * FROM t1, LATERAL (SELECT t1.c1 + t2.c1 AS s FROM t2 WHERE t2.c2 = t1.c2);
-- ----
SELECT t1.id, s.total FROM t1 JOIN LATERAL (SELECT sum(amount) AS total FROM t2 WHERE t2.id = t1.id) s;
-- ----
SELECT a.id FROM a LEFT SEMI JOIN b ON a.id = b.id;
-- ----
SELECT a.id, a.name FROM a LEFT ANTI JOIN b ON a.id = b.id WHERE a.name IS NOT NULL;
-- ----
SELECT * FROM a SEMI JOIN b ON a.id = b.id;
-- ----
SELECT * FROM a ANTI JOIN b USING (id);
-- ----
SELECT * FROM (a JOIN b ON a.id = b.id) JOIN c ON c.id = a.id;
-- ----
SELECT * FROM a JOIN (b JOIN c ON b.k = c.k) ON a.k = b.k;
-- ----
SELECT * FROM a NATURAL JOIN b;
-- ----
SELECT id, name FROM a UNION ALL SELECT id FROM b;
-- ----
SELECT a, b FROM t1 UNION SELECT x, y, z FROM t2;
-- ----
SELECT upper(name), count(*), cast(id AS STRING), id + 1 FROM t GROUP BY name, id;
-- ----
SELECT named_struct('a', x, 'b', y).a AS a_only, struct(x AS p, y AS q).q FROM t;
-- ----
SELECT s.a, s.b.c FROM (SELECT named_struct('a', 1, 'b', named_struct('c', 2)) AS s);
-- ----
SELECT stack(2, 'x', 1, 'y', 2) AS (k, v);
-- ----
SELECT inline(array(struct(1, 'a'), struct(2, 'b')));
-- ----
SELECT k, v FROM t LATERAL VIEW inline(pairs) p AS k, v;
