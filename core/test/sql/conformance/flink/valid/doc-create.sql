-- Source: Flink documentation, "CREATE Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/create/ (apache/flink docs/content/docs/dev/table/sql/create.md).
INSERT INTO RubberOrders SELECT product, amount FROM Orders WHERE product LIKE '%Rubber%';
-- ----
INSERT INTO MyTable SELECT user_id, name, record_time + INTERVAL '1' SECOND FROM MyTable;
-- ----
CREATE TABLE Orders (
    `user` BIGINT,
    product STRING,
    order_time TIMESTAMP(3)
) WITH (
    'connector' = 'kafka',
    'scan.startup.mode' = 'earliest-offset'
);
-- ----
CREATE TABLE Orders_with_watermark (
    `user` BIGINT,
    product STRING,
    order_time TIMESTAMP(3),
    WATERMARK FOR order_time AS order_time - INTERVAL '5' SECOND
) WITH (
    'connector' = 'kafka',
    'scan.startup.mode' = 'latest-offset'
);
-- ----
-- A source table stored in a filesystem
CREATE TABLE Orders_in_file (
    `user` BIGINT,
    product STRING,
    order_time_string STRING,
    order_time AS to_timestamp(order_time_string)

)
PARTITIONED BY (`user`)
WITH (
    'connector' = 'filesystem',
    'path' = '...'
);
-- ----
INSERT INTO my_ctas_table SELECT id, name, age FROM source_table WHERE mod(id, 10) = 0;
-- ----
DROP TABLE my_rtas_table;
-- ----
INSERT INTO my_rtas_table SELECT id, name, age FROM source_table WHERE mod(id, 10) = 0;
