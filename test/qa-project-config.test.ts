import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertNoStack, copyProject, examplesLive, strata, strataAll, tempDir, type CliRun } from './helpers/run-cli';

/*
 * QA: strata.yaml, front matter and --var values written wrong the way people write them wrong.
 * Config errors stop the run (exit 2, one line on stderr); front-matter errors are problems (exit 1).
 */

/** Rewrites a file of the copy with `change`, asserting that it changed something. */
function rewrite(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  const before = fs.readFileSync(full, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `${file}: nothing to change`);
  fs.writeFileSync(full, after);
}

describe('qa: strata.yaml with a wrong value', () => {
  const original = fs.readFileSync(path.join(examplesLive, 'strata.yaml'), 'utf8');
  const cases: [string, (y: string) => string, string][] = [
    ['a string version', (y) => y.replace('version: 1', 'version: "one"'), "strata.yaml:2:10  error  version: 'one' is not one of 1"],
    ['an unsupported project dialect', (y) => y.replace('dialect: spark', 'dialect: presto'), "strata.yaml:3:10  error  dialect: 'presto' is not one of spark, hive"],
    ['vars as a number', (y) => y.replace('vars:\n  env: prod', 'vars: 3'), "strata.yaml:4:7  error  vars: expected variable names of lower-case letters, digits and _ (starting with a letter or _), found '3'"],
    ['a var as a list', (y) => y.replace('  env: prod', '  env: [prod]'), 'strata.yaml:5:8  error  vars.env: expected a value, or {default, pattern, description}, found a list'],
    ['layers as a string', (y) => y.replace(/layers:\n(  - .*\n)+/, 'layers: ods\n'), "strata.yaml:6:9  error  layers: expected a list, found 'ods'"],
    ['an undefined default target', (y) => y.replace('default_target: local', 'default_target: prod'), "strata.yaml:14:17  error  default_target: 'prod' is not a target; define it under targets or use one of: local"],
    ['an unknown engine', (y) => y.replace('engine: duckdb', 'engine: oracle'), "strata.yaml:13:19  error  targets.local.engine: 'oracle' is not one of duckdb, clickhouse, spark, hive, trino, flink"],
    ['a numeric name', (y) => y.replace('name: live', 'name: 42'), "strata.yaml:1:7  error  name: expected a name of lower-case letters, digits, _ and - starting with a letter, found '42'"],
    ['a duplicated key', (y) => y.replace('  env: prod', '  env: prod\n  env: dev'), 'strata.yaml:6:3  error  invalid YAML: Map keys must be unique'],
    ['a built-in variable redefined', (y) => y.replace('  env: prod', '  env: prod\n  date: 2026-01-01'), "strata.yaml:6:3  error  vars.date: 'date' is a built-in variable; pick another name, or set it with --var date=..."],
    ['a list document', () => '- a\n- b\n', 'strata.yaml:1:1  error  the document: expected a mapping, found a list'],
    ['an empty file', () => '', "strata.yaml:1:1  error  missing required key 'name'; add it"],
  ];
  const results = new Map<string, CliRun>();
  let cleanups: (() => void)[] = [];

  /** A folder holding only `yaml` as strata.yaml: config errors stop the run before any SQL is read. */
  function projectWith(yaml: string): string {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    fs.writeFileSync(path.join(dir, 'strata.yaml'), yaml);
    return dir;
  }

  before(async () => {
    const runs = cases.map(([name, change]) => [name, ['check', '--project', projectWith(change(original))]] as const);
    const json = ['check', '--project', projectWith(original.replace('dialect: spark', 'dialect: presto')), '--json'];
    const out = await strataAll([...runs.map(([, args]): [string[]] => [[...args]]), [json]]);
    runs.forEach(([name], i) => results.set(name, out[i]));
    results.set('json', out[runs.length]);
  });
  after(() => {
    cleanups.forEach((c) => c());
    cleanups = [];
  });

  for (const [name, , expected] of cases) {
    it(`exits 2 with one line for ${name}`, () => {
      const r = results.get(name) as CliRun;
      assertNoStack(r.stdout + r.stderr);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim(), expected);
    });
  }

  it('answers in a --json error envelope with the 0-based location', () => {
    const r = results.get('json') as CliRun;
    assert.equal(r.status, 2);
    assert.deepEqual(JSON.parse(r.stdout), {
      status: 2,
      error: { code: 'config', message: "dialect: 'presto' is not one of spark, hive", location: { file: 'strata.yaml', line: 2, character: 9 }, suggestions: [] },
    });
  });

  // Was a bug (a misspelt required key was reported as missing instead of as the typo), fixed.
  it('names a misspelt key inside layers with a suggestion', () => {
    const r = strata(['check', '--project', projectWith(original.replace('{name: ods, database: ods', '{name: ods, databse: ods'))]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^strata\.yaml:7:\d+ {2}error {2}unknown key 'databse' in layers\[0\].*did you mean 'database'\?/);
  });
});

