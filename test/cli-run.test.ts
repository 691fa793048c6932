import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadWorkspace, openDuckDb } from '@strata/core';
import { writeFiles } from './helpers/lint-fixtures';
import { assertNoStack, repoRoot, strata, tempDir } from './helpers/run-cli';

const bin = path.join(repoRoot, 'cli', 'bin', 'run.js');
const hasScript = spawnSync('sh', ['-c', 'command -v script'], { stdio: 'ignore' }).status === 0;

/*
 * `strata run` end to end: the built CLI on a small project whose local DuckDB target holds its
 * tables (created from the catalog, as `strata publish` does) — plan text, summary, JSON, exit codes.
 */

const PROJECT = {
  'strata.yaml': 'name: shop\ntargets:\n  local: {engine: duckdb, path: .strata/local.duckdb}\n',
  'tables/ods/ods_order_di.sql': 'CREATE TABLE ods.ods_order_di (order_id BIGINT, shop STRING, amount DECIMAL(10,2)) PARTITIONED BY (p_date STRING);\n',
  'tables/dws/dws_shop_1d.sql': '/*---\nchecks:\n  - unique: [shop]\n---*/\nCREATE TABLE dws.dws_shop_1d (shop STRING, orders BIGINT, amount DECIMAL(10,2)) PARTITIONED BY (p_date STRING);\n',
  'tables/ads/ads_shop_top_1d.sql': 'CREATE TABLE ads.ads_shop_top_1d (shop STRING) PARTITIONED BY (p_date STRING);\n',
  'jobs/dws_shop_1d.sql': `/*---\ntype: batch\nretries: 1\n---*/\nINSERT OVERWRITE TABLE dws.dws_shop_1d PARTITION (p_date = '\${date}')
SELECT shop, count(*) AS orders, sum(amount) AS amount FROM ods.ods_order_di WHERE p_date = '\${date}' GROUP BY shop;\n`,
  'jobs/ads_shop_top_1d.sql': `/*---\ntype: batch\n---*/\nINSERT OVERWRITE TABLE ads.ads_shop_top_1d PARTITION (p_date = '\${date}')
SELECT shop FROM dws.dws_shop_1d WHERE p_date = '\${date}' AND orders > 1;\n`,
  'seeds/ods_order_di.csv': 'order_id,shop,amount,p_date\n1,north,10.50,2026-11-25\n2,north,4.50,2026-11-25\n3,south,7.00,2026-11-25\n4,east,1.00,2026-11-24\n',
};

/** The project in a temp folder with its target's tables created (all but `skip`). */
async function project(skip: string[] = []): Promise<{ dir: string; cleanup: () => void }> {
  const t = tempDir();
  writeFiles(t.dir, PROJECT);
  const ws = await loadWorkspace({ project: t.dir, cwd: t.dir });
  fs.mkdirSync(path.join(t.dir, '.strata'));
  const engine = await openDuckDb({ path: path.join(t.dir, '.strata', 'local.duckdb') });
  for (const table of ws.catalog.tables()) if (!skip.includes(table.name)) await engine.createTable(table);
  await engine.close();
  return t;
}

