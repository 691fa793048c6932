import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Change, Impact } from '../../src/publish';
import { plan } from '../../src/tasks/plan';
import { publish } from '../../src/tasks/publish';
import { copyLive, WATCH } from './live-copy';

/** A small project whose jobs use columns in ON, USING, WHERE, GROUP BY and HAVING without projecting them. */
const FILES: Record<string, string> = {
  'strata.yaml': `name: mini
version: 1
dialect: spark
layers:
  - {name: ods, database: ods, prefix: ods_}
  - {name: dwd, database: dwd, prefix: dwd_}
targets:
  local: {engine: duckdb, path: .strata/local.duckdb}
default_target: local
`,
  'tables/ods/ods_order_di.sql': `CREATE TABLE IF NOT EXISTS ods.ods_order_di (
  order_id BIGINT,
  user_id  BIGINT,
  amount   DECIMAL(18,2),
  status   STRING,
  region   STRING,
  note     STRING
) PARTITIONED BY (p_date STRING);
`,
  'tables/ods/ods_user_di.sql': `CREATE TABLE IF NOT EXISTS ods.ods_user_di (
  user_id  BIGINT,
  region   STRING,
  level    INT
) PARTITIONED BY (p_date STRING);
`,
  'tables/dwd/dwd_user_paid_di.sql': `CREATE TABLE IF NOT EXISTS dwd.dwd_user_paid_di (
  user_id  BIGINT,
  paid     DECIMAL(18,2)
) PARTITIONED BY (p_date STRING);
`,
  'tables/dwd/dwd_region_paid_di.sql': `CREATE TABLE IF NOT EXISTS dwd.dwd_region_paid_di (
  region   STRING,
  users    BIGINT
) PARTITIONED BY (p_date STRING);
`,
  // Lines (0-based): 6 ON user_id, 7 AND region, 9 WHERE level, 10 status, 12 HAVING level.
  'jobs/dwd_user_paid_di.sql': `INSERT OVERWRITE TABLE dwd.dwd_user_paid_di PARTITION (p_date = '\${date}')
SELECT
  o.user_id,
  sum(o.amount) AS paid
FROM ods.ods_order_di o
JOIN ods.ods_user_di u
  ON u.user_id = o.user_id
  AND u.region = o.region
WHERE o.p_date = '\${date}'
  AND u.level > 1
  AND o.status = 'paid'
GROUP BY o.user_id
HAVING max(u.level) < 9;
`,
  // Lines (0-based): 5 USING (user_id), 8 HAVING paid.
  'jobs/dwd_region_paid_di.sql': `INSERT OVERWRITE TABLE dwd.dwd_region_paid_di PARTITION (p_date = '\${date}')
SELECT
  u.region,
  count(*) AS users
FROM dwd.dwd_user_paid_di p
JOIN ods.ods_user_di u USING (user_id)
WHERE p.p_date = '\${date}'
GROUP BY u.region
HAVING sum(p.paid) > 100;
`,
};

const PAID = 'jobs/dwd_user_paid_di.sql';
const REGION = 'jobs/dwd_region_paid_di.sql';

/** One breaking edit of a table file and the impact the plan must list for it. */
interface Case {
  name: string;
  file: string;
  from: string;
  to: string;
  change: Pick<Change, 'kind'> & { table: string; column?: string };
  impact: Impact;
}

const NONE: Impact = { columns: [], tables: [], uses: [], jobs: [] };

