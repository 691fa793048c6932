import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyProject, examplesLive, strata, tempDir, type CliRun } from './helpers/run-cli';

/*
 * QA: SQL that real Spark/Hive/Flink teams write every day must not be flagged. The idioms are
 * added to a copy of examples/live (so they read its real tables) and checked in one run.
 */

/** Whole files: new tables and the jobs that write them. */
const FILES: Record<string, string> = {
  'tables/dws/dws_live_source_1d.sql': `CREATE TABLE IF NOT EXISTS dws.dws_live_source_1d (
  room_id   BIGINT,
  source    STRING,
  os        STRING,
  channel   STRING,
  pos       INT,
  tag       STRING,
  enter_pv  BIGINT,
  rn        INT,
  prev_pv   BIGINT,
  share     DOUBLE,
  info      STRUCT<a:BIGINT, b:STRING>
)
PARTITIONED BY (p_date STRING, hour STRING)
STORED AS ORC;
`,
  'jobs/dws_live_source_1d.sql': `/*---
type: batch
schedule: '@daily'
---*/
SET hive.exec.dynamic.partition.mode=nonstrict;
SET spark.sql.shuffle.partitions=200;
ADD JAR hdfs:///libs/udfs.jar;
CREATE TEMPORARY FUNCTION my_udf AS 'com.example.MyUdf';

WITH base AS (
  SELECT
    e.room_id,
    e.source,
    e.device.os AS os,
    get_json_object(e.ext['payload'], '$.channel') AS channel,
    e.hour,
    count(1) AS enter_pv
  FROM ods.ods_live_enter_log_di e
  WHERE e.p_date = '\${date}' AND e.hour BETWEEN '00' AND '23'
  GROUP BY e.room_id, e.source, e.device.os, get_json_object(e.ext['payload'], '$.channel'), e.hour
),
tagged AS (
  SELECT b.*, t.pos, t.tag
  FROM base b
  LATERAL VIEW OUTER posexplode(split(b.channel, ',')) t AS pos, tag
)
INSERT OVERWRITE TABLE dws.dws_live_source_1d PARTITION (p_date = '\${date}', hour)
SELECT
  room_id,
  source,
  os,
  channel,
  CAST(pos AS INT) AS pos,
  tag,
  enter_pv,
  CAST(row_number() OVER (PARTITION BY room_id ORDER BY enter_pv DESC) AS INT) AS rn,
  lag(enter_pv, 1, 0) OVER (PARTITION BY room_id, source ORDER BY hour ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS prev_pv,
  enter_pv / sum(enter_pv) OVER (PARTITION BY room_id) AS share,
  named_struct('a', room_id, 'b', my_udf(source)) AS info,
  hour
FROM tagged
DISTRIBUTE BY hour SORT BY room_id;
`,
  'tables/ads/ads_live_src_cube_1d.sql': `CREATE TABLE IF NOT EXISTS ads.ads_live_src_cube_1d (
  source   STRING,
  os       STRING,
  gid      INT,
  pv       BIGINT,
  uv       BIGINT,
  p50      DOUBLE,
  users    ARRAY<BIGINT>
)
PARTITIONED BY (p_date STRING)
STORED AS ORC;
`,
  'jobs/ads_live_src_cube_1d.sql': `/*---
type: batch
schedule: '0 4 * * *'
dialect: spark
---*/
ALTER TABLE ads.ads_live_src_cube_1d DROP IF EXISTS PARTITION (p_date = '\${date}');

INSERT OVERWRITE TABLE ads.ads_live_src_cube_1d PARTITION (p_date = '\${date}')
SELECT /*+ MAPJOIN(u) */
  nvl(e.source, 'all') AS source,
  if(grouping(e.device.os) = 1, 'all', e.device.os) AS os,
  CAST(grouping_id() AS INT) AS gid,
  count(*) AS pv,
  count(DISTINCT e.user_id) AS uv,
  percentile_approx(CAST(e.room_id AS DOUBLE), 0.5) AS p50,
  collect_list(e.user_id) AS users
FROM ods.ods_live_enter_log_di e
LEFT SEMI JOIN dim.dim_user_df u ON e.user_id = u.user_id AND u.p_date = '\${date}'
WHERE e.p_date = '\${date}'
GROUP BY e.source, e.device.os
GROUPING SETS ((e.source, e.device.os), (e.source), ());

ANALYZE TABLE ads.ads_live_src_cube_1d PARTITION (p_date = '\${date}') COMPUTE STATISTICS;
`,
  'tables/dws/dws_live_misc_1d.sql': `CREATE TABLE IF NOT EXISTS dws.dws_live_misc_1d (
  room_id  BIGINT,
  k        STRING,
  v        STRING,
  net      STRING,
  ab       STRING,
  n        BIGINT
)
PARTITIONED BY (p_date STRING)
STORED AS ORC;
`,
  'jobs/dws_live_misc_1d.sql': `/*---
type: batch
schedule: '@daily'
---*/
USE dws;

CREATE TEMPORARY VIEW tmp_misc AS
SELECT e.room_id, e.user_id, e.ext, e.device
FROM ods.ods_live_enter_log_di e
LEFT ANTI JOIN dim.dim_user_df u ON e.user_id = u.user_id AND u.p_date = '\${date}'
WHERE e.p_date = '\${date}';

CREATE TEMPORARY VIEW enter_cached AS SELECT * FROM tmp_misc;

CREATE OR REPLACE TEMPORARY VIEW kv AS
SELECT c.room_id, m.k, m.v, j.net, j.ab
FROM enter_cached c
LATERAL VIEW explode(c.ext) m AS k, v
LATERAL VIEW json_tuple(c.ext['raw'], 'net', 'ab') j AS net, ab;

INSERT OVERWRITE TABLE dws_live_misc_1d PARTITION (p_date = '\${date}')
SELECT room_id, k, v, net, ab, count(*) AS n
FROM kv
GROUP BY room_id, k, v, net, ab
CLUSTER BY room_id;

`,
  'tables/dws/dws_live_dyn_1d.sql': `CREATE TABLE IF NOT EXISTS dws.dws_live_dyn_1d (
  room_id  BIGINT,
  source   STRING,
  n        BIGINT
)
PARTITIONED BY (p_date STRING, hour STRING)
STORED AS ORC;
`,
  'jobs/dws_live_dyn_1d.sql': `/*---
type: batch
schedule: '@hourly'
dialect: hive
---*/
SET hive.exec.dynamic.partition.mode=nonstrict;
FROM (
  SELECT room_id, source, p_date, hour FROM ods.ods_live_enter_log_di
  WHERE p_date BETWEEN date_sub('\${date}', 6) AND '\${date}'
) src
INSERT OVERWRITE TABLE dws.dws_live_dyn_1d PARTITION (p_date, hour)
  SELECT room_id, source, count(*) AS n, p_date, hour GROUP BY room_id, source, p_date, hour
INSERT INTO TABLE dws.dws_live_dyn_1d PARTITION (p_date = '\${date}', hour = '\${hour}')
  SELECT room_id, 'all' AS source, count(*) AS n WHERE p_date = '\${date}' GROUP BY room_id;

INSERT INTO TABLE dws.dws_live_dyn_1d PARTITION (p_date = '\${date}', hour = '\${hour}') (room_id, n)
SELECT room_id, count(*) FROM ods.ods_live_enter_log_di WHERE p_date = '\${date}' GROUP BY room_id;
`,
  'jobs/rt_live_misc.sql': `/*---
type: streaming
dialect: flink
---*/
SET 'pipeline.name' = 'rt_live_misc';
SET 'table.local-time-zone' = 'Asia/Shanghai';

CREATE TEMPORARY FUNCTION parse_tags AS 'com.example.ParseTags' LANGUAGE JAVA;

CREATE TEMPORARY TABLE live_like_log (
  log_id      STRING,
  room_id     BIGINT,
  user_id     BIGINT,
  like_cnt    INT,
  tags        ARRAY<STRING>,
  attrs       MAP<STRING, STRING>,
  device      ROW<os STRING, app_version STRING>,
  kafka_ts    TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL,
  \`partition\` INT METADATA VIRTUAL,
  event_time  AS TO_TIMESTAMP_LTZ(CAST(JSON_VALUE(attrs['raw'], '$.ts') AS BIGINT), 3),
  proc_time   AS PROCTIME(),
  WATERMARK FOR event_time AS event_time - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'live_like_log',
  'properties.bootstrap.servers' = 'kafka-live:9092',
  'properties.group.id' = 'rt_live_misc_\${env}',
  'format' = 'json'
);

CREATE TEMPORARY TABLE room_rates (
  room_id     BIGINT,
  rate        DOUBLE,
  update_time TIMESTAMP(3),
  WATERMARK FOR update_time AS update_time,
  PRIMARY KEY (room_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'room_rates',
  'properties.bootstrap.servers' = 'kafka-live:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);

CREATE TEMPORARY TABLE print_sink (
  room_id      BIGINT,
  window_start TIMESTAMP(3),
  window_end   TIMESTAMP(3),
  likes        BIGINT,
  top_tag      STRING,
  os           STRING,
  rate         DOUBLE
) WITH ('connector' = 'print');

CREATE TEMPORARY TABLE fs_sink (
  room_id BIGINT,
  tag     STRING,
  dt      STRING,
  hr      STRING
) PARTITIONED BY (dt, hr) WITH (
  'connector' = 'filesystem',
  'path' = 'hdfs:///warehouse/rt/likes',
  'format' = 'parquet'
);

EXECUTE STATEMENT SET
BEGIN
  INSERT INTO print_sink
  SELECT room_id, window_start, window_end, SUM(like_cnt) AS likes, MAX(tag) AS top_tag, MAX(device.os) AS os, CAST(NULL AS DOUBLE) AS rate
  FROM TABLE(CUMULATE(TABLE live_like_log, DESCRIPTOR(event_time), INTERVAL '1' MINUTE, INTERVAL '1' HOUR))
  CROSS JOIN UNNEST(tags) AS t (tag)
  GROUP BY room_id, window_start, window_end;

  INSERT INTO print_sink
  SELECT l.room_id, l.window_start, l.window_end, l.likes, CAST(NULL AS STRING) AS top_tag, CAST(NULL AS STRING) AS os, r.rate
  FROM (
    SELECT room_id, window_start, window_end, window_time, SUM(like_cnt) AS likes
    FROM TABLE(TUMBLE(TABLE live_like_log, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))
    GROUP BY room_id, window_start, window_end, window_time
  ) l
  LEFT JOIN room_rates FOR SYSTEM_TIME AS OF l.window_time AS r
    ON l.room_id = r.room_id;

  INSERT INTO fs_sink
  SELECT room_id, s.tag, DATE_FORMAT(proc_time, 'yyyy-MM-dd') AS dt, DATE_FORMAT(proc_time, 'HH') AS hr
  FROM live_like_log, LATERAL TABLE(parse_tags(attrs['raw'])) AS s(tag);

  INSERT INTO print_sink
  SELECT room_id, window_start, window_end, likes, CAST(NULL AS STRING), CAST(NULL AS STRING), CAST(NULL AS DOUBLE)
  FROM (
    SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY likes DESC) AS rownum
    FROM (
      SELECT room_id, window_start, window_end, SUM(like_cnt) AS likes
      FROM TABLE(HOP(TABLE live_like_log, DESCRIPTOR(event_time), INTERVAL '1' MINUTE, INTERVAL '10' MINUTE))
      GROUP BY room_id, window_start, window_end
    )
  ) WHERE rownum <= 10;
END;
`,
};

