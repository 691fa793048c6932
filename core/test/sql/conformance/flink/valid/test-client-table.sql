-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/table.q (its statements in order; outputs removed).
drop table non_exist;
-- ----
describe non_exist;
-- ----
desc non_exist;
-- ----
alter table non_exist rename to non_exist2;
-- ----
alter table if exists non_exist rename to non_exist2;
-- ----
SET 'table.display.max-column-width' = '100';
-- ----
SET 'sql-client.display.max-column-width' = '100';
-- ----
show columns in orders;
-- ----
show columns from orders like '%u';
-- ----
show columns in orders like '%u';
-- ----
show columns from orders not like '%u';
-- ----
show columns in orders not like '%u';
-- ----
show columns in orders like '%r';
-- ----
show columns from orders not like  '%r';
-- ----
show columns in orders not like  '%r';
-- ----
show columns from orders like '%u%';
-- ----
show columns in orders like '%u%';
-- ----
show columns from orders not like '%u%';
-- ----
show columns in orders not like '%u%';
-- ----
show columns from orders like 'use_';
-- ----
show columns in orders like 'use_';
-- ----
show columns from orders not like 'use_';
-- ----
show columns in orders not like 'use_';
-- ----
alter table orders rename to orders2;
-- ----
alter table orders2 set ('connector' = 'kafka', 'scan.startup.mode' = 'earliest-offset');
-- ----
show create table orders2;
-- ----
alter table orders2 set ('connector' = 'datagen');
-- ----
show create view orders2;
-- ----
explain plan for select * from orders2;
-- ----
alter table orders2 rename amount to amount1;
-- ----
describe orders2;
-- ----
desc orders2;
-- ----
drop table orders2;
-- ----
create temporary table tbl1 (
 `user` BIGINT NOT NULl,
 product VARCHAR(32),
 amount INT
) with (
 'connector' = 'datagen'
);
-- ----
create temporary table if not exists tbl1 (
   `user` BIGINT NOT NULl,
   product VARCHAR(32),
   amount INT
) with (
 'connector' = 'datagen'
);
-- ----
show create table tbl1;
-- ----
drop temporary table tbl1;
-- ----
create table `mod` (`table` string, `database` string) with ('connector' = 'values');
-- ----
describe `mod`;
-- ----
desc `mod`;
-- ----
drop table `mod`;
-- ----
CREATE TABLE `default_catalog`.`default_database`.`orders3` (
  `user` BIGINT NOT NULL comment 'this is the primary key, named ''user''.',
  `product` VARCHAR(32),
  `amount` INT,
  `ts` TIMESTAMP(3) comment 'notice: watermark, named ''ts''.',
  `ptime` AS PROCTIME() comment 'notice: computed column, named ''ptime''.',
  WATERMARK FOR `ts` AS `ts` - INTERVAL '1' SECOND,
  CONSTRAINT `PK_user` PRIMARY KEY (`user`) NOT ENFORCED
) WITH (
  'connector' = 'kafka',
  'scan.startup.mode' = 'earliest-offset'
);
-- ----
describe orders3;
-- ----
desc orders3;
-- ----
show columns from orders3;
-- ----
show columns in orders3 like 'p%';
-- ----
show create table orders3;
-- ----
CREATE TABLE IF NOT EXISTS orders2 (
 `user` BIGINT NOT NULl,
 product VARCHAR(32),
 amount INT,
 ts TIMESTAMP(3),
 PRIMARY KEY(`user`) NOT ENFORCED
) with (
 'connector' = 'blackhole'
);
-- ----
CREATE TABLE IF NOT EXISTS daily_orders (
 `user` BIGINT NOT NULl,
 product STRING,
 amount INT,
 dt STRING NOT NULL,
 PRIMARY KEY(dt, `user`) NOT ENFORCED
) PARTITIONED BY (dt) WITH (
 'connector' = 'filesystem',
 'path' = '$VAR_BATCH_PATH',
 'format' = 'csv'
);
-- ----
explain plan for select `user`, product from orders;
-- ----
explain plan for insert into orders2 select `user`, product, amount, ts from orders;
-- ----
explain plan for insert into daily_orders partition (dt = '2022-06-12') select `user`, product, amount from daily_orders where dt = '2022-06-12';
-- ----
explain select `user`, product from orders;
-- ----
explain insert into orders2 select `user`, product, amount, ts from orders;
-- ----
explain json_execution_plan insert into orders2 select `user`, product, amount, ts from orders;
-- ----
explain json_execution_plan select `user`, product from orders;
-- ----
explain estimated_cost select `user`, product from orders;
-- ----
explain changelog_mode select `user`, product from orders;
