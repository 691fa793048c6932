import { lineageCases } from './lineage-harness';

const SRC = "CREATE TEMPORARY TABLE src (uid BIGINT, amount DOUBLE, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'kafka');\n";
const SINK = "CREATE TEMPORARY TABLE sink (uid BIGINT, total DOUBLE) WITH ('connector' = 'print');\n";
const tvf = (fn: string) => `${SRC}INSERT INTO out SELECT window_start, window_end, uid, count(*) AS cnt FROM TABLE(${fn}) GROUP BY window_start, window_end, uid`;
const WINDOW_EDGES = ['src.ts -> out.window_start expression', 'src.ts -> out.window_end expression', 'src.uid -> out.uid direct'];

lineageCases('lineage: flink', [
  { name: 'temporary source and sink, positional by DDL', dialect: 'flink', sql: `${SRC}${SINK}INSERT INTO sink SELECT uid, sum(amount) FROM src GROUP BY uid`, edges: ['src.uid -> sink.uid direct', 'src.amount -> sink.total aggregate'], reads: ['src'], writes: ['sink'] },
  { name: 'TUMBLE window_start derives from the time column', dialect: 'flink', sql: tvf("TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE)"), edges: WINDOW_EDGES, filters: [], reads: ['src'] },
  { name: 'HOP', dialect: 'flink', sql: tvf("HOP(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE)"), edges: WINDOW_EDGES },
  { name: 'CUMULATE', dialect: 'flink', sql: tvf("CUMULATE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '1' HOUR)"), edges: WINDOW_EDGES },
  { name: 'named TVF arguments', dialect: 'flink', sql: tvf("TUMBLE(DATA => TABLE src, TIMECOL => DESCRIPTOR(ts), SIZE => INTERVAL '1' MINUTE)"), edges: WINDOW_EDGES },
  { name: 'window_time', dialect: 'flink', sql: `${SRC}INSERT INTO out SELECT window_time AS rowtime, sum(amount) AS s FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end, window_time`, edges: ['src.ts -> out.rowtime expression', 'src.amount -> out.s aggregate'], filters: [] },
  { name: 'SESSION with PARTITION BY', dialect: 'flink', sql: `${SRC}INSERT INTO out SELECT window_start, sum(amount) AS s FROM TABLE(SESSION(TABLE src PARTITION BY uid, DESCRIPTOR(ts), INTERVAL '5' MINUTE)) GROUP BY window_start, window_end`, edges: ['src.ts -> out.window_start expression', 'src.amount -> out.s aggregate'], filters: ['src.uid'] },
  { name: 'TVF over a table without DDL', dialect: 'flink', sql: "INSERT INTO out SELECT uid, window_start FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(rowtime), INTERVAL '1' MINUTE))", edges: ['events.uid -> out.uid direct', 'events.rowtime -> out.window_start expression'], reads: ['events'] },
  { name: 'EXECUTE STATEMENT SET', dialect: 'flink', sql: 'EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT x FROM s; INSERT INTO b SELECT y FROM s; END;', edges: ['s.x -> a.x direct', 's.y -> b.y direct'], writes: ['a', 'b'], reads: ['s'] },
  { name: 'BEGIN STATEMENT SET', dialect: 'flink', sql: 'BEGIN STATEMENT SET;\nINSERT INTO a SELECT x FROM s;\nINSERT INTO b SELECT y + 1 AS y FROM s;\nEND;', edges: ['s.x -> a.x direct', 's.y -> b.y expression'], writes: ['a', 'b'] },
  { name: 'lookup join', dialect: 'flink', sql: 'INSERT INTO out SELECT o.id, d.name FROM orders AS o JOIN dim FOR SYSTEM_TIME AS OF o.proc_time AS d ON o.did = d.id', edges: ['orders.id -> out.id direct', 'dim.name -> out.name direct'], filters: ['dim.id', 'orders.did', 'orders.proc_time'], reads: ['dim', 'orders'] },
  { name: 'deduplication with ROW_NUMBER', dialect: 'flink', sql: `${SRC}INSERT INTO out SELECT uid, amount FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY uid ORDER BY ts DESC) AS rn FROM src) WHERE rn = 1`, edges: ['src.uid -> out.uid direct', 'src.amount -> out.amount direct'], filters: ['src.ts'] },
  { name: 'computed column is a column of the table', dialect: 'flink', sql: "CREATE TEMPORARY TABLE s2 (a INT, b AS a * 2) WITH ('connector' = 'datagen');\nINSERT INTO out SELECT b FROM s2", edges: ['s2.b -> out.b direct'], warns: false },
  { name: 'metadata column', dialect: 'flink', sql: "CREATE TEMPORARY TABLE k (v STRING, ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL) WITH ('connector' = 'kafka');\nINSERT INTO out SELECT * FROM k", edges: ['k.v -> out.v direct', 'k.ts -> out.ts direct'] },
  { name: 'temporary view is an object of its own', dialect: 'flink', sql: `${SRC}CREATE TEMPORARY VIEW v AS SELECT uid, amount * 2 AS a2 FROM src;\nINSERT INTO out SELECT uid, a2 FROM v`, edges: ['src.uid -> v.uid direct', 'src.amount -> v.a2 expression', 'v.uid -> out.uid direct', 'v.a2 -> out.a2 direct'], reads: ['src', 'v'], writes: ['out', 'v'] },
  { name: 'catalog-qualified name finds the temporary table', dialect: 'flink', sql: `${SRC}INSERT INTO out SELECT * FROM default_catalog.default_database.src`, edges: ['src.uid -> out.uid direct', 'src.amount -> out.amount direct', 'src.ts -> out.ts direct'], reads: ['src'] },
  { name: 'SET statements are ignored', dialect: 'flink', sql: "SET 'pipeline.name' = 'x';\nINSERT INTO out SELECT a FROM s", edges: ['s.a -> out.a direct'] },
  { name: 'column list (flink)', dialect: 'flink', sql: 'INSERT INTO out (x) SELECT DATE_FORMAT(ts, \'yyyy-MM-dd\') FROM s', edges: ['s.ts -> out.x expression'] },
  { name: 'temporal join with versioned table', dialect: 'flink', sql: 'INSERT INTO out SELECT o.id, r.rate * o.amount AS v FROM orders o LEFT JOIN rates FOR SYSTEM_TIME AS OF o.ts AS r ON o.cur = r.cur', edges: ['orders.id -> out.id direct', 'rates.rate -> out.v expression', 'orders.amount -> out.v expression'], filters: ['orders.cur', 'orders.ts', 'rates.cur'] },
  { name: 'interval arithmetic on a column', dialect: 'flink', sql: "INSERT INTO out SELECT ts + INTERVAL '8' HOUR AS local_ts FROM s", edges: ['s.ts -> out.local_ts expression'] },
]);
