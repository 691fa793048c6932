import assert from 'node:assert/strict';
import { openDuckDb } from '../../src/engines';
import { StrataError } from '../../src/errors';
import { runJobs, type RunResult } from '../../src/tasks';
import { DATES, liveTarget, targetContent } from './run-fixture';

/* strata run on a real DuckDB target: examples/live backfilled over three dates. */

/** Rows per table on 2026-11-24, -25 and -26: the seeds' rows and what each job makes of them. */
const COUNTS: Record<string, number[]> = {
  'ads.ads_live_anchor_income_1d': [3, 5, 5],
  'ads.ads_live_overview_1d': [4, 5, 5],
  'ads.ads_live_room_rank_1d': [3, 5, 5],
  'ads.ads_live_user_retention_1d': [1, 8, 8],
  'dim.dim_gift_df': [6, 6, 6],
  'dim.dim_live_anchor_df': [6, 6, 6],
  'dim.dim_live_room_df': [6, 6, 6],
  'dim.dim_user_df': [8, 10, 10],
  'dwd.dwd_live_comment_di': [2, 5, 5],
  'dwd.dwd_live_comment_risk_di': [1, 2, 2],
  'dwd.dwd_live_gift_send_di': [3, 7, 7],
  'dwd.dwd_live_like_di': [3, 7, 7],
  'dwd.dwd_live_order_di': [1, 4, 4],
  'dwd.dwd_live_room_session_di': [3, 5, 5],
  'dwd.dwd_live_room_watch_di': [4, 6, 6],
  'dws.dws_live_anchor_1d': [3, 5, 5],
  'dws.dws_live_room_1d': [3, 5, 5],
  'dws.dws_live_room_1h': [3, 7, 7],
  'dws.dws_live_user_1d': [4, 6, 6],
  'ods.ods_anchor_profile_db_df': [6, 6, 6],
  'ods.ods_gift_config_db_df': [6, 6, 6],
  'ods.ods_live_comment_log_di': [3, 7, 7],
  'ods.ods_live_enter_log_di': [8, 11, 11],
  'ods.ods_live_gift_log_di': [3, 8, 8],
  'ods.ods_live_like_log_di': [3, 7, 7],
  'ods.ods_live_order_db_di': [2, 6, 6],
  'ods.ods_live_room_db_df': [6, 6, 6],
  'ods.ods_live_room_log_di': [6, 11, 11],
  'ods.ods_user_profile_db_df': [8, 10, 10],
};

const EXPECTED_COUNTS = Object.fromEntries(Object.entries(COUNTS).map(([t, n]) => [t, Object.fromEntries(DATES.map((d, i) => [d, n[i]]))]));

/** The batch jobs of examples/live in run order (dependency order, ties by name). */
const ORDER = [
  'dim_gift_df', 'dim_live_anchor_df', 'dim_live_room_df', 'dim_user_df', 'dwd_live_comment_di', 'dwd_live_order_di', 'dwd_live_room_session_di',
  'dwd_live_gift_send_di', 'dwd_live_like_di', 'dwd_live_room_watch_di', 'dws_live_room_1d', 'dws_live_room_1h', 'dws_live_user_1d',
  'ads_live_overview_1d', 'ads_live_room_rank_1d', 'ads_live_user_retention_1d', 'dws_live_anchor_1d', 'ads_live_anchor_income_1d',
];

const statuses = (r: RunResult) => r.steps.map((s) => `${s.date} ${s.job} ${s.status}${s.message ? `: ${s.message}` : ''}`);

async function rejected(work: Promise<unknown>): Promise<StrataError> {
  try {
    await work;
  } catch (e) {
    if (e instanceof StrataError) return e;
    throw e;
  }
  throw new Error('expected a StrataError');
}

