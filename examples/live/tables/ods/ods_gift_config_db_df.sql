/*---
owner: live-data
description: Full daily snapshot of the gift catalogue and prices.
lifecycle_days: 30
tags: [ods, snapshot, revenue]
checks:
  - unique: [gift_id]
  - not_null: [gift_id, price_coin]
  - expression: price_coin >= 0
---*/
CREATE TABLE IF NOT EXISTS ods.ods_gift_config_db_df (
  gift_id      BIGINT        COMMENT 'gift id',
  gift_name    STRING        COMMENT 'gift name',
  gift_type    STRING        COMMENT 'normal | lucky | noble',
  price_coin   INT           COMMENT 'price in coins (10 coins = 1 CNY)',
  price_amount DECIMAL(18,2) COMMENT 'price in CNY',
  is_online    INT           COMMENT '1 when sellable',
  update_time  TIMESTAMP     COMMENT 'last config change'
) COMMENT 'gift catalogue snapshot, daily full'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC
TBLPROPERTIES ('source.db' = 'live_gift.t_gift_config', 'ingest' = 'datax-full');
