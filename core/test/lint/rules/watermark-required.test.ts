import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/watermark-required';

/** A source with an event-time attribute `ts` and a processing-time attribute `pt`. */
const CLICKS = "CREATE TEMPORARY TABLE clicks (user_id BIGINT, ts TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'datagen');";
/** The same without a watermark: `ts` is a plain timestamp. */
const RAW = "CREATE TEMPORARY TABLE raw_clicks (user_id BIGINT, ts TIMESTAMP(3), pt AS PROCTIME()) WITH ('connector' = 'datagen');";
const ORDERS = "CREATE TEMPORARY TABLE orders (order_id BIGINT, currency STRING, order_time TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR order_time AS order_time) WITH ('connector' = 'datagen');";
const tumble = (table: string, column: string) =>
  `INSERT INTO out_tbl\nSELECT window_start, COUNT(*) AS cnt\nFROM TABLE(TUMBLE(TABLE ${table}, DESCRIPTOR(${column}), INTERVAL '1' MINUTE))\nGROUP BY window_start, window_end;`;

RuleTester.run(rule, {
  valid: [
    { code: `${CLICKS}\n${tumble('clicks', 'ts')}`, dialect: 'flink' },
    // Processing-time windows need no watermark.
    { code: `${RAW}\n${tumble('raw_clicks', 'pt')}`, dialect: 'flink' },
    // Through a view that keeps the attribute as a bare column, also across UNION ALL and a CTE.
    {
      code: `${CLICKS}\n${RAW.replace('pt AS PROCTIME())', "pt AS PROCTIME(), WATERMARK FOR ts AS ts)").replace('raw_clicks', 'app_clicks')}\nCREATE TEMPORARY VIEW all_clicks AS SELECT user_id, ts FROM clicks UNION ALL SELECT c.user_id, c.ts FROM app_clicks AS c;\nINSERT INTO out_tbl\nWITH recent AS (SELECT * FROM all_clicks WHERE user_id > 0)\nSELECT window_start, COUNT(*) AS cnt FROM TABLE(HOP(TABLE recent, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE))\nGROUP BY window_start, window_end;`,
      dialect: 'flink',
    },
    // `t.*` passes attributes through; PROCTIME() in a view makes one.
    { code: `${CLICKS}\nCREATE TEMPORARY VIEW v AS SELECT c.* FROM clicks AS c JOIN dim FOR SYSTEM_TIME AS OF c.pt AS d ON c.user_id = d.id;\n${tumble('v', 'ts')}`, dialect: 'flink' },
    { code: `${RAW}\nCREATE TEMPORARY VIEW v AS SELECT r.*, PROCTIME() AS pt2 FROM raw_clicks AS r;\n${tumble('v', 'pt2')}`, dialect: 'flink' },
    // Named arguments; CUMULATE over a subquery's output is not reachable, so only tables/views/CTEs are resolved.
    { code: `${CLICKS}\nINSERT INTO out_tbl SELECT window_start, COUNT(*) AS cnt FROM TABLE(CUMULATE(DATA => TABLE clicks, TIMECOL => DESCRIPTOR(ts), STEP => INTERVAL '1' MINUTE, SIZE => INTERVAL '1' HOUR)) GROUP BY window_start, window_end;`, dialect: 'flink' },
    // A table without DDL here (catalog or another job): its time attributes are unknown, so nothing is said.
    { code: tumble('kafka_clicks', 'ts'), dialect: 'flink' },
    // Interval join over two event-time attributes.
    {
      code: `${CLICKS}\n${ORDERS}\nINSERT INTO out_tbl SELECT o.order_id, c.user_id FROM orders AS o JOIN clicks AS c ON o.order_id = c.user_id AND o.order_time BETWEEN c.ts - INTERVAL '1' HOUR AND c.ts;`,
      dialect: 'flink',
    },
    // Lookup join on a processing-time attribute, and an event-time temporal join on a versioned table with key and watermark.
    {
      code: `${ORDERS}\nCREATE TEMPORARY TABLE rates (currency STRING, rate DECIMAL(10, 4), update_time TIMESTAMP(3), WATERMARK FOR update_time AS update_time, PRIMARY KEY (currency) NOT ENFORCED) WITH ('connector' = 'upsert-kafka');\nCREATE TEMPORARY TABLE dim_currency (currency STRING, name STRING) WITH ('connector' = 'jdbc');\nINSERT INTO out_tbl\nSELECT o.order_id, r.rate, d.name\nFROM orders AS o\nJOIN rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency\nLEFT JOIN dim_currency FOR SYSTEM_TIME AS OF o.pt AS d ON o.currency = d.currency;`,
      dialect: 'flink',
    },
    // The comma form of an interval join; a filter on one table's time is no join bound.
    {
      code: `${CLICKS}\n${ORDERS}\n${RAW}\nINSERT INTO out_tbl SELECT o.order_id FROM orders o, clicks c WHERE o.order_id = c.user_id AND o.order_time BETWEEN c.ts - INTERVAL '4' HOUR AND c.ts;\nINSERT INTO out_tbl SELECT r.user_id FROM raw_clicks AS r JOIN orders AS o ON r.user_id = o.order_id AND r.ts > CURRENT_TIMESTAMP - INTERVAL '1' DAY;`,
      dialect: 'flink',
    },
    // A script may declare a name twice: each statement sees the declaration before it.
    { code: `${RAW.replace('raw_clicks', 'clicks')}\n${CLICKS}\n${tumble('clicks', 'ts')}\n${RAW.replace('raw_clicks', 'clicks')}`, dialect: 'flink' },
    // OVER aggregations by event or processing time; ROW_NUMBER (Top-N) may order by any column.
    {
      code: `${CLICKS}\nINSERT INTO out_tbl SELECT user_id, COUNT(*) OVER (PARTITION BY user_id ORDER BY ts RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW) AS c1, SUM(user_id) OVER (ORDER BY pt) AS c2 FROM clicks;\nINSERT INTO out_tbl SELECT * FROM (SELECT user_id, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY user_id DESC) AS rn FROM clicks) WHERE rn <= 3;`,
      dialect: 'flink',
    },
    // A batch-mode Flink job has no watermarks to wait for.
    { code: `SET 'execution.runtime-mode' = 'batch';\n${RAW}\n${tumble('raw_clicks', 'ts')}`, dialect: 'flink' },
    // A table declared LIKE another inherits columns we do not chase.
    { code: `CREATE TEMPORARY TABLE clicks2 WITH ('topic' = 'x') LIKE base_clicks;\n${tumble('clicks2', 'ts')}`, dialect: 'flink' },
    // Spark and Hive scripts are not Flink jobs.
    { code: 'SELECT window_start FROM t GROUP BY window_start', dialect: 'spark' },
  ],
  invalid: [
    {
      code: `${RAW}\n${tumble('raw_clicks', 'ts')}`,
      dialect: 'flink',
      errors: [
        {
          messageId: 'window',
          line: 3,
          character: 47,
          endCharacter: 49,
          message: "window column 'ts' of 'raw_clicks' is not a time attribute: declare WATERMARK FOR ts on the source (event time) or window over a PROCTIME() column",
        },
      ],
    },
    {
      // A CAST in a view materializes the time attribute into a plain timestamp.
      code: `${CLICKS}\nCREATE TEMPORARY VIEW v AS SELECT user_id, CAST(ts AS TIMESTAMP(3)) AS ts FROM clicks;\n${tumble('v', 'ts')}`,
      dialect: 'flink',
      errors: [{ messageId: 'window', line: 4, character: 38 }],
    },
    {
      // `t.*` over a source without a watermark.
      code: `${RAW}\nCREATE TEMPORARY VIEW v AS SELECT r.* FROM raw_clicks AS r;\n${tumble('v', 'ts')}`,
      dialect: 'flink',
      errors: [{ messageId: 'window', line: 4, character: 38 }],
    },
    {
      // A grouped subquery's time column is a value, not an attribute.
      code: `${CLICKS}\nINSERT INTO out_tbl\nWITH per_user AS (SELECT user_id, MAX(ts) AS ts FROM clicks GROUP BY user_id)\nSELECT window_start, COUNT(*) AS cnt FROM TABLE(TUMBLE(TABLE per_user, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;`,
      dialect: 'flink',
      errors: [{ messageId: 'window', line: 3, character: 82 }],
    },
    {
      code: `${CLICKS}\n${RAW}\nINSERT INTO out_tbl SELECT c.user_id FROM clicks AS c\nJOIN raw_clicks AS r ON c.user_id = r.user_id AND r.ts BETWEEN c.ts - INTERVAL '1' MINUTE AND c.ts;`,
      dialect: 'flink',
      errors: [{ messageId: 'intervalJoin', line: 3, character: 50, endCharacter: 54 }],
    },
    {
      code: `${CLICKS}\n${RAW}\nINSERT INTO out_tbl SELECT c.user_id FROM clicks c, raw_clicks r\nWHERE c.user_id = r.user_id AND c.ts BETWEEN r.ts - INTERVAL '1' MINUTE AND r.ts + INTERVAL '1' MINUTE;`,
      dialect: 'flink',
      errors: [{ messageId: 'intervalJoin', line: 3, character: 45, endCharacter: 49 }],
    },
    {
      code: `${RAW}\nCREATE TEMPORARY TABLE dim_user (user_id BIGINT, name STRING) WITH ('connector' = 'jdbc');\nINSERT INTO out_tbl SELECT c.user_id, d.name FROM raw_clicks AS c\nJOIN dim_user FOR SYSTEM_TIME AS OF c.ts AS d ON c.user_id = d.user_id;`,
      dialect: 'flink',
      errors: [{ messageId: 'temporalTime', line: 3, character: 36, endCharacter: 40 }],
    },
    {
      code: `${RAW}\nINSERT INTO out_tbl SELECT user_id, COUNT(*) OVER (PARTITION BY user_id ORDER BY ts ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) AS cnt FROM raw_clicks;`,
      dialect: 'flink',
      errors: [
        {
          messageId: 'overOrder',
          line: 1,
          character: 81,
          endCharacter: 83,
          message: "OVER aggregation ordered by 'ts', which is not a time attribute: Flink orders streaming OVER windows by event or processing time only; declare WATERMARK FOR ts on its source or order by a PROCTIME() column",
        },
      ],
    },
    {
      code: `${ORDERS}\nCREATE TEMPORARY TABLE rates (currency STRING, rate DECIMAL(10, 4), update_time TIMESTAMP(3)) WITH ('connector' = 'kafka');\nINSERT INTO out_tbl SELECT o.order_id, r.rate FROM orders AS o\nJOIN rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency;`,
      dialect: 'flink',
      errors: [
        { messageId: 'versionedWatermark', line: 3, character: 5, endCharacter: 10 },
        { messageId: 'versionedKey', line: 3, character: 5, endCharacter: 10 },
      ],
    },
  ],
});
