/*---
type: batch
dialect: {{dialect}}
schedule: '@daily'
owner: {{owner}}
retries: 3
description: De-duplicates the like log (the collector may deliver a like twice).
tags: [dwd]
---*/
WITH like_log AS (
  SELECT
    log_id,
    room_id,
    user_id,
    like_cnt,
    event_time,
    row_number() OVER (PARTITION BY log_id ORDER BY event_time) AS rn
  FROM ods.ods_live_like_log_di
  WHERE {{partition_column}} = '${date}'
)
INSERT OVERWRITE TABLE dwd.dwd_live_like_di PARTITION ({{partition_column}} = '${date}')
SELECT
  log_id,
  room_id,
  user_id,
  like_cnt,
  event_time AS like_time
FROM like_log
WHERE rn = 1;
