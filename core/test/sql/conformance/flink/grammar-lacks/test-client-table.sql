-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/table.q (its statements in order; outputs removed).
-- Flink syntax that dt-sql-parser's FlinkSQL grammar rejects, run by Flink's own tests.
create table tbl(a int, b as invalid_function());
-- ----
CREATE TABLE IF NOT EXISTS orders (
 `user` BIGINT NOT NULl,
 product VARCHAR(32),
 amount INT,
 ts TIMESTAMP(3),
 ptime AS PROCTIME(),
 PRIMARY KEY(`user`) NOT ENFORCED,
 WATERMARK FOR ts AS ts - INTERVAL '1' SECONDS
) with (
 'connector' = 'datagen'
);
-- ----
alter table orders2 reset ('scan.startup.mode');
-- ----
alter table orders2 reset ();
-- ----
alter table orders2 add product string first;
-- ----
alter table orders2 add user_id string after shipment_info;
-- ----
alter table orders2 add product_id bigint not null after `user`;
-- ----
alter table orders2 add (user_email string not null after `user`, cleaned_product as coalesce(product, 'missing_sku') after product, trade_order_id bigint not null first);
-- ----
alter table orders2 modify constraint order_constraint primary key (trade_order_id) not enforced;
-- ----
alter table orders2 modify (watermark for ts as ts - interval '1' minute, ts timestamp(3) not null after trade_order_id, `user` string);
-- ----
alter table orders2 drop (amount1, product, cleaned_product);
-- ----
alter table orders2 drop primary key;
-- ----
alter table orders2 drop watermark;
-- ----
explain plan for insert into daily_orders partition (dt = '2022-06-12') values (123, 'toothpick', 1);
-- ----
explain plan_advice select sum(`amount`) as revenue, count(distinct `user`) as buyer_cnt from orders;
-- ----
explain changelog_mode, estimated_cost, plan_advice, json_execution_plan select `user`, product from orders;
