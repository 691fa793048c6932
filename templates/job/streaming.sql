/*---
type: streaming
dialect: flink
owner: {{owner}}
retries: 3
description: {{description}}
---*/
SET 'pipeline.name' = '{{name}}';
SET 'execution.checkpointing.interval' = '60s';
SET 'table.exec.source.idle-timeout' = '30s';
SET 'table.exec.state.ttl' = '36h';

CREATE TEMPORARY TABLE {{source}} (
  event_id    STRING,
  {{key_column}}  BIGINT,
  event_time  TIMESTAMP(3),
  WATERMARK FOR event_time AS event_time - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = '{{source_topic}}',
  'properties.bootstrap.servers' = '{{bootstrap_servers}}',
  'properties.group.id' = '{{name}}_${env}',
  'scan.startup.mode' = 'group-offsets',
  'properties.auto.offset.reset' = 'latest',
  'format' = 'json',
  'json.ignore-parse-errors' = 'true'
);

CREATE TEMPORARY TABLE {{sink}} (
  {{key_column}}    BIGINT,
  window_start  TIMESTAMP(3),
  window_end    TIMESTAMP(3),
  event_cnt     BIGINT,
  PRIMARY KEY ({{key_column}}, window_start) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = '{{sink_topic}}',
  'properties.bootstrap.servers' = '{{bootstrap_servers}}',
  'key.format' = 'json',
  'value.format' = 'json'
);

INSERT INTO {{sink}}
SELECT
  {{key_column}},
  window_start,
  window_end,
  COUNT(*) AS event_cnt
FROM TABLE(
  TUMBLE(TABLE {{source}}, DESCRIPTOR(event_time), INTERVAL '{{window_minutes}}' MINUTE)
)
GROUP BY {{key_column}}, window_start, window_end;
