-- Source: Flink documentation, "Time Travel", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/queries/time-travel/ (apache/flink docs/content/docs/dev/table/sql/queries/time-travel.md).
SELECT select_list FROM table_name FOR SYSTEM_TIME AS OF timestamp_expression;
-- ----
--use expression with functions that can not be reduced to a timestamp constant
SELECT select_list FROM paimon_tb FOR SYSTEM_TIME AS OF TO_TIMESTAMP_LTZ(0, 3);
