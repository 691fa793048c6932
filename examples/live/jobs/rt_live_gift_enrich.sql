/*---
type: streaming
dialect: flink
owner: live-realtime
retries: 3
description: De-duplicates gift events, enriches them from the room dimension in MySQL (lookup join) and feeds the real-time gift topic dwd_live_gift_send_rt and per-anchor daily gift totals (upsert).
tags: [realtime, revenue]
---*/
SET 'pipeline.name' = 'rt_live_gift_enrich';
SET 'execution.checkpointing.interval' = '30s';
SET 'table.exec.state.ttl' = '36h';

CREATE TEMPORARY TABLE live_gift_log (
  log_id      STRING,
  room_id     BIGINT,
  anchor_id   BIGINT,
  user_id     BIGINT,
  gift_id     BIGINT,
  gift_cnt    INT,
  price_coin  INT,
  combo_id    STRING,
  event_time  TIMESTAMP(3),
  proc_time AS PROCTIME(),
  WATERMARK FOR event_time AS event_time - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'live_gift_log',
  'properties.bootstrap.servers' = 'kafka-live:9092',
  'properties.group.id' = 'rt_live_gift_enrich_${env}',
  'scan.startup.mode' = 'latest-offset',
  'format' = 'json',
  'json.ignore-parse-errors' = 'true'
);

-- room dimension exported from dim.dim_live_room_df to MySQL every morning
CREATE TEMPORARY TABLE dim_room (
  room_id    BIGINT,
  anchor_id  BIGINT,
  guild_id   BIGINT,
  category   STRING,
  PRIMARY KEY (room_id) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:mysql://live-dim-db:3306/live_dim',
  'table-name' = 'dim_live_room',
  'lookup.cache' = 'PARTIAL',
  'lookup.partial-cache.max-rows' = '50000',
  'lookup.partial-cache.expire-after-write' = '10min'
);

CREATE TEMPORARY TABLE ads_live_anchor_gift_rt (
  stat_date    STRING,
  anchor_id    BIGINT,
  gift_uv      BIGINT,
  gift_coin    BIGINT,
  update_time  TIMESTAMP(3),
  PRIMARY KEY (stat_date, anchor_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'ads_live_anchor_gift_rt',
  'properties.bootstrap.servers' = 'kafka-live:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);

-- the gift service retries on timeout: keep the first copy of every log id
CREATE TEMPORARY VIEW gift_dedup AS
SELECT log_id, room_id, anchor_id, user_id, gift_id, gift_cnt, price_coin, event_time, proc_time
FROM (
  SELECT
    log_id, room_id, anchor_id, user_id, gift_id, gift_cnt, price_coin, event_time, proc_time,
    ROW_NUMBER() OVER (PARTITION BY log_id ORDER BY proc_time ASC) AS rn
  FROM live_gift_log
)
WHERE rn = 1;

CREATE TEMPORARY VIEW gift_enriched AS
SELECT
  g.log_id,
  g.room_id,
  g.anchor_id,
  COALESCE(r.guild_id, CAST(0 AS BIGINT)) AS guild_id,
  COALESCE(r.category, 'unknown') AS category,
  g.user_id,
  g.gift_id,
  g.gift_cnt,
  CAST(g.gift_cnt * g.price_coin AS BIGINT) AS gift_coin,
  g.event_time
FROM gift_dedup AS g
LEFT JOIN dim_room FOR SYSTEM_TIME AS OF g.proc_time AS r
  ON g.room_id = r.room_id;

EXECUTE STATEMENT SET
BEGIN
  INSERT INTO dwd.dwd_live_gift_send_rt
  SELECT log_id, room_id, anchor_id, guild_id, category, user_id, gift_id, gift_cnt, gift_coin, event_time AS send_time
  FROM gift_enriched;

  INSERT INTO ads_live_anchor_gift_rt
  SELECT
    DATE_FORMAT(event_time, 'yyyy-MM-dd') AS stat_date,
    anchor_id,
    COUNT(DISTINCT user_id) AS gift_uv,
    SUM(gift_coin) AS gift_coin,
    MAX(event_time) AS update_time
  FROM gift_enriched
  GROUP BY DATE_FORMAT(event_time, 'yyyy-MM-dd'), anchor_id;
END;
