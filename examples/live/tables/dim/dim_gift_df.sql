/*---
owner: live-data
description: Gift dimension, daily full snapshot of the gift catalogue.
lifecycle_days: 400
grain: one row per gift
tags: [dim, revenue]
checks:
  - unique: [gift_id]
  - not_null: [gift_id, gift_name, price_amount]
  - accepted_values: {column: gift_type, values: [normal, lucky, noble]}
---*/
CREATE TABLE IF NOT EXISTS dim.dim_gift_df (
  gift_id      BIGINT        COMMENT 'gift id',
  gift_name    STRING        COMMENT 'gift name',
  gift_type    STRING        COMMENT 'normal | lucky | noble',
  price_coin   INT           COMMENT 'price in coins (10 coins = 1 CNY)',
  price_amount DECIMAL(18,2) COMMENT 'price in CNY',
  price_level  STRING        COMMENT 'cheap (< 1 CNY) | mid (< 100 CNY) | luxury',
  is_online    INT           COMMENT '1 when sellable'
) COMMENT 'gift dimension, daily full'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC
TBLPROPERTIES ('orc.compress' = 'SNAPPY');
