import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/layer-dependency';

const DDL = [
  'CREATE TABLE ods.ods_x_di (a BIGINT) PARTITIONED BY (p_date STRING);',
  'CREATE TABLE dim.dim_y_df (a BIGINT) PARTITIONED BY (p_date STRING);',
  'CREATE TABLE dwd.dwd_x_di (a BIGINT) PARTITIONED BY (p_date STRING);',
  'CREATE TABLE dws.dws_x_1d (a BIGINT) PARTITIONED BY (p_date STRING);',
  'CREATE TABLE ads.ads_x_1d (a BIGINT) PARTITIONED BY (p_date STRING);',
].join('\n');
const JOB = 'jobs/x.sql';
const insert = (target: string, from: string) => ({ code: `INSERT OVERWRITE TABLE ${target} PARTITION (p_date = '\${date}')\nSELECT a FROM ${from};`, catalog: DDL, file: JOB });

RuleTester.run(rule, {
  valid: [
    insert('dwd.dwd_x_di', 'ods.ods_x_di'),
    insert('dws.dws_x_1d', 'dwd.dwd_x_di'),
    insert('ads.ads_x_1d', 'dws.dws_x_1d'),
    insert('ads.ads_x_1d', 'dim.dim_y_df'),
    insert('dim.dim_y_df', 'ods.ods_x_di'),
    // A cumulative table reads its own yesterday.
    insert('ads.ads_x_1d', 'ads.ads_x_1d'),
    // CTEs and temporary views named like tables are the job's own.
    { code: "WITH dws_x_1d AS (SELECT a FROM dwd.dwd_x_di)\nINSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}') SELECT a FROM dws_x_1d;", catalog: DDL, file: JOB },
    { code: "CREATE TEMPORARY VIEW ads_v AS SELECT a FROM dwd.dwd_x_di;\nINSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}') SELECT a FROM ads_v;", catalog: DDL, file: JOB },
    // Mixed case, LATERAL VIEW and window functions over allowed reads.
    { code: "insert overwrite table DWS.DWS_X_1D partition (p_date = '${date}')\nselect d.a, row_number() over (partition by d.a order by d.a) AS rn FROM DWD.dwd_x_di d JOIN dim.DIM_Y_DF y ON d.a = y.a LATERAL VIEW explode(array(1)) e AS x;", catalog: DDL, file: JOB },
    // Tables of no layer (another team's database), a layer the matrix leaves out, standalone SQL.
    insert('dwd.dwd_x_di', 'shared.users'),
    { ...insert('dwd.dwd_x_di', 'dws.dws_x_1d'), options: { allowed: { ads: ['dws'] } } },
    { code: 'INSERT INTO dwd.dwd_x_di SELECT a FROM ads.ads_x_1d;', catalog: DDL },
    // A table contract declares, it reads nothing.
    { code: 'CREATE TABLE ads.ads_x_1d (a BIGINT) PARTITIONED BY (p_date STRING);', catalog: DDL, file: 'tables/ads/ads_x_1d.sql' },
    { code: 'CREATE VIEW ads.ads_v_1d AS SELECT a FROM dws.dws_x_1d;', catalog: DDL, file: 'tables/ads/ads_v_1d.sql' },
    // A query writes nothing.
    { code: 'SELECT a FROM ads.ads_x_1d;', catalog: DDL, file: JOB },
  ],
  invalid: [
    {
      code: "INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}')\nSELECT s.a FROM dws.dws_x_1d s\nJOIN (SELECT a FROM ads.ads_x_1d) t ON s.a = t.a\nWHERE s.a IN (SELECT a FROM ods.ods_x_di);",
      catalog: DDL,
      file: JOB,
      errors: [
        { messageId: 'forbidden', line: 1, character: 16, endCharacter: 28, message: "a dwd table must not read dws table 'dws.dws_x_1d'; layer dwd reads ods, dim, dwd (option `allowed`)" },
        { messageId: 'forbidden', line: 2, character: 20 },
      ],
    },
    { ...insert('ads.ads_x_1d', 'ods.ods_x_di'), errors: [{ messageId: 'forbidden', line: 1, character: 14, message: "a ads table must not read ods table 'ods.ods_x_di'; layer ads reads dim, dwd, dws, ads (option `allowed`)" }] },
    { ...insert('ods.ods_x_di', 'dwd.dwd_x_di'), errors: [{ messageId: 'forbidden', line: 1, character: 14 }] },
    // A view in tables/ publishes what it reads.
    {
      code: 'CREATE VIEW ads.ads_v_1d COMMENT \'v\' AS SELECT a FROM ods.ods_x_di;',
      catalog: DDL,
      file: 'tables/ads/ads_v_1d.sql',
      errors: [{ messageId: 'forbidden', line: 0, character: 54, message: "a ads table must not read ods table 'ods.ods_x_di'; layer ads reads dim, dwd, dws, ads (option `allowed`)" }],
    },
    // Layers by prefix when the catalog does not know the table.
    { code: "INSERT OVERWRITE TABLE dwd_z_di PARTITION (p_date = '${date}') SELECT a FROM ads_z_1d;", file: JOB, errors: [{ messageId: 'forbidden', line: 0, character: 77 }] },
    {
      // The project's own layers and folders.
      code: "INSERT OVERWRITE TABLE detail.d_x_di PARTITION (p_date = '${date}') SELECT a FROM report.r_x;",
      file: JOB,
      project: {
        'strata.yaml': 'name: p\nlayers:\n  - {name: detail, database: detail, prefix: d_}\n  - {name: report, database: report, prefix: r_}\nlint:\n  rules: {}\n',
        'tables/detail/d_x_di.sql': 'CREATE TABLE detail.d_x_di (a BIGINT) PARTITIONED BY (p_date STRING);',
        'tables/report/r_x.sql': 'CREATE TABLE report.r_x (a BIGINT);',
      },
      options: { allowed: { detail: ['detail'] } },
      errors: [{ messageId: 'forbidden', line: 0, character: 82, message: "a detail table must not read report table 'report.r_x'; layer detail reads detail (option `allowed`)" }],
    },
  ],
});
