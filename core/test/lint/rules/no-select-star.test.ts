import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/no-select-star';

const DDL = [
  'CREATE TABLE ods.ods_x_di (id BIGINT, name STRING, `weird col` INT) PARTITIONED BY (p_date STRING);',
  'CREATE TABLE dim.dim_y_df (id BIGINT, level INT) PARTITIONED BY (p_date STRING);',
  'CREATE TABLE dwd.dwd_x_di (id BIGINT, name STRING, w INT) PARTITIONED BY (p_date STRING);',
].join('\n');

RuleTester.run(rule, {
  valid: [
    { code: "INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}')\nSELECT id, name, w FROM (SELECT *, 1 AS w FROM ods.ods_x_di) s;", catalog: DDL },
    { code: 'WITH c AS (SELECT * FROM ods.ods_x_di)\nINSERT INTO dwd.dwd_x_di SELECT id, name, 1, p_date FROM c;', catalog: DDL },
    // count(*), EXISTS (SELECT *), a plain query, temporary views: no published output.
    { code: 'INSERT INTO dwd.dwd_x_di SELECT count(*), max(name), 1, p_date FROM ods.ods_x_di WHERE EXISTS (SELECT * FROM dim.dim_y_df) GROUP BY p_date;', catalog: DDL },
    'SELECT * FROM ods.ods_x_di',
    // Window functions and LATERAL VIEW with listed columns.
    { code: 'INSERT INTO dwd.dwd_x_di SELECT id, name, row_number() OVER (PARTITION BY id ORDER BY name) AS w, p_date FROM ods.ods_x_di LATERAL VIEW explode(array(1)) e AS x;', catalog: DDL },
    'CREATE TEMPORARY VIEW v AS SELECT * FROM ods.ods_x_di;',
    { code: 'CREATE TEMPORARY VIEW v AS SELECT * FROM src;', dialect: 'flink' },
  ],
  invalid: [
    {
      code: "INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}')\nSELECT * FROM ods.ods_x_di WHERE p_date = '${date}';",
      catalog: DDL,
      errors: [{ messageId: 'star', line: 1, character: 7, endCharacter: 8, message: "'*' in a published output: a column added upstream silently changes what is written; list the columns" }],
      output: "INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}')\nSELECT id, name, `weird col`, p_date FROM ods.ods_x_di WHERE p_date = '${date}';",
    },
    {
      // Qualified stars stay qualified (as written); EXCEPT drops its columns.
      code: 'INSERT INTO dwd.dwd_x_di\nSELECT X.* EXCEPT (p_date), y.level, x.p_date FROM ods.ods_x_di x JOIN dim.dim_y_df y ON x.id = y.id;',
      catalog: DDL,
      errors: [{ messageId: 'star', line: 1, character: 7, endCharacter: 26 }],
      output: 'INSERT INTO dwd.dwd_x_di\nSELECT X.id, X.name, X.`weird col`, y.level, x.p_date FROM ods.ods_x_di x JOIN dim.dim_y_df y ON x.id = y.id;',
    },
    {
      // Through a CTE; every UNION branch; a permanent view; a CTAS.
      code: 'WITH c AS (SELECT id, name FROM ods.ods_x_di)\nINSERT INTO t SELECT * FROM c UNION ALL SELECT * FROM c;\nCREATE VIEW dwd.v AS SELECT * FROM c2;\nCREATE TABLE tmp.x AS SELECT c.* FROM ods.ods_x_di c;',
      catalog: DDL,
      errors: [
        { messageId: 'star', line: 1, character: 21 },
        { messageId: 'star', line: 1, character: 47 },
        { messageId: 'star', line: 2, character: 28 },
        { messageId: 'star', line: 3, character: 29, message: "'c.*' in a published output: a column added upstream silently changes what is written; list the columns" },
      ],
      output: 'WITH c AS (SELECT id, name FROM ods.ods_x_di)\nINSERT INTO t SELECT id, name FROM c UNION ALL SELECT id, name FROM c;\nCREATE VIEW dwd.v AS SELECT * FROM c2;\nCREATE TABLE tmp.x AS SELECT c.id, c.name, c.`weird col`, c.p_date FROM ods.ods_x_di c;',
    },
    {
      // Unknown columns (no DDL), or names a join makes ambiguous: reported without a fix.
      code: 'INSERT INTO t SELECT * FROM ods.ods_x_di x JOIN dim.dim_y_df y ON x.id = y.id;\nINSERT INTO t SELECT * FROM nowhere;',
      catalog: DDL,
      errors: [
        { messageId: 'star', line: 0, character: 21 },
        { messageId: 'star', line: 1, character: 21 },
      ],
    },
    {
      // Flink statement sets and multi-insert branches are outputs too.
      code: "CREATE TEMPORARY TABLE src (a INT, b STRING) WITH ('connector' = 'datagen');\nEXECUTE STATEMENT SET BEGIN\nINSERT INTO sink SELECT * FROM src;\nEND;",
      dialect: 'flink',
      errors: [{ messageId: 'star', line: 2, character: 24 }],
      output: "CREATE TEMPORARY TABLE src (a INT, b STRING) WITH ('connector' = 'datagen');\nEXECUTE STATEMENT SET BEGIN\nINSERT INTO sink SELECT a, b FROM src;\nEND;",
    },
  ],
});
