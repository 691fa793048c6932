import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from '../../src/diagnostic';
import { openDuckDb } from '../../src/engines';
import { StrataError } from '../../src/errors';
import { dryRun, type DryRunOptions } from '../../src/tasks/dry-run';
import { table } from '../engines/tables';

const live = path.resolve(__dirname, '../../../../examples/live');
const JOBS = fs.readdirSync(path.join(live, 'jobs')).map((f) => f.replace(/\.sql$/, '')).sort();

/** `file:line:col severity code message`, 1-based like the CLI. */
function show(d: Diagnostic): string {
  return `${d.file}:${d.start.line + 1}:${d.start.character + 1} ${d.severity} ${d.code} ${d.message}`;
}

/** A copy of examples/live in a temp folder, removed after the test. */
function copyLive(): { dir: string; edit: (file: string, from: string, to: string) => void; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-dry-run-'));
  fs.cpSync(live, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
  const edit = (file: string, from: string, to: string) => {
    const full = path.join(dir, file);
    const text = fs.readFileSync(full, 'utf8');
    assert.ok(text.includes(from), `${file} has no '${from}'`);
    fs.writeFileSync(full, text.replace(from, to));
  };
  return { dir, edit, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * examples/live without its .strata/ (a demo run publishes into it, and dry-run would then read
 * the published data instead of seeds): the tests that only read the project run on this copy.
 */
let pristine: ReturnType<typeof copyLive>;

function run(options: Partial<DryRunOptions> & { job: string }) {
  return dryRun({ project: pristine.dir, cwd: pristine.dir, date: '2026-11-25', cache: false, ...options });
}

describe('dry-run', () => {
  before(() => {
    pristine = copyLive();
  });
  after(() => pristine.cleanup());

  describe('every job of examples/live dry-runs clean', () => {
    for (const job of JOBS) {
      it(job, async () => {
        const r = await run({ job });
        assert.equal(r.engine, 'ran');
        assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error').map(show), []);
        // The one warning: behaviour the bounded emulation of a streaming job lacks, said by translation.
        const expected = job === 'rt_live_gift_enrich' ? ['not-emulated'] : [];
        assert.deepEqual(r.diagnostics.map((d) => d.code), expected);
        assert.ok(r.outputs.length > 0);
        for (const o of r.outputs) assert.deepEqual(o.columns.filter((c) => c.fit === 'mismatch'), []);
      });
    }
  });

  it('reports the partitions read and written and each INSERT output vs the DDL', async () => {
    const r = await run({ job: 'dwd_live_like_di' });
    assert.deepEqual(
      { job: r.job, file: r.file, type: r.type, dialect: r.dialect, target: r.target, vars: r.vars, reads: r.reads, writes: r.writes },
      {
        job: 'dwd_live_like_di', file: 'jobs/dwd_live_like_di.sql', type: 'batch', dialect: 'spark', target: 'local',
        vars: { date: '2026-11-25', hour: '00', env: 'prod', date_nodash: '20261125' },
        reads: [
          { table: 'ods.ods_live_like_log_di', partitions: ['p_date'], filtered: true, values: [{ column: 'p_date', op: '=', values: ['2026-11-25'] }], line: 18, character: 5 },
          { table: 'dim.dim_live_room_df', partitions: ['p_date'], filtered: true, values: [{ column: 'p_date', op: '=', values: ['2026-11-25'] }], line: 19, character: 10 },
        ],
        writes: [{ table: 'dwd.dwd_live_like_di', partition: { p_date: '2026-11-25' } }],
      },
    );
    assert.deepEqual(r.outputs, [{
      table: 'dwd.dwd_live_like_di',
      partition: { p_date: '2026-11-25' },
      line: 9,
      columns: [
        { name: 'log_id', declared: 'STRING', type: 'VARCHAR', fit: 'same' },
        { name: 'room_id', declared: 'BIGINT', type: 'BIGINT', fit: 'same' },
        { name: 'anchor_id', declared: 'BIGINT', type: 'BIGINT', fit: 'same' },
        { name: 'user_id', declared: 'BIGINT', type: 'BIGINT', fit: 'same' },
        { name: 'like_cnt', declared: 'INT', type: 'INTEGER', fit: 'same' },
        { name: 'os', declared: 'STRING', type: 'VARCHAR', fit: 'same' },
        { name: 'like_time', declared: 'TIMESTAMP', type: 'TIMESTAMP', fit: 'same' },
        { name: 'p_date', declared: 'STRING', type: 'VARCHAR', fit: 'same' },
      ],
    }]);
    assert.deepEqual([r.inputs, r.previews, r.errors, r.warnings], [[], [], 0, 0]);
  });

  // [what, line replaced in jobs/dwd_live_like_di.sql, its replacement, the one diagnostic, engine phase]
  const mistakes: [string, string, string, string, 'ran' | 'skipped'][] = [
    ['a syntax error', '  l.user_id,\n', '  l.user_id,,\n', "jobs/dwd_live_like_di.sql:15:13 error syntax unexpected ',', expected an expression", 'skipped'],
    ['an unknown column', '  l.like_cnt,\n', '  l.like_count,\n', "jobs/dwd_live_like_di.sql:16:5 error unknown-column unknown column 'l.like_count' in 'ods.ods_live_like_log_di'; did you mean 'like_cnt'?", 'skipped'],
    ['a column-count mismatch', '  l.user_id,\n', '', "jobs/dwd_live_like_di.sql:10:24 error insert-column-count INSERT into 'dwd.dwd_live_like_di' has 6 columns but the table has 7 (excluding 1 static partition column)", 'skipped'],
    ['a type mismatch on insert', '  l.room_id,\n', '  l.log_id AS room_id,\n', "jobs/dwd_live_like_di.sql:13:3 error insert-type-mismatch select item 2 (VARCHAR) is written into column 'room_id' BIGINT of 'dwd.dwd_live_like_di': the types do not convert on insert; CAST it explicitly or fix the column type", 'ran'],
    ['a missing partition filter', "WHERE l.p_date = '${date}'\n  AND l.like_cnt > 0;", 'WHERE l.like_cnt > 0;', "jobs/dwd_live_like_di.sql:19:6 warning partition-filter 'ods.ods_live_like_log_di' is partitioned by p_date but nothing here filters on it, so every partition is scanned; where it is read, filter p_date with constants (= '${date}', a range, IN)", 'ran'],
  ];
  for (const [what, from, to, expected, engine] of mistakes) {
    it(`catches ${what} with file:line:col`, async () => {
      const project = copyLive();
      try {
        project.edit('jobs/dwd_live_like_di.sql', from, to);
        const r = await run({ job: 'dwd_live_like_di', project: project.dir, cwd: project.dir });
        assert.deepEqual(r.diagnostics.map(show), [expected]);
        assert.equal(r.engine, engine);
      } finally {
        project.cleanup();
      }
    });
  }

  it('runs on the seeds with --sample, upstream jobs filling what has no seed, and previews what the job writes', async () => {
    const r = await run({ job: 'dwd_live_gift_send_di', sample: true });
    assert.deepEqual(r.inputs, [
      { table: 'ods.ods_gift_config_db_df', from: 'seed', rows: 12, file: 'seeds/ods_gift_config_db_df.csv' },
      { table: 'dim.dim_gift_df', from: 'job', rows: 6, file: 'jobs/dim_gift_df.sql' },
      { table: 'ods.ods_live_gift_log_di', from: 'seed', rows: 11, file: 'seeds/ods_live_gift_log_di.csv' },
    ]);
    assert.equal(r.previews.length, 1);
    const [p] = r.previews;
    assert.deepEqual([p.table, p.rows, p.preview.length], ['dwd.dwd_live_gift_send_di', 7, 7]);
    assert.deepEqual(p.columns, ['log_id', 'room_id', 'anchor_id', 'user_id', 'gift_id', 'gift_name', 'gift_type', 'gift_cnt', 'gift_coin', 'gift_amount', 'send_source', 'is_lucky', 'combo_id', 'os', 'send_time', 'p_date']);
    assert.deepEqual(p.preview[0], ['gl-25-001', 1001, 2001, 3001, 4001, 'Rose', 'normal', 99, 99, '9.90', 'panel', 0, 'cb-25-01', 'ios', '2026-11-25 19:30:00', '2026-11-25']);
    assert.deepEqual(r.diagnostics, []);
  });

  it('fills a deep chain of inputs by running each upstream job once', async () => {
    const r = await run({ job: 'ads_live_room_rank_1d', sample: true });
    assert.deepEqual(r.inputs.filter((i) => i.from === 'job').map((i) => `${i.table} ${i.rows}`), [
      'dim.dim_live_anchor_df 6', 'dim.dim_live_room_df 6', 'dwd.dwd_live_comment_di 5', 'dim.dim_gift_df 6', 'dwd.dwd_live_gift_send_di 7',
      'dwd.dwd_live_like_di 7', 'dwd.dwd_live_order_di 4', 'dwd.dwd_live_room_session_di 5', 'dim.dim_user_df 10', 'dwd.dwd_live_room_watch_di 6', 'dws.dws_live_room_1d 5',
    ]);
    const [p] = r.previews;
    assert.deepEqual(p.columns, ['category', 'rank_no', 'room_id', 'anchor_id', 'anchor_name', 'watch_uv', 'gift_amount', 'hot_score', 'gift_share', 'p_date']);
    assert.deepEqual(p.preview, [
      ['chat', 1, 1003, 2003, 'Mia Talks', 1, '1.00', '4.20', '1.0000', '2026-11-25'],
      ['game', 1, 1005, 2005, 'Leo Runs', 1, '500.00', '501.08', '0.7553', '2026-11-25'],
      ['game', 2, 1002, 2002, 'Kai Plays', 2, '162.00', '168.43', '0.2447', '2026-11-25'],
      ['music', 1, 1001, 2001, 'Luna Song', 1, '29.90', '37.30', '1.0000', '2026-11-25'],
      ['shop', 1, 1004, 2004, 'Ava Beauty', 1, '0.00', '1.06', '0.0000', '2026-11-25'],
    ]);
  });

  it('fills a streaming job\'s Kafka sources from the seed of the ODS table landed from the topic', async () => {
    const r = await run({ job: 'rt_live_room_realtime_1min', sample: true });
    assert.deepEqual(r.inputs.map((i) => `${i.table} ${i.rows} ${i.from} ${i.file}`), [
      'ods.ods_live_enter_log_di 19 seed seeds/ods_live_enter_log_di.csv',
      'live_enter_log 19 seed seeds/ods_live_enter_log_di.csv',
      'ods.ods_live_gift_log_di 11 seed seeds/ods_live_gift_log_di.csv',
      'live_gift_log 11 seed seeds/ods_live_gift_log_di.csv',
    ]);
    const [p] = r.previews;
    assert.deepEqual([p.table, p.rows, p.preview.length], ['ads.ads_live_room_realtime_1min', 29, 10]);
    assert.deepEqual(p.preview[0], [1001, '2026-11-24 19:10:00', '2026-11-24 19:11:00', 1, 1, 0, 0]);
  });

  it('interrupts a statement that runs past the timeout, with a one-line error at the statement', async () => {
    const project = copyLive();
    try {
      // Ten cross joins of the day's ten enter logs: 10^10 rows, far more than a second's work.
      const joins = Array.from({ length: 10 }, (_, i) => `CROSS JOIN ods.ods_live_enter_log_di AS e${i}`).join('\n');
      const filters = Array.from({ length: 10 }, (_, i) => `AND e${i}.p_date = '\${date}'`).join(' ');
      project.edit('jobs/dwd_live_like_di.sql', "WHERE l.p_date = '${date}'\n  AND l.like_cnt > 0;", `${joins}\nWHERE l.p_date = '\${date}'\n  AND l.like_cnt > 0 ${filters} AND e0.room_id + e9.room_id > 0;`);
      const r = await run({ job: 'dwd_live_like_di', project: project.dir, cwd: project.dir, sample: true, timeoutMs: 1000 });
      assert.deepEqual(r.diagnostics.map(show), [
        'jobs/dwd_live_like_di.sql:10:1 error timeout DuckDB: the query did not finish within 1000 ms and was interrupted; look for a join or recursion that never ends, or raise the timeout',
      ]);
      assert.deepEqual(r.previews, []);
    } finally {
      project.cleanup();
    }
  });

  it('reads published local data read-only and leaves it as it was', async () => {
    const project = copyLive();
    try {
      const file = path.join(project.dir, '.strata', 'local.duckdb');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const published = await openDuckDb({ path: file });
      await published.createTable(table('dim.dim_gift_df', [['gift_id', 'BIGINT'], ['gift_name', 'STRING'], ['gift_type', 'STRING'], ['price_coin', 'BIGINT'], ['price_amount', 'DECIMAL(18,2)'], ['is_online', 'INT'], ['p_date', 'STRING']]));
      await published.insertRows('dim.dim_gift_df', ['gift_id', 'gift_name', 'gift_type', 'price_coin', 'price_amount', 'is_online', 'p_date'], [[4001, 'Rose', 'normal', 1, '0.10', 1, '2026-11-25']]);
      await published.close();
      const before = fs.readFileSync(file);

      const r = await run({ job: 'dwd_live_gift_send_di', project: project.dir, cwd: project.dir, sample: true });
      assert.equal(r.published, '.strata/local.duckdb');
      assert.deepEqual(r.inputs[0], { table: 'dim.dim_gift_df', from: 'published', rows: 1 });
      assert.deepEqual(r.previews[0].preview[0].slice(5, 10), ['Rose', 'normal', 99, 99, '9.90']);
      assert.ok(fs.readFileSync(file).equals(before), 'the published database is unchanged');
    } finally {
      project.cleanup();
    }
  });

  const refusals: [string, Partial<DryRunOptions> & { job: string }, string, StrataError['code']][] = [
    ['an unknown job', { job: 'dwd_live_lik_di' }, "no job 'dwd_live_lik_di' in the project; did you mean 'dwd_live_like_di'?", 'usage'],
    ['a bad date', { job: 'dwd_live_like_di', date: '2026-11-31' }, '--date 2026-11-31: not a valid date (expected yyyy-MM-dd)', 'variable'],
    ['a variable against its pattern', { job: 'ads_live_room_rank_1d', vars: { top_n: 'ten' } }, "--var top_n=ten: does not match the declared pattern '[0-9]{1,4}'", 'variable'],
    ['two dates', { job: 'dwd_live_like_di', vars: { date: '2026-11-24' } }, '--date 2026-11-25 and --var date=2026-11-24 disagree; pass the date once', 'usage'],
    ['an unknown target', { job: 'dwd_live_like_di', target: 'prod' }, "unknown target 'prod'; use one of: local", 'usage'],
  ];
  for (const [what, options, message, code] of refusals) {
    it(`refuses ${what} in one line`, async () => {
      await assert.rejects(run(options), (e: unknown) => e instanceof StrataError && e.code === code && e.message === message);
    });
  }

  it('finds a job by its file path', async () => {
    const r = await run({ job: 'jobs/dim_gift_df.sql', cwd: pristine.dir });
    assert.deepEqual([r.job, r.errors], ['dim_gift_df', 0]);
  });
});