describe('qa: a folder without strata.yaml', () => {
  // Was a bug (a folder without strata.yaml got a location in a missing file and errno jargon), fixed.
  it('says plainly that the folder holds no strata.yaml', () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = strata(['check', '--project', dir]);
      assert.equal(r.status, 2);
      assert.doesNotMatch(r.stderr, /ENOENT|strata\.yaml:1:1/);
      assert.match(r.stderr, /no strata\.yaml/);
    } finally {
      cleanup();
    }
  });
});

describe('qa: front matter with wrong values', () => {
  let dir: string;
  let cleanup: () => void;
  let r: CliRun;
  before(() => {
    ({ dir, cleanup } = copyProject(examplesLive));
    rewrite(dir, 'jobs/dim_gift_df.sql', (t) => t.replace('retries: 2', 'retries: two'));
    rewrite(dir, 'jobs/dim_live_anchor_df.sql', (t) => t.replace('type: batch', 'type: batchy'));
    rewrite(dir, 'jobs/dwd_live_comment_di.sql', (t) => t.replace('dialect: hive', 'dialect: mysql'));
    rewrite(dir, 'jobs/dws_live_user_1d.sql', (t) => t.replace('timeout: 1h', 'timeout: forever'));
    rewrite(dir, 'jobs/dws_live_anchor_1d.sql', (t) => t.replace("schedule: '@daily'", "schedule: '@dailyy'"));
    rewrite(dir, 'tables/ods/ods_live_room_db_df.sql', (t) => t.replace('lifecycle_days: 30', 'lifecycle_days: -3'));
    rewrite(dir, 'tables/dws/dws_live_user_1d.sql', (t) => t.replace('owner: live-data', 'ownr: live-data'));
    rewrite(dir, 'tables/dim/dim_gift_df.sql', (t) => t.replace('  - unique: [gift_id]', '  - uniq: [gift_id]'));
    r = strata(['check', '--project', dir]);
  });
  after(() => cleanup());

  it('exits 1 with one line per bad value and nothing else', () => {
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assertNoStack(r.stdout + r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^✖ 8 problems \(8 errors, 0 warnings\)/m);
  });

  const expected = [
    "jobs/dim_gift_df.sql:5:10  error  retries: expected a whole number (0 or more), found 'two'  front-matter",
    "jobs/dim_live_anchor_df.sql:2:7  error  type: 'batchy' is not one of batch, streaming; did you mean 'batch'?  front-matter",
    "jobs/dwd_live_comment_di.sql:3:10  error  dialect: 'mysql' is not one of spark, hive, flink  front-matter",
    "jobs/dws_live_user_1d.sql:6:10  error  timeout: 'forever' is not a duration like 30m or 2h  front-matter",
    "jobs/dws_live_anchor_1d.sql:3:11  error  schedule: '@dailyy' is not a 5-field cron expression or @daily/@hourly/@weekly/@monthly  front-matter",
    "tables/ods/ods_live_room_db_df.sql:4:17  error  lifecycle_days: expected a whole number of days (1 or more), found '-3'  front-matter",
    "tables/dws/dws_live_user_1d.sql:2:1  error  unknown key 'ownr' (allowed: owner, description, lifecycle_days, tags, checks, dialect, grain; did you mean 'owner'?)  front-matter",
    "tables/dim/dim_gift_df.sql:8:5  error  unknown key 'uniq' in checks[0] (allowed: unique, not_null, accepted_values, expression, row_count, sql, freshness; did you mean 'unique'?)  front-matter",
  ];
  for (const line of expected) {
    it(`reports ${line.split('  ')[0]}`, () => {
      assert.ok(r.stdout.split('\n').includes(line), r.stdout);
    });
  }
});

