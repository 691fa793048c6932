/*---
owner: live-realtime
description: Per-minute room traffic and gifts written by the Flink job rt_live_room_realtime_1min, served from MySQL to the live dashboard.
lifecycle_days: 7
dialect: flink
grain: one row per room per minute
tags: [ads, realtime]
checks:
  - unique: [room_id, window_start]
---*/
CREATE TABLE IF NOT EXISTS ads.ads_live_room_realtime_1min (
  room_id       BIGINT       COMMENT 'live room id',
  window_start  TIMESTAMP(3) COMMENT 'minute window start',
  window_end    TIMESTAMP(3) COMMENT 'minute window end (exclusive)',
  enter_pv      BIGINT       COMMENT 'enter events in the minute',
  enter_uv      BIGINT       COMMENT 'distinct viewers entering in the minute',
  gift_cnt      BIGINT       COMMENT 'gifts received in the minute',
  gift_coin     BIGINT       COMMENT 'gift coins received in the minute',
  PRIMARY KEY (room_id, window_start) NOT ENFORCED
) COMMENT 'live room realtime metrics, 1-minute windows'
WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:mysql://live-dashboard-db:3306/live_rt',
  'table-name' = 'ads_live_room_realtime_1min',
  'sink.buffer-flush.max-rows' = '500',
  'sink.buffer-flush.interval' = '2s'
);
