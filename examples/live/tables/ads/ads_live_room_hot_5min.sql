/*---
owner: live-realtime
description: Room hot score over the last 5 minutes, refreshed every minute by the Flink job rt_live_room_hot_5min; an upsert topic keyed by room for the recommendation service.
lifecycle_days: 1
dialect: flink
grain: one current row per room
tags: [ads, realtime, kafka]
checks:
  - unique: [room_id]
---*/
CREATE TABLE IF NOT EXISTS ads.ads_live_room_hot_5min (
  room_id      BIGINT       COMMENT 'live room id',
  window_end   TIMESTAMP(3) COMMENT 'end of the 5-minute window the score covers',
  enter_uv     BIGINT       COMMENT 'distinct viewers entering in the window',
  like_cnt     BIGINT       COMMENT 'likes in the window',
  comment_cnt  BIGINT       COMMENT 'comments that passed audit in the window',
  hot_score    DOUBLE       COMMENT 'enter_uv + like_cnt / 200 + 2 * comment_cnt',
  PRIMARY KEY (room_id) NOT ENFORCED
) COMMENT 'live room hot score, 5-minute sliding windows'
WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'ads_live_room_hot_5min',
  'properties.bootstrap.servers' = 'kafka-live:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);
