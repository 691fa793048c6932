import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/primary-key-not-enforced';

const MESSAGE = "Flink does not enforce keys and rejects an enforced PRIMARY KEY: write 'PRIMARY KEY (...) NOT ENFORCED'";

RuleTester.run(rule, {
  valid: [
    { code: "CREATE TABLE t (a INT, b INT, PRIMARY KEY (a, b) NOT ENFORCED) WITH ('connector' = 'jdbc');", dialect: 'flink' },
    { code: "CREATE TABLE t (a INT PRIMARY KEY NOT ENFORCED COMMENT 'id', b INT) WITH ('connector' = 'jdbc');", dialect: 'flink' },
    { code: "CREATE TABLE t (a INT, b INT, CONSTRAINT pk PRIMARY KEY (a) not   enforced) WITH ('connector' = 'jdbc');", dialect: 'flink' },
    // Hive keys are declared DISABLE NOVALIDATE, and Spark/Hive files are not Flink's business.
    { code: 'CREATE TABLE t (a INT, PRIMARY KEY (a) DISABLE NOVALIDATE)', dialect: 'hive' },
  ],
  invalid: [
    {
      code: "CREATE TABLE t (a INT, b INT, PRIMARY KEY (a, b)) WITH ('connector' = 'jdbc');",
      dialect: 'flink',
      errors: [{ messageId: 'enforced', line: 0, character: 30, endCharacter: 48, message: MESSAGE }],
      output: "CREATE TABLE t (a INT, b INT, PRIMARY KEY (a, b) NOT ENFORCED) WITH ('connector' = 'jdbc');",
    },
    {
      // Inline, before a COMMENT: the fix goes right after the key words.
      code: "CREATE TEMPORARY TABLE t (\n  a INT PRIMARY  KEY COMMENT 'id',\n  b INT\n) WITH ('connector' = 'jdbc');",
      dialect: 'flink',
      errors: [{ messageId: 'enforced', line: 1, character: 8, endCharacter: 20 }],
      output: "CREATE TEMPORARY TABLE t (\n  a INT PRIMARY  KEY NOT ENFORCED COMMENT 'id',\n  b INT\n) WITH ('connector' = 'jdbc');",
    },
    {
      code: "CREATE TABLE t (a INT, CONSTRAINT pk PRIMARY KEY (a)) WITH ('connector' = 'jdbc');",
      dialect: 'flink',
      errors: [{ messageId: 'enforced', line: 0, character: 23 }],
      output: "CREATE TABLE t (a INT, CONSTRAINT pk PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'jdbc');",
    },
  ],
});
