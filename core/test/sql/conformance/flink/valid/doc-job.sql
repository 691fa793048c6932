-- Source: Flink documentation, "JOB Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/job/ (apache/flink docs/content/docs/dev/table/sql/job.md).
SET 'execution.checkpointing.savepoint-dir'='file:/tmp/';
