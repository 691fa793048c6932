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
CREATE TABLE dwd.t (a INT, b STRING,);
-- ----
CREATE TABLE (a INT);
-- ----
SELECT a FROM dwd.t GROUP a;
-- ----
SELECT a FROM dwd.t ORDER BY;
-- ----
SELECT count( FROM dwd.t;
-- ----
SELECT a FROM dwd.t t JOIN dwd.u u ON;
-- ----
SELECT a FROM dwd.t WHERE a = 1 AND;
-- ----
WITH x AS SELECT 1 SELECT * FROM x;
-- ----
SELECT a FROM dwd.t WHERE a BETWEEN 1;
-- ----
DROP TABLE;
-- ----
SELECT a FROM dwd.t UNION SELECT;
-- ----
SELECT sum(a) OVER (PARTITION BY) FROM dwd.t;
