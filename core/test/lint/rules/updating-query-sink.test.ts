import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/updating-query-sink';

/** An append-only source: `ts` is event time, `pt` processing time. */
const SRC = "CREATE TEMPORARY TABLE clicks (user_id BIGINT, item_id BIGINT, ts TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');";
const kafkaSink = (columns: string, format = 'json') => `CREATE TEMPORARY TABLE sink (${columns}) WITH ('connector' = 'kafka', 'topic' = 'out', 'format' = '${format}');`;
const upsertSink = (columns: string, key?: string) =>
  `CREATE TEMPORARY TABLE sink (${columns}${key ? `, PRIMARY KEY (${key}) NOT ENFORCED` : ''}) WITH ('connector' = 'upsert-kafka', 'topic' = 'out', 'key.format' = 'json', 'value.format' = 'json');`;
const job = (...lines: string[]) => [SRC, ...lines].join('\n');
const COUNT = 'INSERT INTO sink SELECT user_id, COUNT(*) AS cnt FROM clicks GROUP BY user_id;';
const DEDUP = (order: string, filter = 'rn = 1') =>
  `CREATE TEMPORARY VIEW latest AS SELECT user_id, item_id FROM (SELECT user_id, item_id, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ${order}) AS rn FROM clicks) WHERE ${filter};`;

