import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/kafka-source-options';

const source = (options: string) => `CREATE TEMPORARY TABLE clicks (user_id BIGINT, ts TIMESTAMP(3)) WITH ('connector' = 'kafka', 'topic' = 'clicks'${options});`;
const FULL = ", 'properties.group.id' = 'g1', 'scan.startup.mode' = 'group-offsets'";
const READ = 'INSERT INTO out_tbl SELECT user_id FROM clicks;';
const CATALOG = "CREATE TABLE ods.ods_clicks (user_id BIGINT, ts TIMESTAMP(3)) WITH ('connector' = 'kafka', 'topic' = 'clicks', 'format' = 'json', 'json.ignore-parse-errors' = 'true');";

RuleTester.run(rule, {
  valid: [
    { code: `${source(`${FULL}, 'format' = 'json', 'json.ignore-parse-errors' = 'true'`)}\n${READ}`, dialect: 'flink' },
    { code: `${source(`${FULL}, 'format' = 'json', 'json.fail-on-missing-field' = 'false'`)}\n${READ}`, dialect: 'flink' },
    // Avro and raw have no parse-error option: nothing to ask for.
    { code: `${source(`${FULL}, 'format' = 'avro'`)}\n${READ}`, dialect: 'flink' },
    { code: `${source(`${FULL}, 'key.format' = 'raw', 'key.fields' = 'user_id', 'value.format' = 'json', 'value.json.ignore-parse-errors' = 'true'`)}\n${READ}`, dialect: 'flink' },
    // upsert-kafka reads its whole topic: group id and startup mode do not apply.
    {
      code: "CREATE TEMPORARY TABLE users (user_id BIGINT, name STRING, PRIMARY KEY (user_id) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'users', 'key.format' = 'json', 'value.format' = 'json', 'value.json.ignore-parse-errors' = 'true');\nINSERT INTO out_tbl SELECT user_id FROM users;",
      dialect: 'flink',
    },
    // A project table read with the job's own group id and startup mode as dynamic options.
    { code: "INSERT INTO out_tbl SELECT user_id FROM ods.ods_clicks /*+ OPTIONS('properties.group.id' = 'g1', 'scan.startup.mode' = 'latest-offset') */;", dialect: 'flink', catalog: CATALOG },
    // Written only: source options do not apply to a sink.
    { code: `${source(", 'format' = 'json'")}\nINSERT INTO clicks SELECT user_id, ts FROM other_src;`, dialect: 'flink' },
    // A CTE named like the table shadows it.
    { code: `${source(", 'format' = 'json'")}\nINSERT INTO out_tbl WITH clicks AS (SELECT 1 AS user_id) SELECT user_id FROM clicks;`, dialect: 'flink' },
    // Spark files are not Flink jobs.
    { code: 'SELECT user_id FROM clicks', dialect: 'spark' },
  ],
  invalid: [
    {
      code: `${source(", 'format' = 'json'")}\n${READ}`,
      dialect: 'flink',
      errors: [
        {
          messageId: 'groupId',
          line: 0,
          character: 23,
          endCharacter: 29,
          message: "Kafka source 'clicks' has no 'properties.group.id': Flink then makes one up per table name, so offsets clash between jobs and are lost on rename; set it",
        },
        { messageId: 'startupMode', line: 0, character: 23, message: "Kafka source 'clicks' has no 'scan.startup.mode': say where a fresh start reads from (earliest-offset, latest-offset, group-offsets, timestamp)" },
        {
          messageId: 'formatErrors',
          line: 0,
          character: 23,
          message: "Kafka source 'clicks' has no error policy for its json format: one bad record fails the job; set 'json.ignore-parse-errors' ('true' to skip bad records, 'false' to fail on purpose)",
        },
      ],
    },
    {
      // A project table: reported where the job reads it, each read (a FROM and a window TVF).
      code: "INSERT INTO out_tbl SELECT user_id FROM ods.ods_clicks;\nINSERT INTO out_tbl2 SELECT window_start FROM TABLE(TUMBLE(TABLE ods.ods_clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;",
      dialect: 'flink',
      catalog: CATALOG,
      errors: [
        { messageId: 'groupId', line: 0, character: 40, endCharacter: 54 },
        { messageId: 'startupMode', line: 0, character: 40 },
        { messageId: 'groupId', line: 1, character: 65 },
        { messageId: 'startupMode', line: 1, character: 65 },
      ],
    },
    {
      code: `${source(`${FULL}, 'format' = 'csv'`)}\n${READ}`,
      dialect: 'flink',
      errors: [{ messageId: 'formatErrors', line: 0, character: 23, message: "Kafka source 'clicks' has no error policy for its csv format: one bad record fails the job; set 'csv.ignore-parse-errors' ('true' to skip bad records, 'false' to fail on purpose)" }],
    },
    {
      code: "CREATE TEMPORARY TABLE users (user_id BIGINT, PRIMARY KEY (user_id) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'users', 'key.format' = 'json', 'value.format' = 'debezium-json');\nINSERT INTO out_tbl SELECT user_id FROM users;",
      dialect: 'flink',
      errors: [{ messageId: 'formatErrors', line: 0, character: 23, message: "Kafka source 'users' has no error policy for its debezium-json format: one bad record fails the job; set 'value.debezium-json.ignore-parse-errors' ('true' to skip bad records, 'false' to fail on purpose)" }],
    },
  ],
});
