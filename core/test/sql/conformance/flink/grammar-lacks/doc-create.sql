-- Source: Flink documentation, "CREATE Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/create/ (apache/flink docs/content/docs/dev/table/sql/create.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
CREATE TABLE Orders_with_watermark (
    -- Add watermark definition
    WATERMARK FOR order_time AS order_time - INTERVAL '5' SECOND
) WITH (
    -- Overwrite the startup-mode
    'scan.startup.mode' = 'latest-offset'
)
LIKE Orders;
