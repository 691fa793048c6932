-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/module.q (its statements in order; outputs removed).
LOAD MODULE core;
-- ----
SELECT SUBSTRING_INDEX('www.apache.org', '.', 2) FROM (VALUES (1, 'Hello World')) AS T(id, str);
-- ----
LOAD MODULE 'dummy';
-- ----
LOAD MODULE Dummy;
-- ----
LOAD MODULE mydummy WITH ('type' = 'dummy');
-- ----
USE MODULES dummy, core, dummy;
-- ----
USE MODULES dummy, core;
-- ----
USE MODULES core;
