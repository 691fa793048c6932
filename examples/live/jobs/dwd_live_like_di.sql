/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 2
timeout: 30m
description: Like report batches with the anchor of the room attached.
tags: [dwd, interaction]
---*/
INSERT OVERWRITE TABLE dwd.dwd_live_like_di PARTITION (p_date = '${date}')
SELECT
  l.log_id,
  l.room_id,
  coalesce(r.anchor_id, 0) AS anchor_id,
  l.user_id,
  l.like_cnt,
  coalesce(l.device.os, 'unknown') AS os,
  l.event_time AS like_time
FROM ods.ods_live_like_log_di AS l
LEFT JOIN dim.dim_live_room_df AS r
  ON l.room_id = r.room_id AND r.p_date = '${date}'
WHERE l.p_date = '${date}'
  AND l.like_cnt > 0;