/** Columns of dwd.dwd_live_like_di; each small idiom below writes its own copy of that table. */
const LIKE_COLUMNS = 'log_id STRING, room_id BIGINT, anchor_id BIGINT, user_id BIGINT, like_cnt INT, os STRING, like_time TIMESTAMP';

/** Small idioms, one job each: the SELECT that fills `dwd.dwd_qa_<name>_di`. */
const SELECTS: Record<string, string> = {
  lambdas: `SELECT
  l.log_id, l.room_id,
  aggregate(transform(filter(map_values(l.ext), v -> v IS NOT NULL), v -> length(v)), 0, (acc, x) -> acc + x) AS anchor_id,
  l.user_id, 1 AS like_cnt,
  array_join(array_sort(map_keys(l.ext), (a, b) -> CASE WHEN a < b THEN -1 ELSE 1 END), ',') AS os,
  l.event_time AS like_time
FROM ods.ods_live_enter_log_di l
WHERE l.p_date = '\${date}'`,
  keywords: `SELECT l.log_id, l.room_id, 0 AS anchor_id, l.user_id, l.like_cnt, CAST(current_date AS STRING) AS os, current_timestamp AS like_time
FROM ods.ods_live_like_log_di l
WHERE l.p_date = '\${date}' AND l.event_time < current_timestamp - INTERVAL 1 DAY`,
  named_window: `SELECT /*+ REPARTITION(10) */ l.log_id, l.room_id, CAST(rank() OVER w AS BIGINT) AS anchor_id, l.user_id,
  CAST(sum(l.like_cnt) OVER w AS INT) AS like_cnt, l.device.os AS os, l.event_time AS like_time
FROM ods.ods_live_like_log_di l
WHERE l.p_date = '\${date}'
WINDOW w AS (PARTITION BY l.room_id ORDER BY l.event_time)`,
  stack_inline: `SELECT s.log_id, s.room_id, 0 AS anchor_id, s.user_id, 1 AS like_cnt, kv.k AS os, s.event_time AS like_time
FROM (
  SELECT log_id, room_id, user_id, event_time, ext FROM ods.ods_live_enter_log_di WHERE p_date = '\${date}'
) s
LATERAL VIEW stack(2, 'a', s.log_id, 'b', s.log_id) kv AS k, v
LATERAL VIEW inline(array(named_struct('x', 1, 'y', 'z'))) il AS x, y`,
  explode_in_select: `SELECT log_id, room_id, 0 AS anchor_id, user_id, 1 AS like_cnt, os, event_time AS like_time
FROM (SELECT log_id, room_id, user_id, explode(map_keys(ext)) AS os, event_time FROM ods.ods_live_enter_log_di WHERE p_date = '\${date}') t`,
  explode_map: `SELECT log_id, room_id, 0 AS anchor_id, user_id, 1 AS like_cnt, concat(k, '=', v) AS os, event_time AS like_time
FROM ods.ods_live_enter_log_di LATERAL VIEW explode(ext) e AS k, v WHERE p_date = '\${date}'`,
  upper_case: `SELECT L.LOG_ID, L.\`Room_Id\`, 0 AS ANCHOR_ID, L.USER_ID, L.LIKE_CNT, L.DEVICE.OS AS OS, L.EVENT_TIME AS LIKE_TIME
FROM ODS.ODS_LIVE_LIKE_LOG_DI L WHERE L.P_DATE = '\${date}'`,
  subqueries: `SELECT l.log_id, l.room_id,
  (SELECT max(r.anchor_id) FROM dim.dim_live_room_df r WHERE r.room_id = l.room_id AND r.p_date = '\${date}') AS anchor_id,
  l.user_id, sum(l.like_cnt) AS like_cnt, l.device.os AS os, max(l.event_time) AS like_time
FROM ods.ods_live_like_log_di l
WHERE l.p_date = '\${date}'
  AND EXISTS (SELECT 1 FROM dim.dim_user_df u WHERE u.user_id = l.user_id AND u.p_date = '\${date}')
  AND l.room_id NOT IN (SELECT room_id FROM dwd.dwd_live_comment_risk_di WHERE p_date = '\${date}')
GROUP BY 1, 2, 3, 4, 6
HAVING like_cnt > 0
ORDER BY like_cnt DESC
LIMIT 100`,
  var_in_comment: `-- the old version used \${bizdate}; see ticket DATA-123
SELECT l.log_id, l.room_id, 0 AS anchor_id, l.user_id, l.like_cnt, l.device.os AS os, l.event_time AS like_time
FROM ods.ods_live_like_log_di l WHERE l.p_date = '\${date}' /* AND l.hour = '\${hr}' */`,
};

