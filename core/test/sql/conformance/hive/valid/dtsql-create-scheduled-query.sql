-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/hive/syntax/fixtures/createScheduledQuery.sql (mostly adapted from the engine's documentation).
CREATE SCHEDULED QUERY s_day
EVERY 2 DAY OFFSET BY 'offsetTs'
EXECUTED AS 'admin'
ENABLE
DEFINED AS INSERT INTO t VALUES (1);
-- ----
CREATE SCHEDULED QUERY s_hour
EVERY HOUR AT '0:07:30'
EXECUTED AS 'query_user_1'
DISABLE
DEFINED AS INSERT INTO t VALUES (1);