RuleTester.run(rule, {
  valid: [
    // Window aggregations, interval joins, OVER aggregations, window Top-N and inner regular joins append.
    { code: job(kafkaSink('ws TIMESTAMP(3), cnt BIGINT'), "INSERT INTO sink SELECT window_start, COUNT(*) AS cnt FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;"), dialect: 'flink' },
    { code: job(kafkaSink('a BIGINT, b BIGINT'), "INSERT INTO sink SELECT c.user_id, d.item_id FROM clicks AS c JOIN clicks AS d ON c.user_id = d.user_id AND c.ts BETWEEN d.ts - INTERVAL '1' MINUTE AND d.ts;"), dialect: 'flink' },
    { code: job(kafkaSink('user_id BIGINT, cnt BIGINT'), 'INSERT INTO sink SELECT user_id, COUNT(*) OVER (PARTITION BY user_id ORDER BY pt ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cnt FROM clicks;'), dialect: 'flink' },
    {
      code: job(
        kafkaSink('ws TIMESTAMP(3), item_id BIGINT'),
        "INSERT INTO sink SELECT window_start, item_id FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY cnt DESC) AS rn FROM (SELECT window_start, window_end, item_id, COUNT(*) AS cnt FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end, item_id)) WHERE rn <= 3;",
      ),
      dialect: 'flink',
    },
    { code: job(kafkaSink('a BIGINT, b BIGINT'), 'INSERT INTO sink SELECT c.user_id, d.item_id FROM clicks AS c JOIN clicks AS d ON c.user_id = d.item_id;'), dialect: 'flink' },
    // Processing-time dedup keeping the first row, then a lookup join: append-only (the examples/live pattern).
    {
      code: job(
        "CREATE TEMPORARY TABLE dim_item (item_id BIGINT, name STRING) WITH ('connector' = 'jdbc');",
        kafkaSink('user_id BIGINT, name STRING'),
        DEDUP('pt ASC'),
        'INSERT INTO sink SELECT l.user_id, d.name FROM latest AS l LEFT JOIN dim_item FOR SYSTEM_TIME AS OF l.pt AS d ON l.item_id = d.item_id;',
      ).replace('SELECT user_id, item_id FROM (SELECT', 'SELECT user_id, item_id, pt FROM (SELECT pt,'),
      dialect: 'flink',
    },
    // Upsert sinks keyed by the grouping key, by expression and through a column list; a changelog format on kafka.
    { code: job(upsertSink('user_id BIGINT, cnt BIGINT', 'user_id'), COUNT), dialect: 'flink' },
    {
      code: job(upsertSink('user_id BIGINT, d STRING, cnt BIGINT', 'd, user_id'), "INSERT INTO sink (d, user_id, cnt) SELECT DATE_FORMAT(ts, 'yyyy-MM-dd') AS d, user_id, COUNT(*) AS cnt FROM clicks GROUP BY user_id, DATE_FORMAT(ts, 'yyyy-MM-dd');"),
      dialect: 'flink',
    },
    { code: job(kafkaSink('user_id BIGINT, cnt BIGINT', 'debezium-json'), COUNT), dialect: 'flink' },
    // A window aggregation over a changelog source emits final rows only.
    {
      code: job(
        "CREATE TEMPORARY TABLE orders (id BIGINT, amount BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts, PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'o', 'key.format' = 'json', 'value.format' = 'json');",
        kafkaSink('ws TIMESTAMP(3), total BIGINT'),
        "INSERT INTO sink SELECT window_start, SUM(amount) AS total FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;",
      ),
      dialect: 'flink',
    },
    // Sinks that take anything, and sinks whose connector is not known here.
    { code: job("CREATE TEMPORARY TABLE sink (user_id BIGINT, cnt BIGINT) WITH ('connector' = 'print');", COUNT), dialect: 'flink' },
    { code: job(COUNT), dialect: 'flink' },
    // A statement set: each INSERT against its own sink.
    {
      code: job(upsertSink('user_id BIGINT, cnt BIGINT', 'user_id'), kafkaSink('user_id BIGINT, item_id BIGINT').replace('TABLE sink', 'TABLE raw_sink'), `EXECUTE STATEMENT SET BEGIN\n${COUNT}\nINSERT INTO raw_sink SELECT user_id, item_id FROM clicks;\nEND;`),
      dialect: 'flink',
    },
    // COMPILE AND EXECUTE PLAN runs its INSERT; EXPLAIN does not.
    { code: job(kafkaSink('user_id BIGINT, cnt BIGINT'), `EXPLAIN ${COUNT}`), dialect: 'flink' },
    // Batch jobs and Spark files are not streams.
    { code: job("SET 'execution.runtime-mode' = 'batch';", kafkaSink('user_id BIGINT, cnt BIGINT'), COUNT), dialect: 'flink' },
    { code: 'INSERT INTO sink SELECT user_id, COUNT(*) AS cnt FROM clicks GROUP BY user_id', dialect: 'spark' },
  ],
  invalid: [
    {
      code: job(kafkaSink('user_id BIGINT, cnt BIGINT'), COUNT),
      dialect: 'flink',
      errors: [
        {
          messageId: 'appendOnly',
          line: 2,
          character: 12,
          endCharacter: 16,
          message: "'sink' (kafka) takes only appends, but this query emits updates (a GROUP BY without a window): write to an upsert sink with a PRIMARY KEY, or make the query append-only (e.g. a window aggregation)",
        },
      ],
    },
    {
      code: job("CREATE TEMPORARY TABLE sink (a BIGINT, b BIGINT) WITH ('connector' = 'filesystem', 'path' = '/x', 'format' = 'csv');", 'INSERT INTO sink SELECT c.user_id, d.item_id FROM clicks AS c LEFT JOIN clicks AS d ON c.user_id = d.item_id;'),
      dialect: 'flink',
      errors: [{ messageId: 'appendOnly', line: 2, character: 12, message: "'sink' (filesystem) takes only appends, but this query emits updates (a regular LEFT JOIN): write to an upsert sink with a PRIMARY KEY, or make the query append-only (e.g. a window aggregation)" }],
    },
    {
      code: job(kafkaSink('user_id BIGINT, item_id BIGINT'), DEDUP('ts DESC'), 'INSERT INTO sink SELECT * FROM latest;'),
      dialect: 'flink',
      errors: [{ messageId: 'appendOnly', line: 3, character: 12, message: "'sink' (kafka) takes only appends, but this query emits updates (a dedup keeping the last row (ORDER BY ... DESC)): write to an upsert sink with a PRIMARY KEY, or make the query append-only (e.g. a window aggregation)" }],
    },
    {
      // By event time a later-arriving earlier row replaces the first one; a Top-N over a non-time order updates too.
      code: job(kafkaSink('user_id BIGINT, item_id BIGINT'), DEDUP('ts'), 'INSERT INTO sink SELECT * FROM latest;').replace('VIEW latest', 'VIEW first_seen').replace('FROM latest', 'FROM first_seen'),
      dialect: 'flink',
      errors: [{ messageId: 'appendOnly', line: 3, character: 12, message: "'sink' (kafka) takes only appends, but this query emits updates (a dedup keeping the first row by event time): write to an upsert sink with a PRIMARY KEY, or make the query append-only (e.g. a window aggregation)" }],
    },
    {
      code: job(kafkaSink('user_id BIGINT, item_id BIGINT'), DEDUP('item_id DESC', 'rn <= 3'), 'INSERT INTO sink SELECT * FROM latest;'),
      dialect: 'flink',
      errors: [{ messageId: 'appendOnly', line: 3, character: 12, message: "'sink' (kafka) takes only appends, but this query emits updates (a Top-N (ROW_NUMBER over a non-time order)): write to an upsert sink with a PRIMARY KEY, or make the query append-only (e.g. a window aggregation)" }],
    },
    {
      // upsert-kafka needs a key even for appends; jdbc needs one to apply updates.
      code: job(upsertSink('user_id BIGINT, item_id BIGINT'), 'INSERT INTO sink SELECT user_id, item_id FROM clicks;'),
      dialect: 'flink',
      errors: [{ messageId: 'upsertKafkaKey', line: 2, character: 12, message: "'sink' (upsert-kafka) has no PRIMARY KEY: upsert-kafka writes it as the message key and cannot run without one; declare PRIMARY KEY (...) NOT ENFORCED" }],
    },
    {
      code: job("CREATE TEMPORARY TABLE sink (user_id BIGINT, cnt BIGINT) WITH ('connector' = 'jdbc', 'table-name' = 'uc');", 'INSERT INTO sink SELECT DISTINCT user_id, item_id FROM clicks;'),
      dialect: 'flink',
      errors: [{ messageId: 'noPrimaryKey', line: 2, character: 12, message: "'sink' (jdbc) needs PRIMARY KEY (...) NOT ENFORCED to apply SELECT DISTINCT: declare the key the query groups by" }],
    },
    {
      code: job(upsertSink('user_id BIGINT, cnt BIGINT', 'cnt'), COUNT),
      dialect: 'flink',
      errors: [
        {
          messageId: 'keyMismatch',
          line: 2,
          character: 12,
          message: "PRIMARY KEY (cnt) of 'sink' does not match the query's key (user_id): rows would overwrite or outlive each other; declare PRIMARY KEY (user_id) NOT ENFORCED",
        },
      ],
    },
    {
      // Reading a changelog (upsert-kafka, CDC) and writing it to a plain topic.
      code: job(upsertSink('user_id BIGINT, cnt BIGINT', 'user_id').replace('TABLE sink', 'TABLE users'), kafkaSink('user_id BIGINT, cnt BIGINT'), 'INSERT INTO sink SELECT user_id, cnt FROM users WHERE cnt > 0;'),
      dialect: 'flink',
      errors: [{ messageId: 'appendOnly', line: 3, character: 12, message: "'sink' (kafka) takes only appends, but this query emits updates (the changelog source 'users'): write to an upsert sink with a PRIMARY KEY, or make the query append-only (e.g. a window aggregation)" }],
    },
    {
      code: job(kafkaSink('user_id BIGINT, cnt BIGINT'), `COMPILE AND EXECUTE PLAN '/plans/p.json' FOR ${COUNT}`),
      dialect: 'flink',
      errors: [{ messageId: 'appendOnly', line: 2, character: 57 }],
    },
    {
      // A project sink table, known from the catalog.
      code: job(COUNT),
      dialect: 'flink',
      catalog: "CREATE TABLE sink (user_id BIGINT, cnt BIGINT) WITH ('connector' = 'kafka', 'topic' = 'out', 'format' = 'json');",
      errors: [{ messageId: 'appendOnly', line: 1, character: 12 }],
    },
  ],
});
