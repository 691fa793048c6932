/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 2
timeout: 30m
description: Builds the gift dimension from the gift catalogue snapshot.
tags: [dim]
---*/
INSERT OVERWRITE TABLE dim.dim_gift_df PARTITION (p_date = '${date}')
SELECT
  gift_id,
  gift_name,
  coalesce(gift_type, 'normal') AS gift_type,
  price_coin,
  price_amount,
  CASE
    WHEN price_amount < 1 THEN 'cheap'
    WHEN price_amount < 100 THEN 'mid'
    ELSE 'luxury'
  END AS price_level,
  is_online
FROM ods.ods_gift_config_db_df
WHERE p_date = '${date}';