describe('strata run (CLI)', function () {
  this.timeout(120_000);

  it('--dry-run prints the ordered plan with the partitions read and written', async () => {
    const t = await project();
    try {
      const r = strata(['run', '--from', '2026-11-24', '--to', '2026-11-25', '--dry-run'], t.dir);
      assert.equal(r.stdout, [
        '1. dws_shop_1d  2026-11-24',
        "     reads  ods.ods_order_di [p_date = '2026-11-24']",
        '     writes dws.dws_shop_1d [p_date=2026-11-24]',
        '2. ads_shop_top_1d  2026-11-24  after dws_shop_1d',
        "     reads  dws.dws_shop_1d [p_date = '2026-11-24']",
        '     writes ads.ads_shop_top_1d [p_date=2026-11-24]',
        '3. dws_shop_1d  2026-11-25',
        "     reads  ods.ods_order_di [p_date = '2026-11-25']",
        '     writes dws.dws_shop_1d [p_date=2026-11-25]',
        '4. ads_shop_top_1d  2026-11-25  after dws_shop_1d',
        "     reads  dws.dws_shop_1d [p_date = '2026-11-25']",
        '     writes ads.ads_shop_top_1d [p_date=2026-11-25]',
        '',
        "4 steps planned on target 'local'; nothing was run",
        '',
      ].join('\n'));
      assert.deepEqual([r.status, r.stderr], [0, '']);
    } finally {
      t.cleanup();
    }
  });

  it('runs, prints the summary table, and a second run writes the same rows', async () => {
    const t = await project();
    try {
      const first = strata(['run', '--date', '2026-11-25'], t.dir);
      assert.equal(first.stdout.replace(/ +[0-9]+\.[0-9]{2}  /g, '  S  ').replace(/in [0-9.]+ s/, 'in T s'), [
        'job              date        rows  seconds  status',
        'dws_shop_1d      2026-11-25     2  S  success',
        'ads_shop_top_1d  2026-11-25     1  S  success',
        '',
        "2 succeeded, 0 failed, 0 skipped on target 'local' in T s; 3 seed rows loaded into 1 source tables",
        '',
      ].join('\n'));
      assert.deepEqual([first.status, first.stderr], [0, '']);
      const json = (r: ReturnType<typeof strata>) => {
        const out = JSON.parse(r.stdout);
        return [out.status, out.result.steps.map((s: { job: string; status: string; rows: number }) => [s.job, s.status, s.rows]), out.result.seeds];
      };
      const again = json(strata(['run', '--date', '2026-11-25', '--json'], t.dir));
      assert.deepEqual(again, [0, [['dws_shop_1d', 'success', 2], ['ads_shop_top_1d', 'success', 1]], [{ table: 'ods.ods_order_di', date: '2026-11-25', rows: 3, file: 'seeds/ods_order_di.csv' }]]);
      const engine = await openDuckDb({ path: path.join(t.dir, '.strata', 'local.duckdb') });
      const rows = await engine.query('SELECT shop, orders, CAST(amount AS VARCHAR), p_date FROM dws.dws_shop_1d ORDER BY shop');
      await engine.close();
      assert.deepEqual(rows.rows, [['north', 2, '15.00', '2026-11-25'], ['south', 1, '7.00', '2026-11-25']]);
    } finally {
      t.cleanup();
    }
  });

  it('bad input: one line, exit 2, nothing run', async () => {
    const t = await project(['ads.ads_shop_top_1d']);
    try {
      const cases: [string[], string][] = [
        [['run', '--date', '2026-11-25'], "error  table ads.ads_shop_top_1d is not on target 'local'; run `strata publish --target local` first"],
        [['run', 'dws_shop_1', '--date', '2026-11-25'], "error  'dws_shop_1' selects no batch job; did you mean 'dws_shop_1d'?"],
        [['run', '--from', '2026-11-25', '--to', '2026-11-24'], 'error  --from 2026-11-25 is after --to 2026-11-24; swap them'],
        [['run', '--date', '25.11.2026'], 'error  --date 25.11.2026: not a valid date (expected yyyy-MM-dd, e.g. 2026-11-25)'],
        [['run', '--date', '2026-11-25', '--target', 'prod'], "error  unknown target 'prod'; use one of: local"],
        [['run', '--date', '2026-11-25', '--parallel', '0'], 'error  Parsing --parallel: Expected an integer greater than or equal to 1 but received: 0'],
      ];
      const found = cases.map(([args]) => strata(args, t.dir));
      assert.deepEqual(found.map((r) => [r.status, r.stdout, r.stderr.trimEnd()]), cases.map(([, message]) => [2, '', message]));
      for (const r of found) assertNoStack(r.stderr);
    } finally {
      t.cleanup();
    }
  });

  it('draws a progress bar on a terminal (stderr), none with --json', async function () {
    if (!hasScript) this.skip();
    const t = await project();
    try {
      // util-linux `script` gives the CLI a pseudo-terminal; CI is unset, as the bar stays off in CI.
      const onTty = (args: string) => spawnSync('script', ['-qec', `${process.execPath} ${bin} run --date 2026-11-25 ${args}`, '/dev/null'], { cwd: t.dir, encoding: 'utf8', env: { ...process.env, CI: '', NO_COLOR: '1' } });
      const plain = onTty('');
      assert.equal(plain.status, 0);
      assert.match(plain.stdout, /running \[-+\] 0\/2/);
      assert.match(plain.stdout, /2 succeeded, 0 failed, 0 skipped on target 'local'/);
      const json = onTty('--json');
      assert.equal(json.status, 0);
      assert.doesNotMatch(json.stdout, /running \[/);
    } finally {
      t.cleanup();
    }
  });

  it('--help says where source rows come from', () => {
    const r = strata(['run', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout.replace(/\s+/g, ' '), /Source tables \(no job writes them\) with a seed under seeds\/ get the seed's rows of the date/);
  });
});
