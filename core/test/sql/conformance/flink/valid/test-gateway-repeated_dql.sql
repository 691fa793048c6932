-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-gateway/src/test/resources/sql/repeated_dql.q (its statements in order; outputs removed).
SELECT id, FIRST_VALUE(str) AS str FROM StreamingTable GROUP BY id;
-- ----
SELECT id, FIRST_VALUE(str) AS str FROM BatchTable GROUP BY id;
