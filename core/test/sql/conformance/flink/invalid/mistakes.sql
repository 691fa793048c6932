-- Source: common mistakes in streaming jobs (misspelt keywords, missing commas or parentheses, unterminated literals, bad WITH options), written for this corpus: each must be a syntax error for the oracle and for us.
CREATE TABEL src (id INT) WITH ('connector' = 'datagen');
-- ----
SELEC id FROM src;
-- ----
SELECT id, name FORM src;
-- ----
SELECT id name age FROM src;
-- ----
SELECT id, FROM src;
-- ----
SELECT id FROM src WHERE id = 'abc;
-- ----
SELECT id FROM src WHERE (id > 1;
-- ----
SELECT id FROM src GROUP id;
-- ----
INSERT INTO sink SELECT id FROM src WHERE;
-- ----
CREATE TABLE src (id INT,) WITH ('connector' = 'datagen');
-- ----
CREATE TABLE src (id INT) WITH ('connector' = 'datagen',);
-- ----
CREATE TABLE src (id INT, WATERMARK ts AS ts) WITH ('connector' = 'datagen');
-- ----
DROP TABLE IF EXIST src;
-- ----
SELECT * FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE);
-- ----
SET 'a' = ;
