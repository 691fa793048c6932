-- Source: Flink documentation, "Versioned Tables", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/concepts/versioned_tables/ (apache/flink docs/content/docs/dev/table/concepts/versioned_tables.md).
CREATE TABLE currency_rates (
	currency      STRING,
	rate          DECIMAL(32, 10),
	update_time   TIMESTAMP(3),
	WATERMARK FOR update_time AS update_time
) WITH (
	'connector' = 'kafka',
	'topic'	    = 'rates',
	'properties.bootstrap.servers' = 'localhost:9092',
	'format'    = 'json'
);
-- ----
-- Define a versioned view
CREATE VIEW versioned_rates AS
SELECT currency, rate, update_time              -- (1) `update_time` keeps the event time
  FROM (
      SELECT *,
      ROW_NUMBER() OVER (PARTITION BY currency  -- (2) the inferred unique key `currency` can be a primary key
         ORDER BY update_time DESC) AS rownum
      FROM currency_rates)
WHERE rownum = 1;
