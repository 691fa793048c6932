import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertNoStack, copyProject, examplesLive, strata } from './helpers/run-cli';

const REPORT = `dry-run dwd_live_like_di (jobs/dwd_live_like_di.sql, batch, spark) on DuckDB, target local
vars: date=2026-11-25 hour=00 env=prod date_nodash=20261125

partitioned tables read:
  table                     partitions  filter                 line
  ods.ods_live_like_log_di  p_date      p_date = '2026-11-25'  19
  dim.dim_live_room_df      p_date      p_date = '2026-11-25'  20

written:
  dwd.dwd_live_like_di PARTITION (p_date='2026-11-25')

output of the INSERT into dwd.dwd_live_like_di (line 10) vs its DDL:
  column     declared   query gives  fit
  log_id     STRING     VARCHAR      ok
  room_id    BIGINT     BIGINT       ok
  anchor_id  BIGINT     BIGINT       ok
  user_id    BIGINT     BIGINT       ok
  like_cnt   INT        INTEGER      ok
  os         STRING     VARCHAR      ok
  like_time  TIMESTAMP  TIMESTAMP    ok
  p_date     STRING     VARCHAR      ok

✔ dwd_live_like_di: dry-run clean
`;

describe('strata dry-run', () => {
  // examples/live without its .strata/: after a demo run it holds published data, which dry-run attaches.
  let live: { dir: string; cleanup: () => void };
  before(() => {
    live = copyProject(examplesLive);
  });
  after(() => live.cleanup());

  it('prints the report of a clean job and exits 0', () => {
    const r = strata(['dry-run', 'dwd_live_like_di', '--project', live.dir, '--date', '2026-11-25', '--no-cache']);
    assert.deepEqual([r.status, r.stdout, r.stderr], [0, REPORT, '']);
  });

  it('gives all of it as data with --json', () => {
    const r = strata(['dry-run', 'dwd_live_gift_send_di', '--project', live.dir, '--date', '2026-11-25', '--sample', '--json', '--no-cache']);
    assert.equal(r.status, 0, r.stderr);
    const { status, result } = JSON.parse(r.stdout);
    assert.equal(status, 0);
    assert.deepEqual(Object.keys(result), ['job', 'file', 'type', 'dialect', 'target', 'vars', 'reads', 'writes', 'outputs', 'inputs', 'previews', 'engine', 'diagnostics', 'errors', 'warnings']);
    assert.deepEqual(result.writes, [{ table: 'dwd.dwd_live_gift_send_di', partition: { p_date: '2026-11-25' } }]);
    assert.deepEqual(result.inputs[1], { table: 'dim.dim_gift_df', from: 'job', rows: 6, file: 'jobs/dim_gift_df.sql' });
    assert.deepEqual([result.previews[0].rows, result.previews[0].preview[2]], [7, ['gl-25-003', 1002, 2002, 3002, 4004, 'Sports Car', 'noble', 1, 1000, '100.00', 'panel', 0, null, 'android', '2026-11-25 20:40:00', '2026-11-25']]);
    assert.deepEqual([result.engine, result.errors, result.warnings, result.diagnostics], ['ran', 0, 0, []]);
  });

  it('prints a type mismatch with file:line:col and exits 1', () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      const job = path.join(dir, 'jobs', 'dwd_live_like_di.sql');
      fs.writeFileSync(job, fs.readFileSync(job, 'utf8').replace('  l.room_id,\n', '  l.log_id AS room_id,\n'));
      const r = strata(['dry-run', 'dwd_live_like_di', '--date', '2026-11-25'], dir);
      assert.equal(r.status, 1, r.stderr);
      const tail = r.stdout.trimEnd().split('\n').slice(-2);
      assert.deepEqual(tail, [
        "jobs/dwd_live_like_di.sql:13:3  error  select item 2 (VARCHAR) is written into column 'room_id' BIGINT of 'dwd.dwd_live_like_di': the types do not convert on insert; CAST it explicitly or fix the column type  insert-type-mismatch",
        '✖ dwd_live_like_di: 1 error, 0 warnings',
      ]);
      assert.match(r.stdout, /^ {2}room_id {4}BIGINT {5}VARCHAR {6}MISMATCH$/m);
    } finally {
      cleanup();
    }
  });

  const usage: [string[], string][] = [
    [['dry-run', 'dwd_live_lik_di'], "error  no job 'dwd_live_lik_di' in the project; did you mean 'dwd_live_like_di'?"],
    [['dry-run', 'dwd_live_like_di', '--date', '2026-02-30'], 'error  --date 2026-02-30: not a valid date (expected yyyy-MM-dd)'],
    [['dry-run', 'dwd_live_like_di', '--target', 'prod'], "error  unknown target 'prod'; use one of: local"],
  ];
  for (const [args, message] of usage) {
    it(`exits 2 with one line: ${args.slice(1).join(' ')}`, () => {
      const r = strata([...args, '--project', examplesLive, '--no-cache']);
      assert.deepEqual([r.status, r.stdout, r.stderr.trim()], [2, '', message]);
      assertNoStack(r.stderr);
    });
  }
});
