import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertNoStack, copyProject, examplesLive, strata, type CliRun } from './helpers/run-cli';

/*
 * QA: a copy of examples/live broken the way real teams break warehouses, one independent
 * mistake per file, checked once; every mistake must give exactly one line at the right place.
 */

interface Diagnostic {
  file: string;
  start: { line: number; character: number };
  end: { line: number; character: number };
  severity: string;
  code: string;
  message: string;
}

/** Replaces `from` (which must occur) in a project file, returning the 1-based `line:col` of `to`. */
function edit(dir: string, file: string, from: string, to: string): string {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  assert.ok(text.includes(from), `${file} no longer contains ${JSON.stringify(from)}`);
  const next = text.replace(from, to);
  fs.writeFileSync(full, next);
  return locate(next, to);
}

function locate(text: string, needle: string): string {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

function problemLines(r: CliRun): string[] {
  return r.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ {2}(error|warning) {2}/.test(l));
}

describe('qa: strata check on a realistically broken examples/live', () => {
  let dir: string;
  let cleanup: () => void;
  let text: CliRun;
  let json: { status: number; result: { errors: number; diagnostics: Diagnostic[] } };
  const at: Record<string, string> = {};

  before(() => {
    ({ dir, cleanup } = copyProject(examplesLive));
    // typo'd dimension table in a JOIN (col = start of the table name)
    at.joinTypo = edit(dir, 'jobs/ads_live_room_rank_1d.sql', 'LEFT JOIN dim.dim_live_anchor_df AS a', 'LEFT JOIN dim.dim_live_anchr_df AS a');
    at.joinTypo = at.joinTypo.replace(/:\d+$/, ':11');
    // one column dropped from an INSERT with a static and a dynamic partition
    edit(dir, 'jobs/dws_live_room_1h.sql', '  coalesce(l.like_cnt, 0) AS like_cnt,\n', '');
    // a CTE column that the CTE does not export
    at.cteColumn = edit(dir, 'jobs/dim_user_df.sql', '  c.user_tags\n', '  c.user_tag AS user_tags\n');
    at.cteColumn = at.cteColumn.replace(/:(\d+)$/, (_, c) => `:${Number(c) + 4}`); // the column after `c.`
    // a Flink window TVF over a time column that does not exist
    at.descriptor = edit(dir, 'jobs/rt_live_room_realtime_1min.sql', 'DESCRIPTOR(event_time)', 'DESCRIPTOR(event_tim)');
    at.descriptor = at.descriptor.replace(/:(\d+)$/, (_, c) => `:${Number(c) + 'DESCRIPTOR('.length}`);
    // a scheduler variable nobody declares
    at.unknownVar = edit(dir, 'jobs/dwd_live_like_di.sql', "WHERE l.p_date = '${date}'", "WHERE l.p_date = '${dt}'");
    at.unknownVar = at.unknownVar.replace(/:(\d+)$/, (_, c) => `:${Number(c) + "WHERE l.p_date = '".length}`);
    // a misspelt front-matter key
    at.frontMatter = edit(dir, 'jobs/dwd_live_order_di.sql', "schedule: '@daily'", "schedul: '@daily'");
    // a table file that also holds an INSERT
    const gift = path.join(dir, 'tables', 'dim', 'dim_gift_df.sql');
    fs.appendFileSync(gift, '\nINSERT INTO dim.dim_gift_df SELECT * FROM ods.ods_gift_config_db_df;\n');
    at.tableFile = `${fs.readFileSync(gift, 'utf8').split('\n').findIndex((l) => l.startsWith('INSERT')) + 1}:1`;
    // a dimension job that reads a table written downstream of it
    edit(dir, 'jobs/dim_live_room_df.sql', "WHERE r.p_date = '${date}';",
      "WHERE r.p_date = '${date}'\n  AND r.room_id IN (SELECT room_id FROM dws.dws_live_room_1d WHERE p_date = date_sub('${date}', 1));");
    text = strata(['check', '--project', dir]);
    json = JSON.parse(strata(['check', '--project', dir, '--json']).stdout);
  });
  after(() => cleanup());

  it('exits 1 without a stack trace and prints a summary', () => {
    assert.equal(text.status, 1, text.stdout + text.stderr);
    assertNoStack(text.stdout + text.stderr);
    assert.match(text.stdout, /^✖ 8 problems \(8 errors, 0 warnings\) in \d+ files$/m, text.stdout);
  });

  it('prints exactly one line per mistake', () => {
    assert.equal(problemLines(text).length, 8, text.stdout);
  });

  it('names a typo\'d JOIN table at its position with a suggestion', () => {
    assert.ok(problemLines(text).includes(
      `jobs/ads_live_room_rank_1d.sql:${at.joinTypo}  error  unknown table 'dim.dim_live_anchr_df'; did you mean 'dim.dim_live_anchor_df'?  unknown-table`,
    ), text.stdout);
  });

  it('reports an INSERT with a column too few against the DDL, partitions excluded', () => {
    assert.match(text.stdout, /^jobs\/dws_live_room_1h\.sql:\d+:\d+ {2}error {2}INSERT into 'dws\.dws_live_room_1h' has 7 columns but the table has 8 .* {2}insert-column-count$/m);
  });

  it('reports a column a CTE does not export, at the reference, with a suggestion', () => {
    assert.ok(problemLines(text).some((l) => l.startsWith(`jobs/dim_user_df.sql:${at.cteColumn}  error  unknown column 'c.user_tag'`) && l.includes("did you mean 'user_tags'")), text.stdout);
  });

  it('reports an unknown DESCRIPTOR column of a Flink window TVF', () => {
    assert.ok(problemLines(text).includes(
      `jobs/rt_live_room_realtime_1min.sql:${at.descriptor}  error  unknown column 'event_tim'; did you mean 'event_time'?  unknown-column`,
    ), text.stdout);
  });

  it('reports an undeclared ${var} and says how to declare it', () => {
    const line = problemLines(text).find((l) => l.startsWith(`jobs/dwd_live_like_di.sql:${at.unknownVar}  error  unknown variable '\${dt}'`));
    assert.ok(line, text.stdout);
    assert.match(line, /--var dt=/);
  });

  it('reports a misspelt front-matter key with the allowed keys', () => {
    assert.match(text.stdout, new RegExp(`^jobs/dwd_live_order_di\\.sql:${at.frontMatter}  error  unknown key 'schedul' .*did you mean 'schedule'\\?\\)  front-matter$`, 'm'));
  });

  it('reports a second statement in a table file where it starts', () => {
    assert.match(text.stdout, new RegExp(`^tables/dim/dim_gift_df\\.sql:${at.tableFile}  error  a table file holds exactly one CREATE TABLE.*  table-file$`, 'm'));
  });

  it('reports the dependency cycle with its path', () => {
    assert.match(text.stdout, /^jobs\/dim_live_room_df\.sql:\d+:\d+ {2}error {2}dependency cycle: dim_live_room_df -> dim\.dim_live_room_df -> .*dws\.dws_live_room_1d -> dim_live_room_df; .* {2}cycle$/m);
  });

  it('gives the same problems in the --json envelope, 0-based and in range', () => {
    assert.equal(json.status, 1);
    assert.equal(json.result.errors, 8);
    assert.equal(json.result.diagnostics.length, 8);
    for (const d of json.result.diagnostics) {
      const lines = fs.readFileSync(path.join(dir, d.file), 'utf8').split('\n');
      assert.ok(d.start.line >= 0 && d.start.line < lines.length, JSON.stringify(d));
      assert.ok(d.start.character <= lines[d.start.line].length, JSON.stringify(d));
      assert.ok(d.end.line > d.start.line || (d.end.line === d.start.line && d.end.character >= d.start.character), JSON.stringify(d));
      assert.equal(d.severity, 'error');
      assert.ok(!d.message.includes('\n'), d.message);
    }
    const text1 = problemLines(text).map((l) => l.split('  ')[0]).sort();
    const json1 = json.result.diagnostics.map((d) => `${d.file}:${d.start.line + 1}:${d.start.character + 1}`).sort();
    assert.deepEqual(json1, text1);
  });

  // Was a bug (reported at 1:1, the front matter), fixed during QA.
  it('points a dependency cycle at the table read that closes it', () => {
    const where = locate(fs.readFileSync(path.join(dir, 'jobs', 'dim_live_room_df.sql'), 'utf8'), 'dws.dws_live_room_1d');
    assert.match(text.stdout, new RegExp(`^jobs/dim_live_room_df\\.sql:${where}  error  dependency cycle`, 'm'));
  });
});