const CASES: Case[] = [
  {
    name: 'a column used only in WHERE',
    file: 'tables/ods/ods_order_di.sql', from: '  status   STRING,\n', to: '',
    change: { kind: 'drop-column', table: 'ods.ods_order_di', column: 'status' },
    impact: { ...NONE, uses: [{ column: 'ods.ods_order_di.status', job: 'dwd_user_paid_di', file: PAID, line: 10 }], jobs: ['dwd_user_paid_di'] },
  },
  {
    name: 'a column used in WHERE and HAVING (one use per statement, the first)',
    file: 'tables/ods/ods_user_di.sql', from: '  level    INT', to: '  level    BIGINT',
    change: { kind: 'retype-column', table: 'ods.ods_user_di', column: 'level' },
    impact: { ...NONE, uses: [{ column: 'ods.ods_user_di.level', job: 'dwd_user_paid_di', file: PAID, line: 9 }], jobs: ['dwd_user_paid_di'] },
  },
  {
    name: 'a join key, in ON of one job and USING of another',
    file: 'tables/ods/ods_user_di.sql', from: '  user_id  BIGINT,\n', to: '',
    change: { kind: 'drop-column', table: 'ods.ods_user_di', column: 'user_id' },
    impact: {
      ...NONE,
      uses: [
        { column: 'ods.ods_user_di.user_id', job: 'dwd_region_paid_di', file: REGION, line: 5 },
        { column: 'ods.ods_user_di.user_id', job: 'dwd_user_paid_di', file: PAID, line: 6 },
      ],
      jobs: ['dwd_region_paid_di', 'dwd_user_paid_di'],
    },
  },
  {
    name: 'a join key qualified by its alias, beside a same-named column of the other table',
    file: 'tables/ods/ods_order_di.sql', from: '  region   STRING,\n', to: '',
    change: { kind: 'drop-column', table: 'ods.ods_order_di', column: 'region' },
    impact: { ...NONE, uses: [{ column: 'ods.ods_order_di.region', job: 'dwd_user_paid_di', file: PAID, line: 7 }], jobs: ['dwd_user_paid_di'] },
  },
  {
    name: 'a projected column whose downstream column another job uses only in HAVING',
    file: 'tables/ods/ods_order_di.sql', from: '  amount   DECIMAL(18,2),\n', to: '',
    change: { kind: 'drop-column', table: 'ods.ods_order_di', column: 'amount' },
    impact: {
      columns: [{ column: 'dwd.dwd_user_paid_di.paid', job: 'dwd_user_paid_di', file: PAID, line: 3 }],
      tables: ['dwd.dwd_user_paid_di'],
      uses: [{ column: 'dwd.dwd_user_paid_di.paid', job: 'dwd_region_paid_di', file: REGION, line: 8 }],
      jobs: ['dwd_region_paid_di', 'dwd_user_paid_di'],
    },
  },
  {
    name: 'a column no job uses',
    file: 'tables/ods/ods_order_di.sql', from: '  note     STRING\n', to: '  note     INT\n',
    change: { kind: 'retype-column', table: 'ods.ods_order_di', column: 'note' },
    impact: NONE,
  },
];

/** The one change a plan lists after `edit`, with its impact. */
async function breakingChange(dir: string): Promise<Change> {
  const planned = await plan({ cwd: dir, cache: false });
  assert.equal(planned.changes.length, 1, JSON.stringify(planned.changes));
  return planned.changes[0];
}

describe('plan impact: jobs using a changed column only to filter, join or group', function () {
  this.timeout(120_000);
  let dir: string;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-impact-'));
    for (const [file, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    await publish({ cwd: dir, cache: false });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const c of CASES) {
    it(`lists ${c.name}`, async () => {
      const file = path.join(dir, c.file);
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.includes(c.from), `${c.file} has no '${c.from}'`);
      fs.writeFileSync(file, text.replace(c.from, c.to));
      const change = await breakingChange(dir);
      assert.deepEqual([change.kind, 'table' in change && change.table, 'column' in change && change.column, change.breaking], [c.change.kind, c.change.table, c.change.column, true]);
      assert.deepEqual(change.impact, c.impact);
    });
  }
});

describe('plan impact on examples/live: filter, join and group uses', function () {
  this.timeout(120_000);

  // [what changes, the edit of the watch table, its uses]
  const cases: [string, [string, string], Impact['uses']][] = [
    ['category, used in GROUP BY GROUPING SETS and (through a CTE) in a JOIN ON', ["  category      STRING    COMMENT 'room category, unknown when the room is unknown',\n", ''],
      [{ column: 'dwd.dwd_live_room_watch_di.category', job: 'ads_live_overview_1d', file: 'jobs/ads_live_overview_1d.sql', line: 31 }]],
    ['enter_time, used in a window ORDER BY', ['  enter_time    TIMESTAMP ', '  enter_time    STRING    '],
      [{ column: 'dwd.dwd_live_room_watch_di.enter_time', job: 'dws_live_user_1d', file: 'jobs/dws_live_user_1d.sql', line: 24 }]],
    ['session_id, counted into watch_pv, which a downstream job filters on', ["  session_id    STRING    COMMENT 'room_user_enter-epoch, unique per watch session',\n", ''],
      [{ column: 'dws.dws_live_user_1d.watch_pv', job: 'ads_live_user_retention_1d', file: 'jobs/ads_live_user_retention_1d.sql', line: 21 }]],
  ];
  for (const [name, edit, uses] of cases) {
    it(`lists the uses of ${name}`, async () => {
      const project = copyLive('strata-impact-live-');
      try {
        await publish({ cwd: project.dir, cache: false });
        project.edit(WATCH, ...edit);
        const change = await breakingChange(project.dir);
        assert.deepEqual(change.impact?.uses, uses);
        for (const use of uses) assert.ok(change.impact!.jobs.includes(use.job), `${use.job} is among the jobs affected`);
      } finally {
        project.cleanup();
      }
    });
  }
});