function likeTable(name: string): string {
  return `CREATE TABLE IF NOT EXISTS dwd.dwd_qa_${name}_di (${LIKE_COLUMNS})\nPARTITIONED BY (p_date STRING)\nSTORED AS ORC;\n`;
}

function likeJob(name: string, select: string): string {
  return `/*---\ntype: batch\nschedule: '@daily'\n---*/\nINSERT OVERWRITE TABLE dwd.dwd_qa_${name}_di PARTITION (p_date = '\${date}')\n${select};\n`;
}

function writeAll(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

/** Checks examples/live plus `files` in a throw-away copy. */
function checkWith(files: Record<string, string>, extra: string[] = []): CliRun {
  const { dir, cleanup } = copyProject(examplesLive);
  try {
    writeAll(dir, files);
    return strata(['check', '--project', dir, ...extra]);
  } finally {
    cleanup();
  }
}

describe('qa: valid warehouse idioms are not flagged', () => {
  let dir: string;
  let cleanup: () => void;
  let count: number;

  before(() => {
    ({ dir, cleanup } = copyProject(examplesLive));
    writeAll(dir, FILES);
    for (const [name, select] of Object.entries(SELECTS)) {
      writeAll(dir, { [`tables/dwd/dwd_qa_${name}_di.sql`]: likeTable(name), [`jobs/dwd_qa_${name}_di.sql`]: likeJob(name, select) });
    }
    count = Object.keys(FILES).length + 2 * Object.keys(SELECTS).length;
  });
  after(() => cleanup());

  it('passes strata check with every idiom added', () => {
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^✔ (\d+) files checked, no problems$/m);
    assert.ok(Number(/✔ (\d+) files/.exec(r.stdout)?.[1]) >= 53 + count);
  });

  it('passes check --strict on the new files (the dialect reference grammars agree)', () => {
    // only the added files: examples/live is covered by its own strict test, and ANTLR is slow cold
    const added = fs.readdirSync(path.join(dir, 'jobs')).filter((f) => !fs.existsSync(path.join(examplesLive, 'jobs', f)));
    assert.equal(added.length, 5 + Object.keys(SELECTS).length);
    const r = strata(['check', '--strict', ...added.flatMap((f) => ['--file', path.join('jobs', f)])], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('links the new jobs into the graph, temp views and USE-qualified tables resolved', () => {
    const r = strata(['graph', '--project', dir, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const g = JSON.parse(r.stdout) as { edges: { from: string; to: string }[]; cycles: unknown[] };
    const has = (from: string, to: string) => g.edges.some((e) => e.from === from && e.to === to);
    assert.ok(has('job:dws_live_misc_1d', 'table:dws.dws_live_misc_1d'), 'USE dws; INSERT ... dws_live_misc_1d');
    assert.ok(has('table:ods.ods_live_enter_log_di', 'job:dws_live_misc_1d'), 'read through two temp views');
    assert.ok(has('job:dws_live_dyn_1d', 'table:dws.dws_live_dyn_1d'), 'FROM ... INSERT multi-insert');
    assert.ok(has('table:ods.ods_live_enter_log_di', 'job:ads_live_src_cube_1d'));
    assert.ok(!g.edges.some((e) => /kv|tmp_misc|enter_cached/.test(e.from + e.to)), 'temp views are not graph tables');
    assert.deepEqual(g.cycles, []);
  });

  it('traces lineage through LATERAL VIEW json_tuple and temp views back to ODS', () => {
    const r = strata(['lineage', 'dws.dws_live_misc_1d.net', '--upstream', '--project', dir, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const hops = (JSON.parse(r.stdout).result.columns[0].upstream as { source: string }[]).map((h) => h.source);
    assert.ok(hops.includes('ods.ods_live_enter_log_di.ext'), hops.join(', '));
  });

  it('accepts the older Flink BEGIN STATEMENT SET; ... END; form and interval joins', () => {
    const { dir: d, cleanup: c } = tempDir();
    try {
      fs.writeFileSync(path.join(d, 'set.sql'), [
        "CREATE TEMPORARY TABLE src (a BIGINT, b STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');",
        "CREATE TEMPORARY TABLE snk (a BIGINT, b STRING) WITH ('connector' = 'blackhole');",
        "CREATE TEMPORARY TABLE snk2 (a BIGINT, n BIGINT) WITH ('connector' = 'blackhole');",
        'BEGIN STATEMENT SET;',
        'INSERT INTO snk SELECT a, b FROM src;',
        "INSERT INTO snk2 SELECT s1.a, COUNT(*) AS n FROM src s1, src s2 WHERE s1.a = s2.a AND s1.ts BETWEEN s2.ts - INTERVAL '1' HOUR AND s2.ts GROUP BY s1.a;",
        'END;',
        '',
      ].join('\n'));
      const r = strata(['check', '--file', 'set.sql', '--dialect', 'flink'], d);
      assert.equal(r.status, 0, r.stdout + r.stderr);
    } finally {
      c();
    }
  });
});

describe('qa: valid idioms that are wrongly flagged today', () => {
  // Was a bug, fixed: Hive/Spark virtual column grouping__id is reported as "unknown column 'grouping__id'"
  it('accepts grouping__id with GROUPING SETS', () => {
    const r = checkWith({
      'tables/ads/ads_qa_gid_1d.sql': 'CREATE TABLE ads.ads_qa_gid_1d (source STRING, gid INT, pv BIGINT) PARTITIONED BY (p_date STRING);\n',
      'jobs/ads_qa_gid_1d.sql': "/*---\ntype: batch\ndialect: hive\n---*/\nINSERT OVERWRITE TABLE ads.ads_qa_gid_1d PARTITION (p_date = '${date}')\n" +
        "SELECT source, CAST(grouping__id AS INT) AS gid, count(*) AS pv FROM ods.ods_live_enter_log_di WHERE p_date = '${date}'\n" +
        'GROUP BY source GROUPING SETS ((source), ());\n',
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  // Was a bug, fixed: Spark's CACHE TABLE name AS SELECT does not define a relation: "unknown table 'enter_cached'"
  it('accepts CACHE TABLE ... AS SELECT as a job-local relation', () => {
    const r = checkWith({
      'tables/dws/dws_qa_cache_1d.sql': 'CREATE TABLE dws.dws_qa_cache_1d (room_id BIGINT, n BIGINT) PARTITIONED BY (p_date STRING);\n',
      'jobs/dws_qa_cache_1d.sql': "/*---\ntype: batch\n---*/\nCACHE TABLE enter_cached AS SELECT room_id FROM ods.ods_live_enter_log_di WHERE p_date = '${date}';\n" +
        "INSERT OVERWRITE TABLE dws.dws_qa_cache_1d PARTITION (p_date = '${date}')\nSELECT room_id, count(*) AS n FROM enter_cached GROUP BY room_id;\n",
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  // Was a bug, fixed: Spark's higher-order function exists(array, x -> ...) is parsed as EXISTS (subquery): "unexpected 'map_keys', expected 'SELECT'"
  it('accepts the exists(array, lambda) higher-order function', () => {
    const r = checkWith({
      'tables/dwd/dwd_qa_exists_di.sql': likeTable('exists'),
      'jobs/dwd_qa_exists_di.sql': likeJob('exists', "SELECT l.log_id, l.room_id, 0 AS anchor_id, l.user_id, 1 AS like_cnt, l.device.os AS os, l.event_time AS like_time\n" +
        "FROM ods.ods_live_enter_log_di l WHERE l.p_date = '${date}' AND exists(map_keys(l.ext), k -> k = 'ab')"),
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  // Was a bug, fixed: TABLESAMPLE was a syntax error. The sample comes before the alias (Spark/Hive grammar).
  it('accepts TABLESAMPLE (10 PERCENT)', () => {
    const r = checkWith({
      'tables/dwd/dwd_qa_sample_di.sql': likeTable('sample'),
      'jobs/dwd_qa_sample_di.sql': likeJob('sample', "SELECT l.log_id, l.room_id, 0 AS anchor_id, l.user_id, l.like_cnt, l.device.os AS os, l.event_time AS like_time\n" +
        "FROM ods.ods_live_like_log_di TABLESAMPLE (10 PERCENT) l WHERE l.p_date = '${date}'"),
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  // Was a bug, fixed: Hive's own ${hiveconf:x} / ${hivevar:x} substitutions are reported as malformed-variable errors
  it('leaves ${hiveconf:...} and ${hivevar:...} to Hive', () => {
    const r = checkWith({
      'tables/dwd/dwd_qa_hivevar_di.sql': likeTable('hivevar'),
      'jobs/dwd_qa_hivevar_di.sql': "/*---\ntype: batch\ndialect: hive\n---*/\nSET mapred.job.name=dwd_qa_hivevar_${hiveconf:env_tag};\n" +
        "INSERT OVERWRITE TABLE dwd.dwd_qa_hivevar_di PARTITION (p_date = '${hivevar:dt}')\n" +
        "SELECT l.log_id, l.room_id, 0 AS anchor_id, l.user_id, l.like_cnt, l.device.os AS os, l.event_time AS like_time\n" +
        "FROM ods.ods_live_like_log_di l WHERE l.p_date = '${date}';\n",
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  // Was a bug, fixed: a job that reads yesterday's partition of the table it writes (cumulative / zipper tables) is reported as a dependency cycle
  it('accepts a cumulative job that reads its own previous partition', () => {
    const r = checkWith({
      'tables/dws/dws_qa_user_td.sql': 'CREATE TABLE dws.dws_qa_user_td (user_id BIGINT, first_date STRING, last_date STRING) PARTITIONED BY (p_date STRING);\n',
      'jobs/dws_qa_user_td.sql': "/*---\ntype: batch\n---*/\nINSERT OVERWRITE TABLE dws.dws_qa_user_td PARTITION (p_date = '${date}')\n" +
        "SELECT coalesce(t.user_id, y.user_id) AS user_id, coalesce(y.first_date, '${date}') AS first_date,\n" +
        "  CASE WHEN t.user_id IS NOT NULL THEN '${date}' ELSE y.last_date END AS last_date\n" +
        "FROM (SELECT * FROM dws.dws_qa_user_td WHERE p_date = date_sub('${date}', 1)) y\n" +
        "FULL OUTER JOIN (SELECT DISTINCT user_id FROM dwd.dwd_live_room_watch_di WHERE p_date = '${date}') t ON y.user_id = t.user_id;\n",
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  // Was a bug, fixed: a scratch table created (CTAS) and read back in the same job is reported as a dependency cycle
  it('accepts a scratch table the job creates, reads and drops', () => {
    const r = checkWith({
      'tables/dws/dws_qa_scratch_1d.sql': 'CREATE TABLE dws.dws_qa_scratch_1d (room_id BIGINT, n BIGINT) PARTITIONED BY (p_date STRING);\n',
      'jobs/dws_qa_scratch_1d.sql': "/*---\ntype: batch\n---*/\nDROP TABLE IF EXISTS tmp.tmp_qa_scratch_${date_nodash};\n" +
        "CREATE TABLE tmp.tmp_qa_scratch_${date_nodash} STORED AS ORC AS\nSELECT room_id FROM ods.ods_live_enter_log_di WHERE p_date = '${date}';\n" +
        "INSERT OVERWRITE TABLE dws.dws_qa_scratch_1d PARTITION (p_date = '${date}')\nSELECT room_id, count(*) AS n FROM tmp.tmp_qa_scratch_${date_nodash} GROUP BY room_id;\n" +
        'DROP TABLE IF EXISTS tmp.tmp_qa_scratch_${date_nodash};\n',
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  // Was a bug, fixed: Flink computed columns and METADATA ... VIRTUAL columns are counted as insertable: "has 2 columns but the table has 4"
  it('does not count computed or VIRTUAL metadata columns of a Flink sink', () => {
    const { dir, cleanup } = tempDir();
    try {
      fs.writeFileSync(path.join(dir, 'virt.sql'), [
        "CREATE TEMPORARY TABLE src (a BIGINT, b STRING) WITH ('connector' = 'datagen');",
        "CREATE TEMPORARY TABLE snk (a BIGINT, b STRING, part INT METADATA FROM 'partition' VIRTUAL, a2 AS a * 2) WITH ('connector' = 'kafka', 'topic' = 't', 'format' = 'json');",
        'INSERT INTO snk SELECT a, b FROM src;',
        '',
      ].join('\n'));
      const r = strata(['check', '--file', 'virt.sql', '--dialect', 'flink'], dir);
      assert.equal(r.status, 0, r.stdout + r.stderr);
    } finally {
      cleanup();
    }
  });
});
