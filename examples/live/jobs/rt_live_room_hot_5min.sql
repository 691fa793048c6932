/*---
type: streaming
dialect: flink
owner: live-realtime
retries: 3
description: Room hot score over the last 5 minutes, refreshed every minute (HOP windows), upserted per room into ads_live_room_hot_5min for the recommendation service.
tags: [realtime, recommendation]
---*/
SET 'pipeline.name' = 'rt_live_room_hot_5min';
SET 'execution.checkpointing.interval' = '60s';
-- a quiet partition must not hold back the HOP windows of the busy ones
SET 'table.exec.source.idle-timeout' = '30s';

CREATE TEMPORARY TABLE live_enter_log (
  log_id      STRING,
  room_id     BIGINT,
  user_id     BIGINT,
  action      STRING,
  event_time  TIMESTAMP(3),
  proc_time AS PROCTIME(),
  WATERMARK FOR event_time AS event_time - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'live_enter_log',
  'properties.bootstrap.servers' = 'kafka-live:9092',
  'properties.group.id' = 'rt_live_room_hot_5min_${env}',
  'scan.startup.mode' = 'latest-offset',
  'format' = 'json',
  'json.ignore-parse-errors' = 'true'
);

CREATE TEMPORARY TABLE live_like_log (
  log_id      STRING,
  room_id     BIGINT,
  user_id     BIGINT,
  like_cnt    INT,
  event_time  TIMESTAMP(3),
  proc_time AS PROCTIME(),
  WATERMARK FOR event_time AS event_time - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'live_like_log',
  'properties.bootstrap.servers' = 'kafka-live:9092',
  'properties.group.id' = 'rt_live_room_hot_5min_${env}',
  'scan.startup.mode' = 'latest-offset',
  'format' = 'json',
  'json.ignore-parse-errors' = 'true'
);

CREATE TEMPORARY TABLE live_comment_log (
  comment_id    BIGINT,
  room_id       BIGINT,
  user_id       BIGINT,
  audit_status  STRING,
  event_time    TIMESTAMP(3),
  proc_time AS PROCTIME(),
  WATERMARK FOR event_time AS event_time - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'live_comment_log',
  'properties.bootstrap.servers' = 'kafka-live:9092',
  'properties.group.id' = 'rt_live_room_hot_5min_${env}',
  'scan.startup.mode' = 'latest-offset',
  'format' = 'json',
  'json.ignore-parse-errors' = 'true'
);

CREATE TEMPORARY VIEW room_interactions AS
SELECT
  room_id, user_id, CAST(CASE WHEN action = 'enter' THEN 1 ELSE 0 END AS BIGINT) AS enter_flag,
  CAST(0 AS BIGINT) AS like_cnt, CAST(0 AS BIGINT) AS comment_flag, event_time
FROM live_enter_log
UNION ALL
SELECT
  room_id, user_id, CAST(0 AS BIGINT) AS enter_flag,
  CAST(like_cnt AS BIGINT) AS like_cnt, CAST(0 AS BIGINT) AS comment_flag, event_time
FROM live_like_log
UNION ALL
SELECT
  room_id, user_id, CAST(0 AS BIGINT) AS enter_flag, CAST(0 AS BIGINT) AS like_cnt,
  CAST(CASE WHEN audit_status = 'pass' THEN 1 ELSE 0 END AS BIGINT) AS comment_flag, event_time
FROM live_comment_log;

INSERT INTO ads.ads_live_room_hot_5min
SELECT
  room_id,
  window_end,
  enter_uv,
  like_cnt,
  comment_cnt,
  -- same weights as the daily ranking in ads_live_room_rank_1d, without gifts
  enter_uv + like_cnt / 200.0 + comment_cnt * 2.0 AS hot_score
FROM (
  SELECT
    room_id,
    window_start,
    window_end,
    COUNT(DISTINCT CASE WHEN enter_flag = 1 THEN user_id END) AS enter_uv,
    SUM(like_cnt) AS like_cnt,
    SUM(comment_flag) AS comment_cnt
  FROM TABLE(
    HOP(TABLE room_interactions, DESCRIPTOR(event_time), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE)
  )
  GROUP BY room_id, window_start, window_end
);
