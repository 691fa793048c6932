/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 3
timeout: 1h
description: De-duplicates gift sends (the gift service retries) and prices them from the gift dimension.
tags: [dwd, revenue]
---*/
WITH gift_log AS (
  SELECT
    log_id,
    room_id,
    anchor_id,
    user_id,
    gift_id,
    gift_cnt,
    combo_id,
    event_time,
    get_json_object(extra, '$.source') AS send_source,
    get_json_object(extra, '$.is_lucky') AS is_lucky,
    device.os AS os,
    row_number() OVER (PARTITION BY log_id ORDER BY event_time) AS rn
  FROM ods.ods_live_gift_log_di
  WHERE p_date = '${date}'
)
INSERT OVERWRITE TABLE dwd.dwd_live_gift_send_di PARTITION (p_date = '${date}')
SELECT
  l.log_id,
  l.room_id,
  l.anchor_id,
  l.user_id,
  l.gift_id,
  coalesce(g.gift_name, 'unknown') AS gift_name,
  coalesce(g.gift_type, 'unknown') AS gift_type,
  l.gift_cnt,
  CAST(coalesce(g.price_coin, 0) * l.gift_cnt AS BIGINT) AS gift_coin,
  CAST(coalesce(g.price_amount, 0) * l.gift_cnt AS DECIMAL(18,2)) AS gift_amount,
  coalesce(l.send_source, 'panel') AS send_source,
  CAST(coalesce(l.is_lucky, '0') AS INT) AS is_lucky,
  l.combo_id,
  coalesce(l.os, 'unknown') AS os,
  l.event_time AS send_time
FROM gift_log AS l
LEFT JOIN dim.dim_gift_df AS g
  ON l.gift_id = g.gift_id AND g.p_date = '${date}'
WHERE l.rn = 1;
