/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 3
timeout: 1h
description: Pairs each enter event with the next leave event of the same viewer in the same room.
tags: [dwd, traffic]
---*/
WITH enter_events AS (
  SELECT
    room_id,
    user_id,
    action,
    source,
    event_time,
    device.os AS os,
    device.app_version AS app_version,
    lead(action) OVER (PARTITION BY room_id, user_id ORDER BY event_time) AS next_action,
    lead(event_time) OVER (PARTITION BY room_id, user_id ORDER BY event_time) AS next_time
  FROM ods.ods_live_enter_log_di
  WHERE p_date = '${date}'
),
sessions AS (
  SELECT
    room_id,
    user_id,
    source,
    os,
    app_version,
    event_time AS enter_time,
    -- a viewer still watching at midnight is closed at the end of the day
    CASE
      WHEN next_action = 'leave' THEN next_time
      ELSE CAST(concat('${date}', ' 23:59:59') AS TIMESTAMP)
    END AS leave_time
  FROM enter_events
  WHERE action = 'enter'
)
INSERT OVERWRITE TABLE dwd.dwd_live_room_watch_di PARTITION (p_date = '${date}')
SELECT
  s.room_id,
  s.user_id,
  concat_ws(
    '_', CAST(s.room_id AS STRING), CAST(s.user_id AS STRING), CAST(unix_timestamp(s.enter_time) AS STRING)
  ) AS session_id,
  coalesce(r.anchor_id, 0) AS anchor_id,
  coalesce(r.category, 'unknown') AS category,
  s.enter_time,
  s.leave_time,
  unix_timestamp(s.leave_time) - unix_timestamp(s.enter_time) AS watch_seconds,
  coalesce(s.source, 'other') AS enter_source,
  coalesce(s.os, 'unknown') AS os,
  s.app_version,
  coalesce(u.is_new_user, 0) AS is_new_user
FROM sessions AS s
LEFT JOIN dim.dim_live_room_df AS r
  ON s.room_id = r.room_id AND r.p_date = '${date}'
LEFT JOIN dim.dim_user_df AS u
  ON s.user_id = u.user_id AND u.p_date = '${date}';
