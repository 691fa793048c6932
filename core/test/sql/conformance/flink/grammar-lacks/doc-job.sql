-- Source: Flink documentation, "JOB Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/job/ (apache/flink docs/content/docs/dev/table/sql/job.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
SHOW JOBS;
-- ----
STOP JOB '228d70913eab60dda85c5e7f78b5782c' WITH SAVEPOINT;
