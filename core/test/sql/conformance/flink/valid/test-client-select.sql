-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/select.q (its statements in order; outputs removed).
create table src (
  id int,
  str string
) with (
  'connector' = 'values',
  'data-id' = 'non-exist',
  'failing-source' = 'true'
);
-- ----
SELECT UPPER(str), id FROM src;
-- ----
SELECT id, COUNT(*) as cnt, COUNT(DISTINCT str) as uv, max(ts) as max_ts
FROM (VALUES
  (1, 'Hello World', TIMESTAMP '2021-04-13 20:12:11.123456789'),
  (2, 'Hi', TIMESTAMP '2021-04-13 19:12:11.123456789'),
  (2, 'Hi', TIMESTAMP '2021-04-13 21:12:11.123456789')) as T(id, str, ts)
GROUP BY id;
-- ----
SET 'table.local-time-zone' = 'Asia/Shanghai';
-- ----
SELECT TIME '20:12:11' as time0,
 ts0, ts3, ts9,
 TO_TIMESTAMP_LTZ(1, 0) AS ts_ltz0,
 TO_TIMESTAMP_LTZ(1, 3) AS ts_ltz3,
 CAST(ts9 as TIMESTAMP_LTZ(9)) AS ts_ltz9
FROM (VALUES
  (1, TIMESTAMP '2021-04-13 20:12:11', TIMESTAMP '2021-04-13 20:12:11.123', TIMESTAMP '2021-04-13 20:12:11.123456789'),
  (2, TIMESTAMP '2021-04-13 21:12:11', TIMESTAMP '2021-04-13 21:12:11.001', TIMESTAMP '2021-04-13 21:12:11.1'))
   as T(id, ts0, ts3, ts9);
-- ----
SET 'table.local-time-zone' = 'UTC';
-- ----
SELECT * from testUserData;
-- ----
SET 'table.display.max-column-width' = '10';
-- ----
SET 'table.display.max-column-width' = '40';
-- ----
SET 'sql-client.display.max-column-width' = '10';
-- ----
SET 'sql-client.display.max-column-width' = '40';
-- ----
-- post-test cleanup + setting back default max width value
DROP TEMPORARY VIEW testUserData;
-- ----
SET 'sql-client.display.max-column-width' = '30';
-- ----
SELECT id, COUNT(*) as cnt, COUNT(DISTINCT str) as uv
FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi')) as T(id, str)
GROUP BY id;
-- ----
SELECT INTERVAL '1' DAY as dayInterval, INTERVAL '1' YEAR as yearInterval;
