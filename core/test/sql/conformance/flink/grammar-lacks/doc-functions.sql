-- Source: Flink documentation, "System (Built-in) Functions", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/functions/systemfunctions/ (apache/flink docs/data/sql_functions.yml): each "E.g." expression and example block of the SQL functions, as SELECT <expression>.
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects.
SELECT EXTRACT(DAY FROM DATE '2006-06-05');
-- ----
SELECT FLOOR(TIME '12:44:31' TO MINUTE);
-- ----
SELECT CEIL(TIME '12:44:31' TO MINUTE);
-- ----
SELECT (TIME '2:55:00', INTERVAL '1' HOUR) OVERLAPS (TIME '3:30:00', INTERVAL '2' HOUR);
-- ----
SELECT (TIME '9:00:00', TIME '10:00:00') OVERLAPS (TIME '10:15:00', INTERVAL '3' HOUR);
-- ----
SELECT TRY_CAST('42' AS INT);
-- ----
SELECT TRY_CAST(NULL AS STRING);
-- ----
SELECT TRY_CAST('non-number' AS INT);
-- ----
SELECT COALESCE(TRY_CAST('non-number' AS INT), 0);
-- ----
SELECT JSON_STRING(ARRAY[1, 2]);
