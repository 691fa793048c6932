import assert from 'node:assert/strict';
import path from 'node:path';
import { Catalog, tableFromCreate } from '../../src/catalog';
import { loadProject, resolveVariables, type Project } from '../../src/project';
import { parse } from '../../src/sql';
import { translateToDuckDb } from '../../src/translate';
import { DuckDbSession } from './duckdb-session';

const live = path.resolve(__dirname, '../../../../examples/live');

/** The warnings the streaming examples should get, by job (nothing else may be reported). */
const EXPECTED_WARNINGS: Record<string, string[]> = {
  'jobs/rt_live_gift_enrich.sql': ['11:1 not-emulated state TTL is not emulated'],
};

describe('translate: every job of examples/live translates and runs on DuckDB', () => {
  let project: Project;
  const catalog = new Catalog();
  before(async () => {
    project = await loadProject(live);
    for (const f of project.files.filter((file) => file.kind === 'table')) {
      for (const s of parse(f.text, f.dialect).statements) if (s.kind === 'CreateTable') catalog.add(tableFromCreate(s, f.path, f.dialect));
    }
  });

  it('covers batch and streaming jobs', () => {
    const jobs = project.files.filter((f) => f.kind === 'job');
    assert.equal(jobs.length, 21);
    assert.equal(jobs.filter((f) => f.dialect === 'flink').length, 3);
  });

  it('reports the tables behind the views of a streaming job as read', () => {
    const file = project.files.find((f) => f.path === 'jobs/rt_live_gift_enrich.sql')!;
    const { statements } = translateToDuckDb({ text: file.text, dialect: file.dialect, file: file.path, catalog, vars: { env: 'prod' } });
    const inserts = statements.filter((s) => s.kind === 'insert');
    assert.deepEqual(
      inserts.map((s) => [s.writes, s.reads]),
      [
        [[{ table: 'dwd.dwd_live_gift_send_rt' }], ['dim_room', 'live_gift_log']],
        [[{ table: 'ads_live_anchor_gift_rt' }], ['dim_room', 'live_gift_log']],
      ],
    );
  });

  for (const job of ['ads_live_anchor_income_1d', 'ads_live_overview_1d', 'ads_live_room_rank_1d', 'ads_live_user_retention_1d', 'dim_gift_df', 'dim_live_anchor_df', 'dim_live_room_df', 'dim_user_df', 'dwd_live_comment_di', 'dwd_live_gift_send_di', 'dwd_live_like_di', 'dwd_live_order_di', 'dwd_live_room_session_di', 'dwd_live_room_watch_di', 'dws_live_anchor_1d', 'dws_live_room_1d', 'dws_live_room_1h', 'dws_live_user_1d', 'rt_live_gift_enrich', 'rt_live_room_hot_5min', 'rt_live_room_realtime_1min']) {
    it(job, async () => {
      const file = project.files.find((f) => f.path === `jobs/${job}.sql`)!;
      const vars = resolveVariables({ project: project.config.vars, frontMatter: file.frontMatter?.data.vars, overrides: { date: '2026-11-24' } });
      const { statements, diagnostics } = translateToDuckDb({ text: file.text, dialect: file.dialect, file: file.path, catalog, vars });
      const reported = diagnostics.map((d) => `${d.start.line + 1}:${d.start.character + 1} ${d.code} ${d.message}`);
      const expected = EXPECTED_WARNINGS[file.path] ?? [];
      assert.equal(reported.length, expected.length, reported.join('\n'));
      expected.forEach((prefix, i) => assert.ok(reported[i].startsWith(prefix), reported[i]));
      assert.ok(statements.some((s) => s.kind === 'insert'));
      const db = await DuckDbSession.open();
      try {
        for (const table of project.files.filter((f) => f.kind === 'table')) {
          for (const s of translateToDuckDb({ text: table.text, dialect: table.dialect, file: table.path, catalog, vars: {} }).statements) for (const sql of s.sql) await db.run(sql);
        }
        for (const s of statements) for (const sql of s.sql) await db.run(sql);
      } finally {
        db.close();
      }
    });
  }
});
