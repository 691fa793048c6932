import { tempProject } from '../project/helpers';

/*
 * A small project for the `strata test` tests: gifts joined with a gift dimension into a daily
 * per-room table, and a Flink job over a Kafka topic. Tests add test files (and override files).
 */

const GIFTS = `CREATE TABLE ods.ods_gift_di (log_id STRING, room_id BIGINT, gift_id BIGINT, cnt INT, amount DECIMAL(18,2), sent_at TIMESTAMP, tags ARRAY<STRING>)
PARTITIONED BY (p_date STRING);
`;
const DIM = `CREATE TABLE dim.dim_gift_df (gift_id BIGINT, name STRING) PARTITIONED BY (p_date STRING);\n`;
const ROOM = `/*---
checks:
  - unique: [room_id]
  - not_null: [room_id, gifts]
  - accepted_values: {column: top_gift, values: [rose, car]}
  - row_count: {min: 1, max: 2}
  - freshness: {column: p_date, max_age: 1d}
  - expression: amount >= 0
  - sql: SELECT room_id FROM dws.dws_room_gift_1d WHERE p_date <= '\${date}' AND gifts > 100
---*/
CREATE TABLE dws.dws_room_gift_1d (room_id BIGINT, gifts BIGINT, amount DECIMAL(18,2), top_gift STRING) PARTITIONED BY (p_date STRING);
`;
const JOB = `/*---
type: batch
---*/
INSERT OVERWRITE TABLE dws.dws_room_gift_1d PARTITION (p_date = '\${date}')
SELECT g.room_id, sum(g.cnt) AS gifts, sum(g.amount) AS amount, max(lower(d.name)) AS top_gift
FROM ods.ods_gift_di AS g
LEFT JOIN dim.dim_gift_df AS d ON g.gift_id = d.gift_id AND d.p_date = '\${date}'
WHERE g.p_date = '\${date}'
GROUP BY g.room_id;
`;
const SINK = `CREATE TABLE ads.ads_room_rt (room_id BIGINT, window_end TIMESTAMP(3), gifts BIGINT) WITH ('connector' = 'print');\n`;
const STREAM = `/*---
type: streaming
dialect: flink
---*/
CREATE TEMPORARY TABLE gift_log (
  room_id BIGINT,
  cnt INT,
  ts TIMESTAMP(3),
  proc AS PROCTIME(),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'kafka', 'topic' = 'gift_log', 'format' = 'json');

INSERT INTO ads.ads_room_rt
SELECT room_id, window_end, SUM(CAST(cnt AS BIGINT)) AS gifts
FROM TABLE(TUMBLE(TABLE gift_log, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
GROUP BY room_id, window_start, window_end;
`;

export const PROJECT: Record<string, string> = {
  'strata.yaml': 'name: gifts\n',
  'tables/ods/ods_gift_di.sql': GIFTS,
  'tables/dim/dim_gift_df.sql': DIM,
  'tables/dws/dws_room_gift_1d.sql': ROOM,
  'tables/ads/ads_room_rt.sql': SINK,
  'jobs/dws_room_gift_1d.sql': JOB,
  'jobs/rt_room_gift.sql': STREAM,
  'seeds/ods_gift_di.csv': 'log_id,room_id,gift_id,cnt,amount,sent_at,tags,p_date\nl1,1,10,2,0.20,2026-11-25 10:00:00,"[""a""]",2026-11-25\nl2,1,11,1,5.00,2026-11-25 11:00:00,,2026-11-25\nl3,2,10,3,0.30,2026-11-24 09:00:00,,2026-11-24\n',
  'seeds/dim_gift_df.csv': 'gift_id,name,p_date\n10,Rose,2026-11-25\n11,Car,2026-11-25\n',
};

/** A passing test of the batch job: two rooms, one gift without a dimension row. */
export const PASSING = `job: dws_room_gift_1d
date: '2026-11-25'
given:
  ods.ods_gift_di:
    - {log_id: l1, room_id: 1, gift_id: 10, cnt: 2, amount: 0.20, p_date: '2026-11-25'}
    - {log_id: l2, room_id: 1, gift_id: 11, cnt: 1, amount: 5.00, p_date: '2026-11-25'}
    - {log_id: l3, room_id: 2, gift_id: 12, cnt: 3, amount: 0.30, p_date: '2026-11-25'}
    - {log_id: l4, room_id: 3, gift_id: 10, cnt: 9, amount: 0.90, p_date: '2026-11-24'}
  dim.dim_gift_df:
    - {gift_id: 10, name: Rose, p_date: '2026-11-25'}
    - {gift_id: 11, name: Car, p_date: '2026-11-25'}
expect:
  dws.dws_room_gift_1d:
    - {room_id: 2, gifts: 3, amount: 0.3, top_gift: null, p_date: '2026-11-25'}
    - {room_id: 1, gifts: 3, amount: 5.2, top_gift: rose, p_date: '2026-11-25'}
`;

/** The project with extra or replaced files, in a temp folder. */
export function unitTestProject(files: Record<string, string> = {}): { root: string; cleanup: () => void } {
  return tempProject({ ...PROJECT, ...files });
}
