import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lint } from '../../src/tasks/lint';
import { tempProject } from '../project/helpers';

const WAREHOUSE = ['WH01', 'WH02', 'WH03', 'WH04', 'WH05', 'WH06', 'WH07', 'WH08', 'WH09', 'WH10', 'WH11'];

/** `path line:col code` per warehouse finding of the project, 1-based as printed. */
async function findings(root: string): Promise<string[]> {
  const result = await lint({ project: root, cwd: root, only: WAREHOUSE });
  return result.files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.start.line + 1}:${x.start.character + 1} ${x.code}`));
}

async function inTempProject(files: Record<string, string>): Promise<string[]> {
  const { root, cleanup } = tempProject(files);
  try {
    return await findings(root);
  } finally {
    cleanup();
  }
}

const table = (layer: string, name: string) => ({
  [`tables/${layer}/${name}.sql`]: `CREATE TABLE ${layer}.${name} (a BIGINT COMMENT 'a') COMMENT '${name}' PARTITIONED BY (p_date STRING COMMENT 'day');\n`,
});
const insert = (target: string, from: string) => `INSERT OVERWRITE TABLE ${target} PARTITION (p_date = '\${date}')\nSELECT a FROM ${from} WHERE p_date = '\${date}';\n`;

describe('warehouse rules in project mode (lint task)', () => {
  it('examples/live lints clean with the default settings', async () => {
    assert.deepEqual(await findings(join(__dirname, '..', '..', '..', '..', 'examples', 'live')), []);
  });

  it('reports reverse layer reads, deep same-layer chains and a second target on the job lines', async () => {
    const files = {
      'strata.yaml': 'name: t\nlint:\n  rules:\n    WH04: {options: {maxDepth: 2}}\n',
      ...table('ods', 'ods_a_di'),
      ...table('dwd', 'dwd_a_di'),
      ...table('dws', 'dws_a_1d'),
      ...table('dws', 'dws_b_1d'),
      ...table('dws', 'dws_c_1d'),
      'jobs/dwd_a_di.sql': `${insert('dwd.dwd_a_di', 'ods.ods_a_di')}${insert('dws.dws_a_1d', 'dwd.dwd_a_di')}`,
      'jobs/dws_b_1d.sql': insert('dws.dws_b_1d', 'dws.dws_a_1d'),
      'jobs/dws_c_1d.sql': insert('dws.dws_c_1d', 'dws.dws_b_1d'),
      'jobs/dwd_fix.sql': insert('dwd.dwd_a_di', 'dws.dws_c_1d'),
    };
    assert.deepEqual(await inTempProject(files), [
      'jobs/dwd_a_di.sql 3:1 WH05',
      'jobs/dwd_fix.sql 2:15 WH03',
      'jobs/dws_c_1d.sql 2:15 WH04',
    ]);
  });

  it('takes layers, names and the dependency matrix from strata.yaml', async () => {
    const files = {
      'strata.yaml': [
        'name: t',
        'layers:',
        '  - {name: raw, database: raw_db, prefix: r_}',
        '  - {name: mart, database: mart_db, prefix: m_}',
        'lint:',
        '  rules:',
        '    WH03: {options: {allowed: {raw: [raw]}}}',
        '    WH02: {options: {domains: [live]}}',
        '',
      ].join('\n'),
      'tables/raw/r_live_a_di.sql': "CREATE TABLE raw_db.r_live_a_di (a BIGINT COMMENT 'a') COMMENT 'a';\n",
      'tables/mart/m_shop_b_1d.sql': "CREATE TABLE mart_db.m_shop_b_1d (a BIGINT COMMENT 'a') COMMENT 'b';\n",
      'jobs/r_live_a_di.sql': 'INSERT OVERWRITE TABLE raw_db.r_live_a_di\nSELECT a FROM mart_db.m_shop_b_1d;\n',
    };
    assert.deepEqual(await inTempProject(files), ['tables/mart/m_shop_b_1d.sql 1:22 WH02', 'jobs/r_live_a_di.sql 2:15 WH03']);
  });
});
