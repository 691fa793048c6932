-- Source: common mistakes in warehouse jobs (misspelt keywords, missing commas or parentheses, unterminated literals and comments, clauses out of order), written for this corpus: each must be a syntax error for the oracle and for us.
CREATE TABEL dwd.t (id INT);
-- ----
UPDATE dwd.t SETT x = 1 WHERE id = 2;
-- ----
SELEC id FROM dwd.t;
-- ----
SELECT id, name FORM dwd.t;
-- ----
SELECT id name age FROM dwd.t;
-- ----
SELECT id, FROM dwd.t;
-- ----
SELECT id FROM dwd.t WHERE id = 'abc;
-- ----
SELECT id FROM dwd.t WHERE (id > 1;
-- ----
SELECT id FROM dwd.t GROUP id;
-- ----
SELECT id FROM dwd.t ORDER BY id WHERE id > 1;
-- ----
SELECT count(* FROM dwd.t;
-- ----
INSERT OVERWRITE TABLE dwd.t PARTITION (p_date='${date}' SELECT 1;
-- ----
INSERT INTO dwd.t VALUES (1, 2;
-- ----
CREATE TABLE dwd.t (id INT,) USING parquet;
-- ----
DROP TABLE IF EXIST dwd.t;
-- ----
SELECT CASE WHEN id > 1 THEN 'a' ELSE 'b' FROM dwd.t;
-- ----
SELECT * FROM dwd.a JOIN dwd.b a.id = b.id;
-- ----
ALTER TABLE dwd.t ADD COLUMN (c INT;
-- ----
WITH a AS SELECT 1 SELECT * FROM a;
