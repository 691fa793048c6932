-- Source: Spark SQL reference, "Hints", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-hints.html (apache/spark docs/sql-ref-syntax-qry-select-hints.md).
SELECT /*+ COALESCE(3) */ * FROM t;
-- ----
SELECT /*+ REPARTITION(3) */ * FROM t;
-- ----
SELECT /*+ REPARTITION(c) */ * FROM t;
-- ----
SELECT /*+ REPARTITION(3, c) */ * FROM t;
-- ----
SELECT /*+ REPARTITION_BY_RANGE(c) */ * FROM t;
-- ----
SELECT /*+ REPARTITION_BY_RANGE(3, c) */ * FROM t;
-- ----
SELECT /*+ REBALANCE */ * FROM t;
-- ----
SELECT /*+ REBALANCE(3) */ * FROM t;
-- ----
SELECT /*+ REBALANCE(c) */ * FROM t;
-- ----
SELECT /*+ REBALANCE(3, c) */ * FROM t;
-- ----
-- multiple partitioning hints
EXPLAIN EXTENDED SELECT /*+ REPARTITION(100), COALESCE(500), REPARTITION_BY_RANGE(3, c) */ * FROM t;
-- ----
-- Join Hints for broadcast join
SELECT /*+ BROADCAST(t1) */ * FROM t1 INNER JOIN t2 ON t1.key = t2.key;
-- ----
SELECT /*+ BROADCASTJOIN (t1) */ * FROM t1 left JOIN t2 ON t1.key = t2.key;
-- ----
SELECT /*+ MAPJOIN(t2) */ * FROM t1 right JOIN t2 ON t1.key = t2.key;
-- ----
-- Join Hints for shuffle sort merge join
SELECT /*+ SHUFFLE_MERGE(t1) */ * FROM t1 INNER JOIN t2 ON t1.key = t2.key;
-- ----
SELECT /*+ MERGEJOIN(t2) */ * FROM t1 INNER JOIN t2 ON t1.key = t2.key;
-- ----
SELECT /*+ MERGE(t1) */ * FROM t1 INNER JOIN t2 ON t1.key = t2.key;
-- ----
-- Join Hints for shuffle hash join
SELECT /*+ SHUFFLE_HASH(t1) */ * FROM t1 INNER JOIN t2 ON t1.key = t2.key;
-- ----
-- Join Hints for shuffle-and-replicate nested loop join
SELECT /*+ SHUFFLE_REPLICATE_NL(t1) */ * FROM t1 INNER JOIN t2 ON t1.key = t2.key;
-- ----
-- When different join strategy hints are specified on both sides of a join, Spark
-- prioritizes the BROADCAST hint over the MERGE hint over the SHUFFLE_HASH hint
-- over the SHUFFLE_REPLICATE_NL hint.
-- Spark will issue Warning in the following example
-- org.apache.spark.sql.catalyst.analysis.HintErrorLogger: Hint (strategy=merge)
-- is overridden by another hint and will not take effect.
SELECT /*+ BROADCAST(t1), MERGE(t1, t2) */ * FROM t1 INNER JOIN t2 ON t1.key = t2.key;
