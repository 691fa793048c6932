import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/layer-prefix';

RuleTester.run(rule, {
  valid: [
    { code: 'CREATE TABLE dwd.dwd_x_di (a BIGINT);', file: 'tables/dwd/dwd_x_di.sql' },
    { code: 'CREATE TABLE IF NOT EXISTS DWD.DWD_X_DI (a BIGINT);', file: 'tables/dwd/dwd_x_di.sql' },
    // No database: the session's; the layer comes from the folder, or from the prefix at the top.
    { code: 'CREATE TABLE ods_x_di (a BIGINT);', file: 'tables/ods/ods_x_di.sql' },
    { code: 'CREATE TABLE dim.dim_x_df (a BIGINT);', file: 'tables/dim_x_df.sql' },
    // Jobs and standalone SQL are not table contracts.
    { code: 'CREATE TABLE tmp.scratch AS SELECT 1 AS a;', file: 'jobs/x.sql' },
    'CREATE TABLE x (a BIGINT);',
    // A table at the top without a layer prefix has no layer to check against.
    { code: 'CREATE TABLE misc.x (a BIGINT);', file: 'tables/x.sql' },
    {
      code: 'CREATE TABLE warehouse_detail.wd_x_di (a BIGINT);',
      file: 'tables/detail/wd_x_di.sql',
      project: { 'strata.yaml': 'name: p\nlayers:\n  - {name: detail, database: warehouse_detail, prefix: wd_}\n' },
    },
  ],
  invalid: [
    {
      code: 'CREATE TABLE dws.live_room_1d (a BIGINT);',
      file: 'tables/dwd/live_room_1d.sql',
      errors: [
        { messageId: 'database', line: 0, character: 13, endCharacter: 16, message: "table 'dws.live_room_1d' is in layer dwd but in database 'dws'; create it in database 'dwd'" },
        { messageId: 'prefix', line: 0, character: 17, endCharacter: 29, message: "table 'dws.live_room_1d' is in layer dwd but not named 'dwd_...'; rename it or move the file to its layer's folder" },
      ],
    },
    {
      code: 'CREATE VIEW ads.dws_x_1d AS SELECT 1 AS a;',
      file: 'tables/ads/dws_x_1d.sql',
      errors: [{ messageId: 'prefix', line: 0, character: 16 }],
    },
    {
      code: 'CREATE TABLE tmp.tmp_x (a BIGINT);',
      file: 'tables/tmp/tmp_x.sql',
      errors: [{ messageId: 'unknownLayer', line: 0, character: 13, message: "folder 'tmp' is no layer of this project; move the file under one of ods, dim, dwd, dws, ads, or add the layer to strata.yaml" }],
    },
    {
      code: 'CREATE TABLE dwd.wd_x_di (a BIGINT);',
      file: 'tables/detail/wd_x_di.sql',
      project: { 'strata.yaml': 'name: p\nlayers:\n  - {name: detail, database: warehouse_detail, prefix: wd_}\n' },
      errors: [{ messageId: 'database', line: 0, character: 13, message: "table 'dwd.wd_x_di' is in layer detail but in database 'dwd'; create it in database 'warehouse_detail'" }],
    },
  ],
});