describe('strata run', function () {
  this.timeout(240_000);

  it('backfills three dates: every table filled from the seeds, and a re-run changes nothing', async () => {
    const t = await liveTarget();
    try {
      const first = await runJobs({ project: t.root, cwd: t.root, from: DATES[0], to: DATES[2] });
      assert.deepEqual(statuses(first), DATES.flatMap((d) => ORDER.map((j) => `${d} ${j} success`)));
      assert.deepEqual([first.succeeded, first.failed, first.skipped], [54, 0, 0]);
      const stepRows = first.steps.filter((s) => s.date === DATES[1]).map((s) => [s.job, s.rows]);
      assert.deepEqual(stepRows.find(([j]) => j === 'dwd_live_comment_di'), ['dwd_live_comment_di', 7]);
      assert.ok(first.steps.every((s) => s.attempts === 1 && s.checks.every((c) => c.status === 'pass')));
      assert.deepEqual(first.seeds.filter((s) => s.date === DATES[0]).map((s) => [s.table, s.rows]), Object.entries(COUNTS).filter(([t]) => t.startsWith('ods.')).map(([t, n]) => [t, n[0]]));
      const after = await targetContent(t.db);
      assert.deepEqual(after.counts, EXPECTED_COUNTS);
      const again = await runJobs({ project: t.root, cwd: t.root, from: DATES[0], to: DATES[2], parallel: 3 });
      assert.deepEqual(statuses(again), statuses(first));
      assert.deepEqual(await targetContent(t.db), after);
    } finally {
      t.cleanup();
    }
  });

  it('a failing check stops the jobs downstream of its table for that date, and only those', async () => {
    const watch = 'tables/dwd/dwd_live_room_watch_di.sql';
    const t = await liveTarget({ [watch]: (text) => text.replace('checks:\n', 'checks:\n  - row_count: {max: 5}\n') });
    try {
      const result = await runJobs({ project: t.root, cwd: t.root, date: DATES[1] });
      const skipped = (job: string, blocker: string, how = 'did not succeed') => `${DATES[1]} ${job} skipped: upstream ${blocker} ${how}`;
      assert.deepEqual(statuses(result), [
        ...ORDER.slice(0, 9).map((j) => `${DATES[1]} ${j} success`),
        `${DATES[1]} dwd_live_room_watch_di check-failed: check failed: dwd.dwd_live_room_watch_di row_count(max 5): 1 failing row`,
        skipped('dws_live_room_1d', 'dwd_live_room_watch_di'),
        skipped('dws_live_room_1h', 'dwd_live_room_watch_di'),
        skipped('dws_live_user_1d', 'dwd_live_room_watch_di'),
        skipped('ads_live_overview_1d', 'dwd_live_room_watch_di'),
        skipped('ads_live_room_rank_1d', 'dws_live_room_1d', 'was skipped'),
        skipped('ads_live_user_retention_1d', 'dws_live_user_1d', 'was skipped'),
        skipped('dws_live_anchor_1d', 'dwd_live_room_watch_di'),
        skipped('ads_live_anchor_income_1d', 'dws_live_anchor_1d', 'was skipped'),
      ]);
      assert.deepEqual([result.succeeded, result.failed, result.skipped], [9, 1, 8]);
      const failed = result.steps.find((s) => s.status === 'check-failed')!;
      assert.deepEqual(failed.checks.map((c) => [c.name, c.status, c.failing, c.file, c.start.line]), [
        ['row_count(max 5)', 'fail', 1, watch, 7],
        ['unique(room_id, user_id, session_id, p_date)', 'pass', 0, watch, 8],
        ['not_null(room_id, user_id, enter_time, watch_seconds)', 'pass', 0, watch, 9],
        ['expression(watch_seconds >= 0)', 'pass', 0, watch, 10],
      ]);
    } finally {
      t.cleanup();
    }
  });

  it('retries a failing job (front-matter retries, or --retries) and skips what depends on it', async () => {
    const t = await liveTarget();
    try {
      const engine = await openDuckDb({ path: t.db });
      await engine.execute('ALTER TABLE dws.dws_live_anchor_1d DROP COLUMN guild_id');
      await engine.close();
      const run = (retries?: number) => runJobs({ project: t.root, cwd: t.root, selector: 'dws_live_anchor_1d+', date: DATES[1], retries });
      const byFrontMatter = await run();
      assert.deepEqual(byFrontMatter.steps.map((s) => [s.job, s.status, s.attempts]), [['dws_live_anchor_1d', 'failed', 3], ['ads_live_anchor_income_1d', 'skipped', 0]]);
      assert.match(byFrontMatter.steps[0].message!, /^DuckDB: .*guild_id/);
      assert.deepEqual((await run(0)).steps.map((s) => s.attempts), [1, 0]);
    } finally {
      t.cleanup();
    }
  });

  it('--dry-run plans (job, date) steps with the partitions read and written, and touches nothing', async () => {
    const t = await liveTarget();
    try {
      const result = await runJobs({ project: t.root, cwd: t.root, selector: 'ads_live_user_retention_1d dim_gift_df', from: DATES[1], to: DATES[2], dryRun: true });
      const plan = (date: string) => [
        {
          job: 'ads_live_user_retention_1d', file: 'jobs/ads_live_user_retention_1d.sql', date, upstream: [],
          reads: [{ table: 'dws.dws_live_user_1d', partitions: [`p_date = date_sub('${date}', 1)`, `p_date = '${date}'`] }],
          writes: [{ table: 'ads.ads_live_user_retention_1d', partition: { p_date: date } }], status: 'planned', attempts: 0, checks: [], seconds: 0,
        },
        { job: 'dim_gift_df', file: 'jobs/dim_gift_df.sql', date, upstream: [], reads: [{ table: 'ods.ods_gift_config_db_df', partitions: [`p_date = '${date}'`] }], writes: [{ table: 'dim.dim_gift_df', partition: { p_date: date } }], status: 'planned', attempts: 0, checks: [], seconds: 0 },
      ];
      assert.deepEqual(result.steps, [...plan(DATES[1]), ...plan(DATES[2])]);
      assert.deepEqual((await targetContent(t.db)).counts, {});
    } finally {
      t.cleanup();
    }
  });

  it('refuses to start, with one line, when a table is missing on the target or the input is wrong', async () => {
    const t = await liveTarget();
    try {
      const engine = await openDuckDb({ path: t.db });
      await engine.execute('DROP TABLE dwd.dwd_live_like_di');
      await engine.close();
      const base = { project: t.root, cwd: t.root };
      const cases: [Parameters<typeof runJobs>[0], string][] = [
        [{ ...base, date: DATES[1] }, "table dwd.dwd_live_like_di is not on target 'local'; run `strata publish --target local` first"],
        [{ ...base, selector: 'dws_live_rom_1d', date: DATES[1] }, "'dws_live_rom_1d' selects no batch job; did you mean 'dws_live_room_1d'?"],
        [{ ...base, selector: 'layer:dwx', date: DATES[1] }, "'layer:dwx' selects no batch job; did you mean 'layer:dwd'?"],
        [{ ...base, selector: 'rt_live_gift_enrich', date: DATES[1] }, "'rt_live_gift_enrich' selects only streaming jobs (rt_live_gift_enrich); strata run runs batch jobs"],
        [{ ...base, from: DATES[2], to: DATES[0] }, '--from 2026-11-26 is after --to 2026-11-24; swap them'],
        [{ ...base, date: '2026-11-31' }, '--date 2026-11-31: not a valid date (expected yyyy-MM-dd, e.g. 2026-11-25)'],
        [{ ...base, date: '20261125' }, '--date 20261125: not a valid date (expected yyyy-MM-dd, e.g. 2026-11-25)'],
        [{ ...base }, 'give the run date: --date D, or --from D1 --to D2 for a range'],
        [{ ...base, date: DATES[1], target: 'prod' }, "unknown target 'prod'; use one of: local"],
        [{ ...base, date: DATES[1], parallel: 0 }, '--parallel 0: give a whole number 1 or more'],
      ];
      const found = [];
      for (const [options] of cases) found.push((await rejected(runJobs(options))).message);
      assert.deepEqual(found, cases.map(([, message]) => message));
      assert.deepEqual((await targetContent(t.db)).counts, {});
    } finally {
      t.cleanup();
    }
  });
});
