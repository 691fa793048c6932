-- Source: Flink documentation, "Set Operations", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/queries/set-ops/ (apache/flink docs/content/docs/dev/table/sql/queries/set-ops.md).
create view t1(s) as values ('c'), ('a'), ('b'), ('b'), ('c');
-- ----
create view t2(s) as values ('d'), ('e'), ('a'), ('b'), ('b');
-- ----
(SELECT s FROM t1) UNION (SELECT s FROM t2);
-- ----
(SELECT s FROM t1) UNION ALL (SELECT s FROM t2);
-- ----
(SELECT s FROM t1) INTERSECT (SELECT s FROM t2);
-- ----
(SELECT s FROM t1) INTERSECT ALL (SELECT s FROM t2);
-- ----
(SELECT s FROM t1) EXCEPT (SELECT s FROM t2);
-- ----
(SELECT s FROM t1) EXCEPT ALL (SELECT s FROM t2);
