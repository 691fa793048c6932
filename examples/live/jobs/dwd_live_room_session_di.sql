/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 3
timeout: 30m
description: Pairs each broadcast start with the next stop of the same room (pause and resume do not split a session).
tags: [dwd, room]
---*/
WITH switch_events AS (
  SELECT
    room_id,
    anchor_id,
    event_type,
    room_title,
    category,
    event_time,
    device.os AS os,
    device.app_version AS app_version,
    lead(event_type) OVER (PARTITION BY room_id ORDER BY event_time) AS next_type,
    lead(event_time) OVER (PARTITION BY room_id ORDER BY event_time) AS next_time
  FROM ods.ods_live_room_log_di
  WHERE p_date = '${date}'
    AND event_type IN ('start', 'stop')
),
sessions AS (
  SELECT
    room_id,
    anchor_id,
    room_title,
    category,
    os,
    app_version,
    event_time AS start_time,
    CASE
      WHEN next_type = 'stop' THEN next_time
      ELSE CAST(concat('${date}', ' 23:59:59') AS TIMESTAMP)
    END AS end_time,
    CASE WHEN next_type = 'stop' THEN 1 ELSE 0 END AS is_finished
  FROM switch_events
  WHERE event_type = 'start'
)
INSERT OVERWRITE TABLE dwd.dwd_live_room_session_di PARTITION (p_date = '${date}')
SELECT
  concat_ws('_', CAST(room_id AS STRING), CAST(unix_timestamp(start_time) AS STRING)) AS session_id,
  room_id,
  anchor_id,
  room_title,
  coalesce(category, 'other') AS category,
  start_time,
  end_time,
  unix_timestamp(end_time) - unix_timestamp(start_time) AS duration_seconds,
  is_finished,
  coalesce(os, 'unknown') AS os,
  app_version
FROM sessions;
