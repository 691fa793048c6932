import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/checkpoint-interval';

const SRC = "CREATE TEMPORARY TABLE clicks (user_id BIGINT) WITH ('connector' = 'datagen');";
const MESSAGE =
  "this streaming job sets no 'execution.checkpointing.interval': without checkpoints a restart loses its state and offsets, and transactional sinks never commit; SET it (e.g. '60s') before the INSERT";

RuleTester.run(rule, {
  valid: [
    { code: `SET 'execution.checkpointing.interval' = '30s';\n${SRC}\nINSERT INTO sink SELECT user_id FROM clicks;`, dialect: 'flink' },
    { code: `SET 'execution.checkpointing.interval' = '1min';\n${SRC}\nEXECUTE STATEMENT SET BEGIN\nINSERT INTO a SELECT user_id FROM clicks;\nINSERT INTO b SELECT user_id FROM clicks;\nEND;`, dialect: 'flink' },
    // DDL only (a table file or a library script): no job to checkpoint.
    { code: SRC, dialect: 'flink' },
    // A job whose front matter says batch.
    { code: `/*---\ntype: batch\ndialect: flink\n---*/\n${SRC}\nINSERT INTO sink SELECT user_id FROM clicks;`, dialect: 'flink', file: 'jobs/copy_clicks.sql' },
    { code: 'INSERT INTO sink SELECT 1', dialect: 'spark' },
  ],
  invalid: [
    {
      code: `${SRC}\nINSERT INTO sink SELECT user_id FROM clicks;`,
      dialect: 'flink',
      errors: [{ messageId: 'missing', line: 1, character: 0, endCharacter: 6, message: MESSAGE }],
    },
    {
      // Set after the statement set it should configure; RESET clears an earlier SET for the second job.
      code: `${SRC}\nEXECUTE STATEMENT SET BEGIN\nINSERT INTO a SELECT user_id FROM clicks;\nEND;\nSET 'execution.checkpointing.interval' = '30s';\nINSERT INTO b SELECT user_id FROM clicks;\nRESET;\nINSERT INTO c SELECT user_id FROM clicks;`,
      dialect: 'flink',
      errors: [
        { messageId: 'missing', line: 1, character: 0, endCharacter: 7 },
        { messageId: 'missing', line: 7, character: 0 },
      ],
    },
  ],
});
