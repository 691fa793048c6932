-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "analyze" family picked from those files (the file of each is named above it).
-- describe-part-after-analyze.sql
-- Collect stats for a single partition
ANALYZE TABLE t PARTITION (ds='2017-08-01', hr=10) COMPUTE STATISTICS;
-- ----
-- describe-part-after-analyze.sql
-- Collect stats for 2 partitions
ANALYZE TABLE t PARTITION (ds='2017-08-01') COMPUTE STATISTICS;
-- ----
-- describe-part-after-analyze.sql
-- Collect stats for all partitions
ANALYZE TABLE t PARTITION (ds, hr) COMPUTE STATISTICS;
-- ----
-- explain-cbo.sql
ANALYZE TABLE explain_temp1 COMPUTE STATISTICS FOR ALL COLUMNS;
