-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/chore.sql (mostly adapted from the Flink documentation).
LOAD MODULE dummy WITH ('k1' = 'v1', 'k2' = 'v2');
-- ----
SET 'test-key' = 'test-value';
-- ----
RESET 'test-key';
-- ----
-- ADD/REMOVE JAR (adapted: the fixture leaves out the semicolons, which the SQL client needs
-- between statements; dt-sql-parser makes them optional)
ADD JAR '<path_to_filename>.jar';
-- ----
REMOVE JAR '<path_to_filename>.jar';
-- ----
-- Complex Arithmetic Expression
INSERT INTO avg_request_size_5m SELECT
    window_start,
    window_end,
    (server_logs_window_5m.a/server_logs_window_5m.b+c)/d*e%f-g AS avg_size
FROM server_logs_window_5m;
