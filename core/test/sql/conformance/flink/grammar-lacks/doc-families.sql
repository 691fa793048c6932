-- Source: Flink documentation — System (Built-in) Functions (temporal functions, JSON functions, value construction), Data Types (interval literals) and Identifiers (case-sensitive names), https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/functions/systemfunctions/ and https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/overview/: the documented forms instantiated in queries.
-- Documented syntax that dt-sql-parser's grammar for this dialect rejects (same sources as the valid/ file of this name).
SELECT FLOOR(TIMESTAMP '2003-01-02 10:44:31' TO HOUR), CEIL(TIMESTAMP '2003-01-02 10:44:31' TO DAY);
-- ----
SELECT FLOOR(ts TO MINUTE) AS minute_start, COUNT(*) FROM clicks GROUP BY FLOOR(ts TO MINUTE);
-- ----
SELECT EXTRACT(DAY FROM ts), EXTRACT(HOUR FROM ts) FROM clicks;
-- ----
SELECT payload IS JSON, payload IS NOT JSON ARRAY FROM orders;
-- ----
SELECT ROW(1, 'a'), ARRAY[1, 2, 3], MAP['k1', 1, 'k2', 2];
-- ----
CREATE TABLE t_like_all WITH ('connector' = 'blackhole') LIKE Orders;
-- ----
UPDATE Orders SET status = 'shipped' WHERE order_id = 1;
-- ----
DELETE FROM Orders WHERE status = 'cancelled';
