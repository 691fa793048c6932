-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/explain.sql (mostly adapted from the Flink documentation).
EXPLAIN SELECT * FROM emps;
-- ----
EXPLAIN PLAN FOR SELECT * FROM emps;
-- ----
EXPLAIN PLAN FOR insert into emps1 SELECT * FROM emps2;
-- ----
EXPLAIN CHANGELOG_MODE SELECT * FROM emps;
-- ----
EXPLAIN ESTIMATED_COST SELECT * FROM emps;
-- ----
EXPLAIN JSON_EXECUTION_PLAN SELECT * FROM emps;
-- ----
EXPLAIN CHANGELOG_MODE, JSON_EXECUTION_PLAN, ESTIMATED_COST SELECT * FROM emps;
-- ----
EXPLAIN INSERT INTO EMPS1 SELECT * FROM EMPS2;
