-- Source: Hive Language Manual, LanguageManual DDL (Alter Database, Constraints, Alter Index, Alter Materialized View, Reload Function, Exchange Partition) and StatsDev (ANALYZE TABLE), https://hive.apache.org/docs/latest/language/languagemanual-ddl/ — each syntax line instantiated with concrete names.
ALTER DATABASE sales SET DBPROPERTIES ('owner.team' = 'dw', 'created.by' = 'etl');
-- ----
ALTER SCHEMA sales SET DBPROPERTIES ('comment' = 'sales mart');
-- ----
ALTER DATABASE sales SET OWNER USER etl_user;
-- ----
ALTER DATABASE sales SET OWNER ROLE dw_admin;
-- ----
ALTER DATABASE sales SET LOCATION 'hdfs://nn:8020/warehouse/sales.db';
-- ----
ALTER DATABASE sales SET MANAGEDLOCATION 'hdfs://nn:8020/warehouse/managed/sales.db';
-- ----
CREATE TABLE pk_rely (id1 INT, id2 INT, PRIMARY KEY (id1, id2) DISABLE NOVALIDATE RELY);
-- ----
CREATE TABLE pk_norely (id1 INT, id2 INT, PRIMARY KEY (id1) DISABLE NOVALIDATE NORELY);
-- ----
CREATE TABLE fk_rely (id1 INT, id2 INT,
  CONSTRAINT fk1 FOREIGN KEY (id1) REFERENCES pk_rely (id1) DISABLE NOVALIDATE RELY);
-- ----
CREATE TABLE pk_enforced (id1 INT, PRIMARY KEY (id1) NOT ENFORCED RELY);
-- ----
CREATE TABLE nn_enforced (id1 INT NOT NULL ENFORCED, id2 STRING DEFAULT 'x' ENABLE);
-- ----
ALTER TABLE orders ADD CONSTRAINT orders_pk PRIMARY KEY (order_id) DISABLE NOVALIDATE;
-- ----
ALTER TABLE orders ADD CONSTRAINT orders_fk FOREIGN KEY (user_id) REFERENCES users (user_id) DISABLE NOVALIDATE RELY;
-- ----
ALTER TABLE orders ADD CONSTRAINT orders_uk UNIQUE (order_no) DISABLE NOVALIDATE;
-- ----
ALTER TABLE orders CHANGE COLUMN amount amount DECIMAL(18,2) CONSTRAINT amount_nn NOT NULL ENABLE;
-- ----
ALTER TABLE orders CHANGE COLUMN status status STRING CONSTRAINT status_default DEFAULT 'new' ENABLE;
-- ----
ALTER TABLE orders CHANGE COLUMN qty qty INT CONSTRAINT qty_check CHECK (qty > 0) ENABLE;
-- ----
ALTER TABLE orders DROP CONSTRAINT orders_uk;
-- ----
ALTER INDEX idx_orders_user ON orders REBUILD;
-- ----
ALTER INDEX idx_orders_user ON orders PARTITION (dt = '2024-01-01') REBUILD;
-- ----
ALTER MATERIALIZED VIEW mv_sales_daily REBUILD;
-- ----
ALTER MATERIALIZED VIEW sales.mv_sales_daily ENABLE REWRITE;
-- ----
ALTER MATERIALIZED VIEW sales.mv_sales_daily DISABLE REWRITE;
-- ----
CREATE MATERIALIZED VIEW mv_sales_daily
  DISABLE REWRITE
  PARTITIONED ON (dt)
  STORED AS ORC
  AS SELECT store_id, dt, sum(amount) AS amount FROM sales GROUP BY store_id, dt;
-- ----
DROP MATERIALIZED VIEW IF EXISTS sales.mv_sales_daily;
-- ----
CREATE FUNCTION sales.parse_ua AS 'com.example.hive.udf.ParseUA' USING JAR 'hdfs:///libs/udf.jar';
-- ----
CREATE TEMPORARY FUNCTION parse_ua AS 'com.example.hive.udf.ParseUA';
-- ----
DROP FUNCTION IF EXISTS sales.parse_ua;
-- ----
DROP TEMPORARY FUNCTION IF EXISTS parse_ua;
-- ----
ALTER TABLE T1 EXCHANGE PARTITION (ds='1') WITH TABLE T2;
-- ----
ALTER TABLE T1 EXCHANGE PARTITION (ds='1', hr='00') WITH TABLE T2;
-- ----
ANALYZE TABLE Table1 PARTITION(ds='2008-04-09', hr=11) COMPUTE STATISTICS;
-- ----
ANALYZE TABLE Table1 PARTITION(ds='2008-04-09', hr) COMPUTE STATISTICS;
-- ----
ANALYZE TABLE Table1 PARTITION(ds, hr) COMPUTE STATISTICS NOSCAN;
-- ----
ANALYZE TABLE Table1 COMPUTE STATISTICS FOR COLUMNS;
-- ----
ANALYZE TABLE Table1 PARTITION(ds, hr) COMPUTE STATISTICS FOR COLUMNS col1, col2;
-- ----
INSERT OVERWRITE DIRECTORY '/tmp/hdfs_out' SELECT a.* FROM invites a WHERE a.ds='2008-08-15';
-- ----
INSERT OVERWRITE LOCAL DIRECTORY '/tmp/local_out'
  ROW FORMAT DELIMITED FIELDS TERMINATED BY '\t'
  STORED AS TEXTFILE
  SELECT a.* FROM pokes a;
-- ----
FROM src
INSERT OVERWRITE DIRECTORY '/tmp/dest4.out' SELECT src.value WHERE src.key >= 300
INSERT OVERWRITE LOCAL DIRECTORY '/tmp/dest5.out' SELECT src.key WHERE src.key < 100;
