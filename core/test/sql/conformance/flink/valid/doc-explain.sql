-- Source: Flink documentation, "EXPLAIN Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/explain/ (apache/flink docs/content/docs/dev/table/sql/explain.md).
CREATE TABLE MyTable1 (`count` bigint, word VARCHAR(256)) WITH ('connector' = 'datagen');
-- ----
CREATE TABLE MyTable2 (`count` bigint, word VARCHAR(256)) WITH ('connector' = 'datagen');
-- ----
EXPLAIN PLAN FOR SELECT `count`, COUNT(word) FROM
( SELECT `count`, word FROM MyTable1 WHERE word LIKE 'F%'
UNION ALL
SELECT `count`, word FROM MyTable2 ) tmp GROUP BY `count`;
-- ----
SET 'table.exec.mini-batch.enabled' = 'true';
-- ----
SET 'table.exec.mini-batch.allow-latency' = '5s';
-- ----
SET 'table.exec.mini-batch.size' = '200';
-- ----
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
-- ----
CREATE TABLE MyTable (
  a BIGINT,
  b INT NOT NULL,
  c VARCHAR,
  d BIGINT
) WITH (
  'connector' = 'values',
  'bounded' = 'false');
-- ----
CREATE TABLE MyTable (
  a INT,
  b BIGINT,
  c STRING,
  d INT,
  `day` AS DATE_FORMAT(CURRENT_TIMESTAMP, 'yyMMdd'),
  PRIMARY KEY (a, c) NOT ENFORCED
) WITH (
  'connector' = 'values',
  'changelog-mode' = 'I,UA,UB,D'
);
-- ----
CREATE TABLE MySink (
 a INT,
 b BIGINT,
 c STRING,
 PRIMARY KEY (a) NOT ENFORCED
) WITH (
 'connector' = 'values',
 'sink-insert-only' = 'false'
);
-- ----
CREATE TABLE MyTable (
  a INT,
  b BIGINT,
  c STRING,
  d INT
) WITH (
  'connector' = 'values',
  'changelog-mode' = 'I'
);
