-- Source: written for this corpus: syntax errors (and syntax of another dialect) that dt-sql-parser and our parser must both reject.
SELECT a, b FROM;
-- ----
SELECT a FROM dwd.t WHERE (a = 1;
-- ----
SELEC a FROM dwd.t;
-- ----
SELECT a, b, FROM dwd.t;
-- ----
SELECT CASE WHEN a > 1 'big' ELSE 'small' END FROM dwd.t;
-- ----
SELECT 'unterminated FROM dwd.t;
-- ----
INSERT INTO SELECT a FROM dwd.t;
-- ----
INSERT OVERWRITE TABLE dwd.t PARTITION (p_date = ) SELECT a FROM ods.s;
-- ----
CREATE TABLE dwd.t (a INT, b STRING,) STORED AS ORC;
-- ----
CREATE TABLE dwd.t (a INT) PARTITIONED BY p_date STRING STORED AS ORC;
-- ----
CREATE TABLE dwd.t (a INT) STORED ORC;
-- ----
SELECT a FROM dwd.t GROUP a;
-- ----
SELECT count( FROM dwd.t;
-- ----
SELECT a FROM dwd.t t JOIN dwd.u u ON;
-- ----
SELECT a FROM dwd.t WHERE a = 1 AND;
-- ----
WITH x AS SELECT 1 SELECT * FROM x;
-- ----
SELECT room_id FROM ods.t LATERAL VIEW explode(tags) AS tag;
-- ----
FROM ods.t INSERT OVERWRITE TABLE dwd.a;
-- ----
DROP TABLE;
-- ----
SELECT sum(a) OVER (PARTITION BY) FROM dwd.t;
