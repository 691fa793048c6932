-- Source: Flink documentation, "SQL Client", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sqlclient/ (apache/flink docs/content/docs/dev/table/sqlClient.md).
SET 'sql-client.execution.result-mode' = 'tableau';
-- ----
SELECT
  name,
  COUNT(*) AS cnt
FROM
  (VALUES ('Bob'), ('Alice'), ('Greg'), ('Bob')) AS NameTable(name)
GROUP BY name;
-- ----
SET 'key' = 'value';
-- ----
CREATE CATALOG MyCatalog
  WITH (
    'type' = 'hive'
  );
-- ----
USE CATALOG MyCatalog;
-- ----
USE MyDatabase;
-- ----
CREATE TABLE MyTable(
  MyField1 INT,
  MyField2 STRING
) WITH (
  'connector' = 'filesystem',
  'path' = '/path/to/something',
  'format' = 'csv'
);
-- ----
CREATE VIEW MyCustomView AS SELECT MyField2 FROM MyTable;
-- ----
CREATE FUNCTION myUDF AS 'foo.bar.AggregateUDF';
-- ----
SET 'execution.runtime-mode' = 'streaming';
-- ----
 -- execution mode either 'batch' or 'streaming'
SET 'sql-client.execution.result-mode' = 'table';
-- ----
 -- available values: 'table', 'changelog' and 'tableau'
SET 'sql-client.execution.max-table-result.rows' = '10000';
-- ----
 -- optional: maximum number of maintained rows
SET 'parallelism.default' = '1';
-- ----
 -- optional: Flink's parallelism (1 by default)
SET 'pipeline.auto-watermark-interval' = '200';
-- ----
 --optional: interval for periodic watermarks
SET 'pipeline.max-parallelism' = '10';
-- ----
 -- optional: Flink's maximum parallelism
SET 'table.exec.state.ttl' = '1000';
-- ----
 -- optional: table program's idle state time
SET 'restart-strategy.type' = 'fixed-delay';
-- ----
SET 'table.optimizer.join-reorder-enabled' = 'true';
-- ----
SET 'table.exec.spill-compression.enabled' = 'true';
-- ----
SET 'table.exec.spill-compression.block-size' = '128kb';
-- ----
CREATE TEMPORARY TABLE users (
  user_id BIGINT,
  user_name STRING,
  user_level STRING,
  region STRING,
  PRIMARY KEY (user_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'users',
  'properties.bootstrap.servers' = '...',
  'key.format' = 'csv',
  'value.format' = 'avro'
);
-- ----
-- set sync mode
SET 'table.dml-sync' = 'true';
-- ----
-- set the job name
SET 'pipeline.name' = 'SqlJob';
-- ----
-- set the queue that the job submit to
SET 'yarn.application.queue' = 'root';
-- ----
-- set the job parallelism
SET 'parallelism.default' = '100';
-- ----
-- restore from the specific savepoint path
SET 'execution.state-recovery.path' = '/tmp/flink-savepoints/savepoint-cca7bc-bb1e257f0dab';
-- ----
INSERT INTO pageviews_enriched
SELECT *
FROM pageviews AS p
LEFT JOIN users FOR SYSTEM_TIME AS OF p.proctime AS u
ON p.user_id = u.user_id;
-- ----
CREATE TABLE pageviews (
user_id BIGINT,
page_id BIGINT,
viewtime TIMESTAMP,
proctime AS PROCTIME()
) WITH (
'connector' = 'kafka',
'topic' = 'pageviews',
'properties.bootstrap.servers' = '...',
'format' = 'avro'
);
-- ----
CREATE TABLE pageview (
page_id BIGINT,
cnt BIGINT
) WITH (
'connector' = 'jdbc',
'url' = 'jdbc:mysql://localhost:3306/mydatabase',
'table-name' = 'pageview'
);
-- ----
CREATE TABLE uniqueview (
page_id BIGINT,
cnt BIGINT
) WITH (
'connector' = 'jdbc',
'url' = 'jdbc:mysql://localhost:3306/mydatabase',
'table-name' = 'uniqueview'
);
-- ----
INSERT INTO uniqueview
SELECT page_id, count(distinct user_id)
FROM pageviews
GROUP BY page_id;
-- ----
EXECUTE STATEMENT SET
BEGIN

INSERT INTO pageview
SELECT page_id, count(1)
FROM pageviews
GROUP BY page_id;

INSERT INTO uniqueview
SELECT page_id, count(distinct user_id)
FROM pageviews
GROUP BY page_id;

END;
-- ----
INSERT INTO MyTableSink SELECT * FROM MyTableSource;
-- ----
SET 'pipeline.name' = 'kafka-to-hive';
-- ----
RESET pipeline.name;
