/*---
owner: live-realtime
description: De-duplicated, room-enriched gift sends as a Kafka topic, written by the Flink job rt_live_gift_enrich for real-time consumers (risk control, anchor tools).
lifecycle_days: 3
dialect: flink
grain: one message per gift send (log id)
tags: [dwd, realtime, kafka]
checks:
  - not_null: [log_id, room_id, user_id]
---*/
CREATE TABLE IF NOT EXISTS dwd.dwd_live_gift_send_rt (
  log_id     STRING       COMMENT 'gift send log id',
  room_id    BIGINT       COMMENT 'live room id',
  anchor_id  BIGINT       COMMENT 'anchor receiving the gift',
  guild_id   BIGINT       COMMENT 'guild of the room owner, 0 when unknown',
  category   STRING       COMMENT 'room category, unknown when the room is not in the dimension',
  user_id    BIGINT       COMMENT 'viewer sending the gift',
  gift_id    BIGINT       COMMENT 'gift id',
  gift_cnt   INT          COMMENT 'number of gifts in this send',
  gift_coin  BIGINT       COMMENT 'coins spent',
  send_time  TIMESTAMP(3) COMMENT 'send time'
) COMMENT 'live gift sends, real-time topic'
WITH (
  'connector' = 'kafka',
  'topic' = 'dwd_live_gift_send_rt',
  'properties.bootstrap.servers' = 'kafka-live:9092',
  'format' = 'json',
  'sink.partitioner' = 'fixed'
);
