-- Source: Spark SQL reference — Inline Table (sql-ref-syntax-qry-select-inline-table), Literals / Interval Literal (sql-ref-literals), Data Types (sql-ref-datatypes), Datetime and struct built-in functions (sql-ref-functions-builtin), INSERT TABLE (sql-ref-syntax-dml-insert-table), CREATE VIEW / CREATE DATASOURCE TABLE (USING ... OPTIONS), Identifiers (sql-ref-identifier, non-reserved keywords): the documented forms instantiated with concrete values, https://spark.apache.org/docs/latest/sql-ref.html.
SELECT * FROM VALUES 1, 2, 3;
-- ----
SELECT * FROM VALUES 1 T(col);
-- ----
SELECT col FROM VALUES 1, 2 AS T(col);
-- ----
SELECT * FROM VALUES (1, 'a'), (2, 'b') AS t(a, b);
-- ----
VALUES (1, 'a'), (2, 'b');
-- ----
VALUES 1, 2, 3;
-- ----
SELECT a, b FROM VALUES ('one', 1), ('two', 2) tab(a, b) WHERE b > 1;
-- ----
SELECT t.* FROM (VALUES (1, 2), (3, 4)) AS t(x, y);
-- ----
INSERT INTO target_tbl VALUES (1, 'a', DEFAULT);
-- ----
INSERT INTO students BY NAME SELECT 'Dora Williams' AS name, '134 Forest Ave, Menlo Park' AS address, 555555 AS student_id;
-- ----
SELECT INTERVAL '3' YEAR AS col;
-- ----
SELECT INTERVAL '-1-2' YEAR TO MONTH AS col;
-- ----
SELECT INTERVAL -'1-2' YEAR TO MONTH AS col;
-- ----
SELECT INTERVAL '1 2:3:4.001' DAY TO SECOND AS col;
-- ----
SELECT INTERVAL 1 YEAR 2 MONTH AS col;
-- ----
SELECT INTERVAL 'INTERVAL 1 YEAR 2 DAYS 3 HOURS';
-- ----
SELECT INTERVAL 1 YEAR 2 DAYS 3 HOURS 4 MINUTES 5 SECONDS;
-- ----
SELECT ts + INTERVAL 1 DAY, ts - INTERVAL '2' HOUR FROM events;
-- ----
SELECT CAST('1 2:3:4' AS INTERVAL DAY TO SECOND);
-- ----
SELECT CAST('3' AS INTERVAL DAY);
-- ----
SELECT CAST(INTERVAL '1-2' YEAR TO MONTH AS STRING);
-- ----
SELECT CAST(x AS INTERVAL HOUR) FROM t;
-- ----
SELECT EXTRACT(YEAR FROM TIMESTAMP '2019-08-12 01:00:00.123456');
-- ----
SELECT EXTRACT(week FROM timestamp'2019-08-12 01:00:00.123456');
-- ----
SELECT EXTRACT(DAY FROM INTERVAL '5 10:30' DAY TO MINUTE);
-- ----
SELECT date_part('YEAR', TIMESTAMP '2019-08-12 01:00:00.123456');
-- ----
SELECT date_part('doy', DATE'2019-08-12');
-- ----
SELECT datepart('YEAR', TIMESTAMP '2019-08-12 01:00:00.123456');
-- ----
SELECT timestampadd(HOUR, 8, timestamp_ntz'2022-02-11 20:30:00');
-- ----
SELECT timestampadd(MONTH, -1, timestamp_ltz'2022-03-31 00:00:00');
-- ----
SELECT timestampdiff(MONTH, timestamp_ntz'2022-02-28 00:00:00', timestamp_ntz'2022-01-01 00:00:00');
-- ----
SELECT timestampdiff(YEAR, date'2022-02-15', date'2023-02-15');
-- ----
SELECT dateadd(MICROSECOND, 5, TIMESTAMP'2022-02-28 00:00:00');
-- ----
SELECT datediff(QUARTER, TIMESTAMP'2022-01-01 00:00:00', TIMESTAMP'2022-12-31 00:00:00');
-- ----
SELECT date_diff(DAY, TIMESTAMP'2022-02-28 00:00:00', TIMESTAMP'2022-03-01 00:00:00');
-- ----
SELECT struct(a AS x, b AS y) FROM t;
-- ----
SELECT struct(1 AS id, 'x' AS name).name;
-- ----
SELECT named_struct('a', 1, 'b', 2).a;
-- ----
/* outer /* nested */ still a comment */ SELECT 1;
-- ----
SELECT 1 /* a /* b */ c */ + 2;
-- ----
CREATE TEMPORARY VIEW parquet_view USING parquet OPTIONS (path '/tmp/parquet_data');
-- ----
CREATE OR REPLACE TEMPORARY VIEW csv_view (id INT, name STRING) USING csv OPTIONS (path '/tmp/data.csv', header 'true');
-- ----
CREATE GLOBAL TEMPORARY VIEW json_view USING json OPTIONS (path '/tmp/events.json');
-- ----
SELECT sort, `end`, date, year, month, day FROM calendar_events ORDER BY date;
-- ----
SELECT count(*) AS count, max(value) AS max, min(value) AS min FROM t;
-- ----
SELECT a.year, a.month FROM sales a WHERE a.year = 2024;
-- ----
SELECT id FROM t ORDER BY ALL;
-- ----
SELECT id, count(*) FROM t GROUP BY ALL ORDER BY ALL DESC;
-- ----
SELECT user_id, count(*) FROM events GROUP BY ALL HAVING count(*) > 10;
-- ----
SELECT * FROM range(3) AS r(id) LATERAL VIEW explode(array(1, 2)) t AS v;
-- ----
SELECT TRANSFORM (a, b) USING 'cat' AS (x, y) FROM t;
-- ----
SELECT TRANSFORM (a, b) USING 'python3 mapper.py' AS (x STRING, y INT) FROM t WHERE a > 0;
-- ----
FROM t SELECT TRANSFORM (a, b) USING '/bin/cat' AS (x, y);
-- ----
FROM (FROM src MAP src.key, src.value USING 'cat' AS (k, v) CLUSTER BY k) m INSERT OVERWRITE TABLE dest REDUCE m.k, m.v USING 'cat' AS (k, v);
