-- Source: written for this corpus: syntax errors (and syntax of another dialect) that dt-sql-parser and our parser must both reject.
SELECT a, b FROM;
-- ----
SELECT a FROM t WHERE (a = 1;
-- ----
SELEC a FROM t;
-- ----
SELECT a, b, FROM t;
-- ----
SELECT CASE WHEN a > 1 'big' ELSE 'small' END FROM t;
-- ----
SELECT 'unterminated FROM t;
-- ----
INSERT INTO SELECT a FROM t;
-- ----
CREATE TABLE k (a INT, b STRING,) WITH ('connector' = 'kafka');
-- ----
CREATE TABLE k (a INT) WITH ('connector' = );
-- ----
CREATE TABLE k (a INT) WITH 'connector' = 'kafka';
-- ----
CREATE TABLE k (ts TIMESTAMP(3), WATERMARK ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'kafka');
-- ----
CREATE TABLE k (a INT, PRIMARY KEY (a) ENFORCED) WITH ('connector' = 'kafka');
-- ----
SELECT a FROM t GROUP a;
-- ----
SELECT count( FROM t;
-- ----
SELECT a FROM t JOIN u ON;
-- ----
SELECT a FROM t WHERE a = 1 AND;
-- ----
SELECT * FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE);
-- ----
EXECUTE STATEMENT SET
BEGIN
  INSERT INTO a SELECT * FROM b;
-- ----
SET 'execution.runtime-mode' = ;
-- ----
DROP TABLE;
