/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 2
timeout: 30m
description: Builds the room dimension from the room snapshot and the anchor snapshot.
tags: [dim]
---*/
INSERT OVERWRITE TABLE dim.dim_live_room_df PARTITION (p_date = '${date}')
SELECT
  r.room_id,
  r.anchor_id,
  coalesce(a.anchor_name, 'unknown') AS anchor_name,
  coalesce(a.guild_id, 0) AS guild_id,
  r.room_title,
  coalesce(r.category, 'other') AS category,
  r.room_tags,
  date_format(r.create_time, 'yyyy-MM-dd') AS create_date,
  CASE WHEN r.status = 1 THEN 1 ELSE 0 END AS is_valid
FROM ods.ods_live_room_db_df AS r
LEFT JOIN ods.ods_anchor_profile_db_df AS a
  ON r.anchor_id = a.anchor_id AND a.p_date = '${date}'
WHERE r.p_date = '${date}';
