import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/one-target-per-job';

const JOB = 'jobs/dwd_a_di.sql';
const SINKS = "CREATE TEMPORARY TABLE src (a INT) WITH ('connector' = 'kafka', 'topic' = 'in');\nCREATE TEMPORARY TABLE out_a (a INT) WITH ('connector' = 'kafka', 'topic' = 'a');\nCREATE TEMPORARY TABLE out_b (a INT) WITH ('connector' = 'upsert-kafka', 'topic' = 'b');\n";

RuleTester.run(rule, {
  valid: [
    // One table, written by several statements (two partitions, a cleanup and a refill).
    { code: "INSERT OVERWRITE TABLE dwd.a PARTITION (p_date = '${date}') SELECT 1;\nINSERT OVERWRITE TABLE dwd.a PARTITION (p_date = '${yesterday}') SELECT 2;", file: JOB },
    { code: 'USE dwd;\nINSERT INTO dwd.a SELECT 1;\nINSERT INTO a SELECT 2;', file: JOB, catalog: 'CREATE TABLE dwd.a (x INT);' },
    // Temporary views, CTEs and build-then-swap scratch are the job's own.
    { code: 'CREATE TEMPORARY VIEW v AS SELECT 1 AS x;\nCREATE TABLE tmp.scratch AS SELECT x FROM v;\nWITH c AS (SELECT x FROM tmp.scratch) INSERT INTO dwd.a SELECT x FROM c;\nDROP TABLE tmp.scratch;', file: JOB },
    // A multi-insert and a statement set are one output by default.
    { code: 'FROM ods.x INSERT OVERWRITE TABLE dwd.a SELECT a INSERT OVERWRITE TABLE dwd.b SELECT b;', file: JOB },
    { code: `${SINKS}EXECUTE STATEMENT SET BEGIN\nINSERT INTO out_a SELECT a FROM src;\nINSERT INTO out_b SELECT a FROM src;\nEND;`, file: 'jobs/rt.sql', dialect: 'flink' },
    // Standalone scripts and table files are no jobs.
    'INSERT INTO a SELECT 1;\nINSERT INTO b SELECT 1;',
  ],
  invalid: [
    {
      code: 'INSERT INTO dwd.a SELECT 1;\nINSERT OVERWRITE TABLE dwd.b SELECT 2;\nCREATE VIEW ads.v AS SELECT 3 AS x;\nINSERT INTO dwd.a SELECT 4;',
      file: JOB,
      errors: [
        { messageId: 'extra', line: 1, character: 0, endCharacter: 28, message: "this job already writes 'dwd.a'; writing 'dwd.b' too mixes two tables' reruns and ownership, so move it to its own job" },
        { messageId: 'extra', line: 2, character: 0, endCharacter: 17 },
      ],
    },
    {
      code: 'FROM ods.x INSERT OVERWRITE TABLE dwd.a SELECT a INSERT OVERWRITE TABLE dwd.b SELECT b;',
      file: JOB,
      options: { multiInsert: false },
      errors: [{ messageId: 'extra', line: 0, character: 49 }],
    },
    {
      // A temporary connector table stands for its topic: two topics are two outputs.
      code: `${SINKS}INSERT INTO out_a SELECT a FROM src;\nINSERT INTO out_b SELECT a FROM src;`,
      file: 'jobs/rt.sql',
      dialect: 'flink',
      errors: [{ messageId: 'extra', line: 4, character: 0, message: "this job already writes 'kafka.a'; writing 'out_b' too mixes two tables' reruns and ownership, so move it to its own job" }],
    },
    {
      code: `${SINKS}EXECUTE STATEMENT SET BEGIN\nINSERT INTO out_a SELECT a FROM src;\nINSERT INTO out_b SELECT a FROM src;\nEND;`,
      file: 'jobs/rt.sql',
      dialect: 'flink',
      options: { statementSet: false },
      errors: [{ messageId: 'extra', line: 5, character: 0 }],
    },
  ],
});