describe('qa: front matter that is valid YAML but wrong for the project', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = copyProject(examplesLive)));
  afterEach(() => cleanup());

  // Was a bug (cron fields were not range-checked), fixed.
  it('rejects an out-of-range cron field', () => {
    rewrite(dir, 'jobs/dws_live_anchor_1d.sql', (t) => t.replace("schedule: '@daily'", "schedule: '0 25 * * *'"));
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stdout, /^jobs\/dws_live_anchor_1d\.sql:3:11 {2}error {2}schedule: '0 25 \* \* \*'/m);
  });

  // Was a bug (checks on unknown columns passed silently), fixed.
  it('reports a check on a column the table does not have', () => {
    rewrite(dir, 'tables/dim/dim_gift_df.sql', (t) => t.replace('  - unique: [gift_id]', '  - unique: [gift_idd]'));
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stdout, /^tables\/dim\/dim_gift_df\.sql:8:\d+ {2}error {2}.*'gift_idd'.*did you mean 'gift_id'/m);
  });

  // Was a bug (depends_on naming nothing passed silently), fixed.
  it('reports depends_on naming nothing in the project', () => {
    rewrite(dir, 'jobs/dws_live_anchor_1d.sql', (t) => t.replace('type: batch', 'type: batch\ndepends_on: [dws_live_nothing]'));
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stdout, /^jobs\/dws_live_anchor_1d\.sql:3:\d+ {2}error {2}.*dws_live_nothing/m);
  });

  // Was a bug (depends_on never reached the graph), fixed.
  it('adds depends_on to the graph', () => {
    rewrite(dir, 'jobs/dws_live_room_1h.sql', (t) => t.replace('type: batch', 'type: batch\ndepends_on: [ads_live_room_rank_1d]'));
    const r = strata(['graph', '--project', dir, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const edges = JSON.parse(r.stdout).edges as { from: string; to: string }[];
    assert.ok(edges.some((e) => e.from.endsWith('ads_live_room_rank_1d') && e.to === 'job:dws_live_room_1h'), JSON.stringify(edges.filter((e) => e.to === 'job:dws_live_room_1h')));
  });
});

describe('qa: --var values', () => {
  const cases: [string, RegExp][] = [
    ['date=2026-02-30', /^error {2}--var date=2026-02-30: not a valid date \(expected yyyy-MM-dd\)$/],
    ['date=2026-02-29', /not a valid date/],
    ['date=20260101', /not a valid date/],
    ['date=', /not a valid date/],
    ['hour=24', /^error {2}--var hour=24: not a valid hour \(expected 00-23\)$/],
    ['date_nodash=2026-01-01', /date_nodash is derived from date; set --var date=yyyy-MM-dd instead/],
    ['x', /^error {2}--var x: missing '='; write --var name=value/],
    ['=1', /'' is not a variable name/],
  ];
  let results: CliRun[];
  let valid: CliRun;
  before(async () => {
    [valid, ...results] = await strataAll([
      [['check', '--project', examplesLive, '--var', 'date=2024-02-29', '--var', 'hour=07', '--var', 'env=dev']],
      ...cases.map(([value]): [string[]] => [['check', '--project', examplesLive, '--var', value]]),
    ]);
  });

  cases.forEach(([value, message], i) => {
    it(`--var ${value} exits 2 with one line`, () => {
      const r = results[i];
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr.trim(), message);
    });
  });

  it('accepts a leap day, a padded hour and a project var override together', () => {
    assert.equal(valid.status, 0, valid.stdout + valid.stderr);
  });
});
