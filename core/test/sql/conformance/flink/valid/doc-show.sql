-- Source: Flink documentation, "SHOW Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/show/ (apache/flink docs/content/docs/dev/table/sql/show.md).
SHOW CATALOGS;
-- ----
SHOW CREATE TABLE my_table;
-- ----
CREATE VIEW my_view AS SELECT * from my_table;
-- ----
SHOW VIEWS;
-- ----
SHOW CREATE VIEW my_view;
-- ----
SHOW USER FUNCTIONS;
-- ----
SHOW FULL MODULES;
-- ----
SHOW CATALOGS;
-- ----
SHOW CURRENT CATALOG;
-- ----
create catalog cat2 WITH (
    'type'='generic_in_memory',
    'default-database'='db'
);
-- ----
SHOW CURRENT DATABASE;
-- ----
show tables from db1;
-- ----
show tables from db1 like '%n';
-- ----
show tables from db1 not like '%n';
-- ----
CREATE TABLE orders (
  order_id BIGINT NOT NULL comment 'this is the primary key, named ''order_id''.',
  product VARCHAR(32),
  amount INT,
  ts TIMESTAMP(3) comment 'notice: watermark, named ''ts''.',
  ptime AS PROCTIME() comment 'notice: computed column, named ''ptime''.',
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND,
  CONSTRAINT `PK_order_id` PRIMARY KEY (order_id) NOT ENFORCED
) WITH (
  'connector' = 'datagen'
);
-- ----
show create table orders;
-- ----
show columns from orders;
-- ----
show columns from orders like '%r';
-- ----
show columns from orders not like '%_r';
-- ----
SHOW VIEWS;
