-- Source: common mistakes in warehouse jobs (misspelt keywords, missing commas or parentheses, unterminated literals and comments, clauses out of order), written for this corpus: each must be a syntax error for the oracle and for us.
CREATE TABEL ods.t (id INT);
-- ----
UPDATE ods.t SETT x = 1 WHERE id = 2;
-- ----
SELEC id FROM ods.t;
-- ----
SELECT id, name FORM ods.t;
-- ----
SELECT id name age FROM ods.t;
-- ----
SELECT id, FROM ods.t;
-- ----
SELECT id FROM ods.t WHERE id = 'abc;
-- ----
SELECT id FROM ods.t /* unclosed comment;
-- ----
SELECT id FROM ods.t WHERE (id > 1;
-- ----
SELECT id FROM ods.t GROUP id;
-- ----
SELECT id FROM ods.t ORDER BY id WHERE id > 1;
-- ----
INSERT OVERWRITE TABLE ods.t PARTITION (p_date='${date}' SELECT 1;
-- ----
INSERT INTO TABLE ods.t VALUES (1, 2;
-- ----
CREATE TABLE ods.t (id INT,) STORED AS ORC;
-- ----
DROP TABLE IF EXIST ods.t;
-- ----
LOAD DATA INPATH '/tmp/x' INTO ods.t;
-- ----
SELECT * FROM ods.a LATERAL VIEW explode(arr) AS x;
-- ----
ALTER TABLE ods.t ADD PARTITON (p_date='2024-01-01');
-- ----
FROM ods.t INSERT OVERWRITE TABLE ods.u;
