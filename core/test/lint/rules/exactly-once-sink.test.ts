import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/exactly-once-sink';

const sink = (options: string) => `CREATE TEMPORARY TABLE out_topic (user_id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'out', 'format' = 'json'${options});`;
const INSERT = 'INSERT INTO out_topic SELECT user_id FROM clicks;';
const CATALOG = "CREATE TABLE dwd.out_topic (user_id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'out', 'format' = 'json', 'sink.delivery-guarantee' = 'exactly-once');";

RuleTester.run(rule, {
  valid: [
    { code: `${sink(", 'sink.delivery-guarantee' = 'exactly-once', 'sink.transactional-id-prefix' = 'job_a'")}\n${INSERT}`, dialect: 'flink' },
    { code: `SET 'execution.checkpointing.mode' = 'EXACTLY_ONCE';\n${sink(", 'sink.semantic' = 'exactly-once', 'sink.transactional-id-prefix' = 'job_a'")}\n${INSERT}`, dialect: 'flink' },
    // At-least-once (the default) and 'none' need no transactions.
    { code: `${sink('')}\n${INSERT}`, dialect: 'flink' },
    { code: `SET 'execution.checkpointing.mode' = 'AT_LEAST_ONCE';\n${sink(", 'sink.delivery-guarantee' = 'at-least-once'")}\n${INSERT}`, dialect: 'flink' },
    // A project sink given its prefix by the table file: nothing to say in the job.
    { code: 'INSERT INTO dwd.out_topic SELECT user_id FROM clicks;', dialect: 'flink', catalog: CATALOG.replace("'exactly-once'", "'exactly-once', 'sink.transactional-id-prefix' = 'p'") },
    { code: "CREATE TABLE t (a INT) TBLPROPERTIES ('sink.delivery-guarantee' = 'exactly-once')", dialect: 'spark' },
  ],
  invalid: [
    {
      code: `${sink(",\n  'sink.delivery-guarantee' = 'exactly-once'")}\n${INSERT}`,
      dialect: 'flink',
      errors: [
        {
          messageId: 'noPrefix',
          line: 1,
          character: 2,
          endCharacter: 44,
          message: "Kafka sink 'out_topic' is exactly-once but has no 'sink.transactional-id-prefix': Flink refuses to start it; set a prefix unique to this job",
        },
      ],
    },
    {
      // Declared in a table file (also checked there); the job writing it is told, and so is its at-least-once checkpointing.
      code: `SET 'execution.checkpointing.mode' = 'AT_LEAST_ONCE';\nINSERT INTO dwd.out_topic SELECT user_id FROM clicks;`,
      dialect: 'flink',
      catalog: CATALOG,
      errors: [
        { messageId: 'noPrefix', line: 1, character: 12, endCharacter: 25 },
        {
          messageId: 'atLeastOnceCheckpoints',
          line: 1,
          character: 12,
          message: "Kafka sink 'dwd.out_topic' is exactly-once, but 'execution.checkpointing.mode' is AT_LEAST_ONCE: replays can duplicate what its transactions commit; use EXACTLY_ONCE checkpoints",
        },
      ],
    },
    {
      // A table file: the declaration itself.
      code: `/*---\ndialect: flink\n---*/\nCREATE TABLE dwd.out_topic (user_id BIGINT) WITH ('connector' = 'upsert-kafka', 'sink.delivery-guarantee' = 'EXACTLY-ONCE');`,
      dialect: 'flink',
      file: 'tables/dwd/out_topic.sql',
      errors: [{ messageId: 'noPrefix', line: 3, character: 80 }],
    },
  ],
});
