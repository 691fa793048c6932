-- Spark/Hive syntax of issue 6 item 1 (and time-unit arguments) that the reference grammar accepts.
SELECT * FROM VALUES 1, 2;
-- ----
SELECT * FROM VALUES (1, 'a'), (2, 'b') AS t(a, b);
-- ----
SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS t(a, b);
-- ----
VALUES (1, 2), (3, 4) AS t(a, b);
-- ----
VALUES 1, 2;
-- ----
SELECT * FROM VALUES 1 T(col);
-- ----
SELECT a, sum(b) FROM t GROUP BY ALL;
-- ----
SELECT a FROM t ORDER BY ALL;
-- ----
SELECT a FROM t ORDER BY ALL DESC NULLS LAST;
-- ----
SELECT TRANSFORM (a, b) USING 'cat' AS (c STRING, d STRING) FROM t;
-- ----
SELECT TRANSFORM (a, b) USING 'cat' AS c, d FROM t;
-- ----
SELECT TRANSFORM (a, b) USING 'cat' FROM t;
-- ----
SELECT TRANSFORM (a, b) ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' USING 'cat' AS (c, d) ROW FORMAT DELIMITED FIELDS TERMINATED BY '\t' FROM t;
-- ----
SELECT TRANSFORM (a, b) ROW FORMAT SERDE 'x.Y' WITH SERDEPROPERTIES ('a'='b') RECORDWRITER 'W' USING 'cat' AS (c, d) ROW FORMAT SERDE 'x' RECORDREADER 'R' FROM t;
-- ----
SELECT TRANSFORM (DISTINCT a, b) USING 'cat' AS (c, d) FROM t;
-- ----
FROM t SELECT TRANSFORM (a, b) USING 'cat' AS c, d;
-- ----
FROM t MAP a, b USING 'cat' AS c, d;
-- ----
FROM t MAP t.a, t.b USING 'cat' AS (c INT, d STRING) CLUSTER BY c;
-- ----
FROM (FROM t MAP a, b USING 'cat' AS c, d CLUSTER BY c) m INSERT OVERWRITE TABLE u REDUCE m.c, m.d USING 'r' AS e, f;
-- ----
FROM t REDUCE a, b USING 'cat' AS c, d;
-- ----
MAP a, b USING 'cat' AS c, d FROM t;
-- ----
FROM t INSERT OVERWRITE TABLE u SELECT TRANSFORM (a, b) USING 'cat' AS (c, d);
-- ----
INSERT OVERWRITE TABLE u SELECT TRANSFORM (a, b) USING 'cat' AS (c, d) FROM t;
-- ----
SELECT INTERVAL -'1-1' YEAR TO MONTH;
-- ----
SELECT INTERVAL '-1-1' YEAR TO MONTH;
-- ----
SELECT - INTERVAL '1-1' YEAR TO MONTH;
-- ----
SELECT INTERVAL '1 2:03:04' DAY TO SECOND;
-- ----
SELECT INTERVAL '1 2:03:04.123' DAY TO SECOND;
-- ----
SELECT INTERVAL '2:03' HOUR TO MINUTE;
-- ----
SELECT INTERVAL 1 YEAR 2 MONTHS 3 DAYS;
-- ----
SELECT INTERVAL 1 YEAR 2 MONTH;
-- ----
SELECT INTERVAL '3' DAY;
-- ----
SELECT INTERVAL 3 DAYS;
-- ----
SELECT INTERVAL '3' DAYS;
-- ----
SELECT INTERVAL 1 DAY - INTERVAL 2 HOURS;
-- ----
SELECT INTERVAL '1 day 2 hours';
-- ----
SELECT INTERVAL '1' YEAR '2' MONTH;
-- ----
SELECT INTERVAL -1 DAY;
-- ----
SELECT INTERVAL 1.5 SECONDS 2 MILLISECONDS 3 MICROSECONDS;
-- ----
SELECT INTERVAL 2 WEEKS;
-- ----
SELECT INTERVAL (a + 1) DAY FROM t;
-- ----
SELECT ts + INTERVAL '1' DAY FROM t;
-- ----
SELECT CAST(x AS INTERVAL DAY) FROM t;
-- ----
SELECT CAST(y AS INTERVAL YEAR TO MONTH) FROM t;
-- ----
SELECT CAST(y AS INTERVAL DAY TO SECOND) FROM t;
-- ----
SELECT CAST(y AS INTERVAL) FROM t;
-- ----
CREATE TABLE t (a INTERVAL YEAR TO MONTH, b INTERVAL DAY);
-- ----
SELECT EXTRACT(YEAR FROM ts) FROM t;
-- ----
SELECT EXTRACT('day', ts) FROM t;
-- ----
SELECT EXTRACT(day, ts) FROM t;
-- ----
SELECT EXTRACT(DAYOFWEEK FROM ts), EXTRACT(WEEK FROM ts), EXTRACT(EPOCH FROM ts) FROM t;
-- ----
SELECT date_part('MONTH', ts) FROM t;
-- ----
SELECT STRUCT(a AS x, b AS y) FROM t;
-- ----
SELECT STRUCT(a, b) FROM t;
-- ----
SELECT named_struct('x', a) FROM t;
-- ----
SELECT /* outer /* inner */ still comment */ 1;
-- ----
SELECT /* a */ 1 /* b /* c */ d */;
-- ----
SELECT 1 /* unclosed /* nested */;
-- ----
INSERT INTO t TABLE s;
-- ----
INSERT OVERWRITE TABLE t TABLE s;
-- ----
INSERT INTO t BY NAME SELECT a, b FROM s;
-- ----
INSERT OVERWRITE t BY NAME SELECT a, b FROM s;
-- ----
INSERT INTO TABLE t PARTITION (p = 1) BY NAME SELECT a FROM s;
-- ----
SELECT * FROM t VERSION AS OF 1;
-- ----
SELECT * FROM t TIMESTAMP AS OF '2024-01-01';
-- ----
SELECT * FROM t FOR SYSTEM_VERSION AS OF 1;
-- ----
SELECT * FROM t FOR SYSTEM_TIME AS OF '2024-01-01';
-- ----
SELECT * FROM t FOR VERSION AS OF 1 x;
-- ----
SELECT * FROM t FOR TIMESTAMP AS OF current_timestamp() AS x;
-- ----
SELECT * FROM t VERSION AS OF 'v1' AS x JOIN u ON x.a = u.a;
-- ----
CREATE TEMPORARY VIEW v USING parquet OPTIONS (path '/tmp/x');
-- ----
CREATE OR REPLACE GLOBAL TEMPORARY VIEW v (a INT, b STRING) USING csv OPTIONS (path '/tmp/x', header 'true');
-- ----
CREATE TEMPORARY VIEW v USING org.apache.spark.sql.parquet OPTIONS ('path' '/tmp/x');
-- ----
SELECT /* a */ 1;
-- ----
SELECT 1 /* a */;
-- ----
SELECT /* a /* b */ c */ 1;
-- ----
SELECT 1 /* a /* b */ */;
-- ----
SELECT /* a /* b */ */ 1 FROM t;
-- ----
/* x /* y */ z */ SELECT 1;
-- ----
CREATE TABLE t (a INT DEFAULT 1, b STRING DEFAULT 'x' NOT NULL);
-- ----
CREATE TABLE t (a INT COMMENT 'x' NOT NULL, b STRING);
-- ----
SELECT a FROM t LATERAL VIEW explode(arr) x AS e, u;
-- ----
SELECT a FROM t JOIN u ON t.a = u.a LATERAL VIEW explode(arr) x AS e;
-- ----
SELECT a FROM t LATERAL VIEW explode(arr) x AS e WHERE e > 1;
-- ----
SELECT sort, a FROM t WHERE sort IS NOT NULL;
-- ----
SELECT a sort, b FROM t;
-- ----
SELECT end, a FROM t WHERE end IS NOT NULL;
-- ----
SELECT a end, b FROM t;
-- ----
SELECT date, a FROM t WHERE date IS NOT NULL;
-- ----
SELECT a date, b FROM t;
-- ----
SELECT year, a FROM t WHERE year IS NOT NULL;
-- ----
SELECT a year, b FROM t;
-- ----
SELECT month, a FROM t WHERE month IS NOT NULL;
-- ----
SELECT a month, b FROM t;
-- ----
SELECT day, a FROM t WHERE day IS NOT NULL;
-- ----
SELECT a day, b FROM t;
-- ----
SELECT hour, a FROM t WHERE hour IS NOT NULL;
-- ----
SELECT a hour, b FROM t;
-- ----
SELECT minute, a FROM t WHERE minute IS NOT NULL;
-- ----
SELECT a minute, b FROM t;
-- ----
SELECT second, a FROM t WHERE second IS NOT NULL;
-- ----
SELECT a second, b FROM t;
-- ----
SELECT timestamp, a FROM t WHERE timestamp IS NOT NULL;
-- ----
SELECT a timestamp, b FROM t;
-- ----
SELECT interval, a FROM t WHERE interval IS NOT NULL;
-- ----
SELECT a interval, b FROM t;
-- ----
SELECT key, a FROM t WHERE key IS NOT NULL;
-- ----
SELECT a key, b FROM t;
-- ----
SELECT value, a FROM t WHERE value IS NOT NULL;
-- ----
SELECT a value, b FROM t;
-- ----
SELECT type, a FROM t WHERE type IS NOT NULL;
-- ----
SELECT a type, b FROM t;
-- ----
SELECT comment, a FROM t WHERE comment IS NOT NULL;
-- ----
SELECT a comment, b FROM t;
-- ----
SELECT location, a FROM t WHERE location IS NOT NULL;
-- ----
SELECT a location, b FROM t;
-- ----
SELECT data, a FROM t WHERE data IS NOT NULL;
-- ----
SELECT a data, b FROM t;
-- ----
SELECT format, a FROM t WHERE format IS NOT NULL;
-- ----
SELECT a format, b FROM t;
-- ----
SELECT range, a FROM t WHERE range IS NOT NULL;
-- ----
SELECT a range, b FROM t;
-- ----
SELECT rank, a FROM t WHERE rank IS NOT NULL;
-- ----
SELECT a rank, b FROM t;
-- ----
SELECT limit, a FROM t WHERE limit IS NOT NULL;
-- ----
SELECT a limit, b FROM t;
-- ----
SELECT distribute, a FROM t WHERE distribute IS NOT NULL;
-- ----
SELECT a distribute, b FROM t;
-- ----
SELECT regexp, a FROM t WHERE regexp IS NOT NULL;
-- ----
SELECT a regexp, b FROM t;
-- ----
SELECT values, a FROM t WHERE values IS NOT NULL;
-- ----
SELECT a values, b FROM t;
-- ----
SELECT order, a FROM t WHERE order IS NOT NULL;
-- ----
SELECT a order, b FROM t;
-- ----
SELECT window, a FROM t WHERE window IS NOT NULL;
-- ----
SELECT a window, b FROM t;
-- ----
SELECT TIMESTAMPDIFF(DAY, a, b), TIMESTAMPADD(HOUR, 1, ts), DATEADD(MINUTE, 5, ts), DATEDIFF(DAY, a, b), date_add(day, 1) FROM t;
-- ----
SELECT * FROM VALUES ('a', 1), ('b', 2) AS data(name, n) JOIN t ON t.name = data.name;
-- ----
SELECT a, b, count(*) FROM t GROUP BY ALL ORDER BY ALL DESC;
-- ----
WITH x AS (TABLE s) SELECT * FROM x;
-- ----
SELECT STRUCT(a AS x, b + 1 AS y).x FROM t;
-- ----
SELECT a FROM t WHERE a = ALL (SELECT b FROM u) ORDER BY a LIMIT ALL;
-- ----
INSERT INTO TABLE students REPLACE WHERE ssn = 1 SELECT * FROM persons;
-- ----
SELECT sort.a, end.b FROM sort JOIN t AS end ON sort.k = end.k GROUP BY sort.a ORDER BY end.b;
-- ----
SELECT INTERVAL '20 15:40:32.99899999' DAY TO SECOND AS col;
-- ----
SELECT INTERVAL -'20 15:40:32.99899999' day to second AS col;
-- ----
SELECT INTERVAL 5 YEARS 2 MONTHS 3 WEEKS 4 DAYS 5 HOURS 6 MINUTES 7 SECONDS 8 MILLISECONDS 9 MICROSECONDS;
-- ----
SELECT INTERVAL '-1 year 3 months' AS col;
-- ----
SELECT INTERVAL '1' YEAR + INTERVAL '2' MONTH;
-- ----
SELECT INTERVAL -2 HOUR '3' MINUTE AS col;
-- ----
SELECT INTERVAL 'interval 1 year 2 month' AS col;
-- ----
SELECT INTERVAL '1 day 2 hours' + INTERVAL '2 hours';
-- ----
SELECT INTERVAL '10' MINUTE TO SECOND;
-- ----
SELECT X'123456' AS col, DATE '1997-01-31', TIMESTAMP_LTZ '2020-01-01 00:00:00', TIMESTAMP_NTZ '2020-01-01';
-- ----
SELECT CAST('1 day' AS INTERVAL), CAST('1' AS INTERVAL HOUR TO SECOND);
-- ----
SELECT extract(YEAR FROM INTERVAL '1-1' YEAR TO MONTH), date_part('days', interval 5 days 3 hours 7 minutes);
-- ----
SELECT make_interval(1, 2), try_add(DATE'2021-01-01', INTERVAL 1 DAY);
-- ----
SELECT a, b FROM VALUES (1, 2) AS t(a, b) WHERE a > 0;
-- ----
SELECT * FROM VALUES ('one', 1), ('two', 2), ('three', null) AS data(a, b);
-- ----
SELECT * FROM VALUES ("one", array(0, 1)), ("two", array(2, 3)) AS data(a, b);
-- ----
SELECT * FROM VALUES ('one', map('k', 1)) AS data(a, b);
-- ----
VALUES ('one', 1), ('two', 2);
-- ----
SELECT TRANSFORM(zip_code, name, age) USING 'cat' AS (a, b, c) FROM person WHERE zip_code > 94511;
-- ----
SELECT TRANSFORM(zip_code, name, age) ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' LINES TERMINATED BY '\n' NULL DEFINED AS 'NULL' USING 'cat' AS (a STRING, b STRING, c STRING) ROW FORMAT DELIMITED FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n' NULL DEFINED AS 'NULL' FROM person WHERE zip_code > 94511;
-- ----
SELECT TRANSFORM(zip_code, name, age) ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe' WITH SERDEPROPERTIES ('field.delim' = '\t') USING 'cat' AS (a STRING, b STRING, c STRING) ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe' WITH SERDEPROPERTIES ('field.delim' = '\t') FROM person WHERE zip_code > 94511;
-- ----
SELECT TRANSFORM(zip_code, name, age) USING 'cat' FROM person WHERE zip_code > 94500;
-- ----
SELECT TRANSFORM(name, age) ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' USING 'cat' AS (name_age string) FROM person;
-- ----
SELECT TRANSFORM(zip_code, name, age) USING 'cat' AS a, b FROM person;
-- ----
FROM person SELECT TRANSFORM(zip_code, name) USING 'cat' AS (a, b);
-- ----
SELECT name, age FROM person GROUP BY ALL;
-- ----
SELECT city, car_model, sum(quantity) AS sum FROM dealer GROUP BY ALL ORDER BY city;
-- ----
SELECT * FROM person ORDER BY ALL ASC NULLS FIRST;
-- ----
INSERT INTO students TABLE visiting_students;
-- ----
INSERT INTO students BY NAME SELECT name, address, student_id FROM applicants;
-- ----
INSERT INTO students PARTITION (student_id = 444444) SELECT name, address FROM persons WHERE name = 'Dora Williams';
-- ----
INSERT OVERWRITE students TABLE visiting_students;
-- ----
INSERT OVERWRITE students BY NAME TABLE visiting_students;
-- ----
SELECT * FROM delta.`/tmp/t` VERSION AS OF 0;
-- ----
CREATE TEMPORARY VIEW v USING JSON OPTIONS (path '/x.json');
-- ----
CREATE GLOBAL TEMPORARY VIEW IF NOT EXISTS v AS SELECT 1;
-- ----
SELECT STRUCT(1 AS a, 'x' AS b);
-- ----
SELECT struct(a) FROM t;
-- ----
SELECT named_struct('a', 1).a;
