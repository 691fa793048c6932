import assert from 'node:assert/strict';
import * as path from 'node:path';
import { jobDag } from '../../src/analysis/job-graph';
import { StrataError } from '../../src/errors';
import { runDates } from '../../src/tasks/run-dates';
import { selectJobs } from '../../src/tasks/run-selector';
import { loadWorkspace, type Workspace } from '../../src/tasks/workspace';

/* Which batch jobs a `strata run` selector picks in examples/live, and the run dates. */

const LIVE = path.resolve(__dirname, '..', '..', '..', '..', 'examples', 'live');

describe('strata run selectors and dates', () => {
  let ws: Workspace;
  before(async () => {
    ws = await loadWorkspace({ project: LIVE, cwd: LIVE });
  });

  it('picks jobs by name, table, file, glob, layer, tag, with + for upstream and downstream', () => {
    const dag = jobDag(ws.graph, (n) => n.group !== 'streaming');
    const cases: [string | undefined, string[]][] = [
      ['dws_live_user_1d', ['dws_live_user_1d']],
      ['dws.dws_live_user_1d', ['dws_live_user_1d']],
      ['jobs/dws_live_user_1d.sql', ['dws_live_user_1d']],
      ['dwd.dwd_live_comment_risk_di', ['dwd_live_comment_di']],
      ['ads_live_*_1d', ['ads_live_anchor_income_1d', 'ads_live_overview_1d', 'ads_live_room_rank_1d', 'ads_live_user_retention_1d']],
      ['layer:dim', ['dim_gift_df', 'dim_live_anchor_df', 'dim_live_room_df', 'dim_user_df']],
      ['tag:finance', ['ads_live_anchor_income_1d']],
      ['+ads_live_user_retention_1d', ['ads_live_user_retention_1d', 'dim_gift_df', 'dim_live_room_df', 'dim_user_df', 'dwd_live_comment_di', 'dwd_live_gift_send_di', 'dwd_live_like_di', 'dwd_live_order_di', 'dwd_live_room_watch_di', 'dws_live_user_1d']],
      ['dws_live_anchor_1d+', ['ads_live_anchor_income_1d', 'dws_live_anchor_1d']],
      ['dws_live_room_1d+ dim_gift_df', ['ads_live_anchor_income_1d', 'ads_live_overview_1d', 'ads_live_room_rank_1d', 'dim_gift_df', 'dws_live_anchor_1d', 'dws_live_room_1d']],
      [undefined, dag.jobs],
    ];
    assert.deepEqual(cases.map(([s]) => [s, [...selectJobs(ws, dag, s)].sort()]), cases);
    assert.equal(dag.jobs.length, 18);
  });

  it('a selector that picks nothing says the nearest name', () => {
    const dag = jobDag(ws.graph, (n) => n.group !== 'streaming');
    const cases: [string, string][] = [
      ['dim_gift_dff', "'dim_gift_dff' selects no batch job; did you mean 'dim_gift_df'?"],
      ['+dws_live_usr_1d+', "'+dws_live_usr_1d+' selects no batch job; did you mean 'dws_live_user_1d'?"],
      ['tag:financ', "'tag:financ' selects no batch job; did you mean 'tag:finance'?"],
      ['zzzzzzzzzzzz', "'zzzzzzzzzzzz' selects no batch job; name a job, a table, layer:NAME or tag:NAME (* matches any text, + adds upstream or downstream)"],
      ['layer:ads rt_live_*', "'rt_live_*' selects only streaming jobs (rt_live_gift_enrich, rt_live_room_hot_5min, rt_live_room_realtime_1min); strata run runs batch jobs"],
    ];
    const message = (selector: string) => {
      try {
        selectJobs(ws, dag, selector);
      } catch (e) {
        if (e instanceof StrataError) return e.message;
        throw e;
      }
      return 'no error';
    };
    assert.deepEqual(cases.map(([s]) => [s, message(s)]), cases);
  });

  it('dates: one day, or every day of a range in order', () => {
    assert.deepEqual(runDates({ date: '2026-11-25' }), ['2026-11-25']);
    assert.deepEqual(runDates({ from: '2026-02-27', to: '2026-03-02' }), ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    assert.throws(() => runDates({ from: '2026-11-25' }), /^StrataError: --to is missing: a range needs both --from D1 and --to D2$/);
    assert.throws(() => runDates({ date: '2026-11-25', from: '2026-11-24', to: '2026-11-25' }), /^StrataError: give either --date D or --from D1 --to D2, not both$/);
    assert.throws(() => runDates({ from: '2000-01-01', to: '2026-11-25' }), /^StrataError: --from 2000-01-01 --to 2026-11-25 spans 9826 days; run at most 3660 at once$/);
  });
});
