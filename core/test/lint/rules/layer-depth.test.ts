import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/layer-depth';

const table = (layer: string, name: string) => ({ [`tables/${layer}/${name}.sql`]: `CREATE TABLE ${layer}.${name} (a BIGINT) PARTITIONED BY (p_date STRING);` });
const job = (target: string, ...sources: string[]) => ({
  [`jobs/${target.split('.')[1]}.sql`]: `INSERT OVERWRITE TABLE ${target} PARTITION (p_date = '\${date}') SELECT a FROM ${sources.join(' JOIN ')};`,
});
/** dwd_a <- dws_a <- dws_b <- dws_c, and dws_x from dws_a; dws_d is the table the cases write. */
const PROJECT = {
  ...table('dwd', 'dwd_a_di'),
  ...table('dws', 'dws_a_1d'),
  ...table('dws', 'dws_b_1d'),
  ...table('dws', 'dws_c_1d'),
  ...table('dws', 'dws_d_1d'),
  ...table('ads', 'ads_a_1d'),
  ...job('dws.dws_a_1d', 'dwd.dwd_a_di'),
  ...job('dws.dws_b_1d', 'dws.dws_a_1d'),
  ...job('dws.dws_c_1d', 'dws.dws_b_1d', 'dwd.dwd_a_di'),
};
const FILE = 'jobs/dws_d_1d.sql';
const writing = (target: string, from: string) => `INSERT OVERWRITE TABLE ${target} PARTITION (p_date = '\${date}')\nSELECT a FROM ${from};`;

RuleTester.run(rule, {
  valid: [
    { code: writing('dws.dws_d_1d', 'dws.dws_b_1d'), file: FILE, project: PROJECT },
    { code: writing('dws.dws_d_1d', 'dwd.dwd_a_di'), file: FILE, project: PROJECT },
    // Depth counts within one layer: ADS on top of a deep DWS chain starts at 1.
    { code: writing('ads.ads_a_1d', 'dws.dws_c_1d'), file: 'jobs/ads_a_1d.sql', project: PROJECT },
    // A table re-reading itself (cumulative), a CTE named like a deep table.
    { code: `WITH dws_c_1d AS (SELECT a FROM dws.dws_a_1d)\n${writing('dws.dws_c_1d', 'dws_c_1d')}`, file: 'jobs/dws_c_1d.sql', project: PROJECT },
    { code: writing('dws.dws_d_1d', 'dws.dws_c_1d'), file: FILE, project: PROJECT, options: { maxDepth: 4 } },
    // Without the project DAG there is nothing to measure.
    { code: writing('dws.dws_d_1d', 'dws.dws_c_1d'), file: FILE },
  ],
  invalid: [
    {
      code: writing('dws.dws_d_1d', 'dws.dws_c_1d'),
      file: FILE,
      project: PROJECT,
      errors: [
        {
          messageId: 'deep',
          line: 1,
          character: 14,
          endCharacter: 26,
          message: "'dws.dws_c_1d' already stands on 3 dws table(s), so 'dws.dws_d_1d' would be 4 deep within dws (limit 3); build it from the layer below",
        },
      ],
    },
    {
      code: writing('dws.dws_d_1d', 'dws.dws_a_1d a JOIN dws.dws_b_1d b ON a.a = b.a'),
      file: FILE,
      project: PROJECT,
      options: { maxDepth: 2 },
      errors: [{ messageId: 'deep', line: 1, character: 34 }],
    },
    {
      code: writing('dws.dws_d_1d', 'dws.dws_a_1d'),
      file: FILE,
      project: PROJECT,
      options: { maxDepth: 1 },
      errors: [{ messageId: 'deep', line: 1, character: 14, message: "'dws.dws_a_1d' already stands on 1 dws table(s), so 'dws.dws_d_1d' would be 2 deep within dws (limit 1); build it from the layer below" }],
    },
  ],
});
