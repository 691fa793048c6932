-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/hive/syntax/fixtures/alterScheduleQuery.sql (mostly adapted from the engine's documentation).
ALTER SCHEDULED QUERY sq_1 EVERY HOUR AT '0:07:30';
-- ----
ALTER SCHEDULED QUERY sq_2 EXECUTED AS 'user2';
-- ----
ALTER SCHEDULED QUERY sq_3 DISABLED;
-- ----
ALTER SCHEDULED QUERY sq_4 AS SELECT * FROM tbl1;
-- ----
ALTER SCHEDULED QUERY sq_5 ENABLED;
-- ----
ALTER SCHEDULED QUERY sq_6 EXECUTE;
-- ----
ALTER SCHEDULED QUERY sq_7 DEFINED AS SELECT * FROM tbl1;
