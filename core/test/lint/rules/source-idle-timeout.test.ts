import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/source-idle-timeout';

const kafka = (options = '') =>
  `CREATE TEMPORARY TABLE clicks (\n  user_id BIGINT,\n  ts TIMESTAMP(3),\n  pt AS PROCTIME(),\n  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND\n) WITH ('connector' = 'kafka', 'topic' = 'clicks', 'format' = 'json'${options});`;
const windowed = (table = 'clicks', column = 'ts') =>
  `INSERT INTO out_tbl\nSELECT window_start, COUNT(*) AS cnt FROM TABLE(TUMBLE(TABLE ${table}, DESCRIPTOR(${column}), INTERVAL '1' MINUTE))\nGROUP BY window_start, window_end;`;

RuleTester.run(rule, {
  valid: [
    { code: `SET 'table.exec.source.idle-timeout' = '30s';\n${kafka()}\n${windowed()}`, dialect: 'flink' },
    { code: `${kafka(", 'scan.watermark.idle-timeout' = '1min'")}\n${windowed()}`, dialect: 'flink' },
    // The table option may also come from a dynamic options hint where the job reads it.
    {
      code: `${kafka()}\nINSERT INTO out_tbl SELECT c.user_id FROM clicks /*+ OPTIONS('scan.watermark.idle-timeout' = '1min') */ AS c\nJOIN clicks /*+ OPTIONS('scan.watermark.idle-timeout' = '1min') */ AS d ON c.user_id = d.user_id AND c.ts BETWEEN d.ts - INTERVAL '1' MINUTE AND d.ts;`,
      dialect: 'flink',
    },
    // No event-time operator waits for this watermark (dedup and lookup by processing time, plain projection).
    { code: `${kafka()}\nINSERT INTO out_tbl SELECT user_id, ts FROM clicks;`, dialect: 'flink' },
    // Only the sources feeding an event-time operator count: `raw` is copied, never windowed.
    {
      code: `${kafka(", 'scan.watermark.idle-timeout' = '1min'")}\n${kafka().replace('clicks (', 'raw (')}\n${windowed()}\nINSERT INTO copy_tbl SELECT user_id, ts FROM raw;`,
      dialect: 'flink',
    },
    // A processing-time window does not wait for watermarks either.
    { code: `${kafka()}\n${windowed('clicks', 'pt')}`, dialect: 'flink' },
    // Not Kafka: a datagen source has no partitions to fall silent.
    { code: `${kafka().replace("'kafka'", "'datagen'")}\n${windowed()}`, dialect: 'flink' },
    // Only written, never read.
    { code: `${kafka()}\nCREATE TEMPORARY TABLE src (user_id BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');\nINSERT INTO clicks SELECT user_id, ts FROM src;\n${windowed('src')}`, dialect: 'flink' },
  ],
  invalid: [
    {
      // Both inputs of an interval join, one of them through a CTE.
      code: `${kafka()}\n${kafka().replace('clicks (', 'views (')}\nINSERT INTO out_tbl WITH v AS (SELECT * FROM views) SELECT c.user_id FROM clicks AS c JOIN v ON c.user_id = v.user_id AND c.ts BETWEEN v.ts - INTERVAL '1' MINUTE AND v.ts;`,
      dialect: 'flink',
      errors: [
        { messageId: 'missing', line: 0, character: 23 },
        { messageId: 'missing', line: 6, character: 23 },
      ],
    },
    {
      code: `${kafka()}\n${windowed()}`,
      dialect: 'flink',
      errors: [
        {
          messageId: 'missing',
          line: 0,
          character: 23,
          endCharacter: 29,
          message: "Kafka source 'clicks' has a watermark but no idle timeout: one silent partition holds back every event-time operator; set 'scan.watermark.idle-timeout' on it or SET 'table.exec.source.idle-timeout'",
        },
      ],
    },
    {
      // A SET after the INSERT does not apply to the job it submits; a zero timeout switches idleness off.
      code: `SET 'table.exec.source.idle-timeout' = '0 ms';\n${kafka(", 'scan.watermark.idle-timeout' = '0'")}\n${windowed()}\nSET 'table.exec.source.idle-timeout' = '30s';`,
      dialect: 'flink',
      errors: [{ messageId: 'missing', line: 1, character: 23 }],
    },
    {
      // Through a view and a MATCH_RECOGNIZE; a RESET drops the earlier SET; two reads are one finding.
      code: `SET 'table.exec.source.idle-timeout' = '30s';\nRESET 'table.exec.source.idle-timeout';\n${kafka()}\nCREATE TEMPORARY VIEW v AS SELECT * FROM clicks;\nINSERT INTO out_tbl SELECT * FROM v MATCH_RECOGNIZE (PARTITION BY user_id ORDER BY ts MEASURES A.ts AS first_ts PATTERN (A B) DEFINE B AS B.user_id = A.user_id) AS m;\nINSERT INTO out_tbl2 SELECT user_id FROM clicks;`,
      dialect: 'flink',
      errors: [{ messageId: 'missing', line: 2, character: 23 }],
    },
  ],
});
