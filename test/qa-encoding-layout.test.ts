import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyProject, examplesLive, strata, tempDir } from './helpers/run-cli';

/*
 * QA: files as they arrive from Windows editors, Excel exports and monorepos: CRLF, BOM, tabs,
 * non-ASCII identifiers, comment-only files, deep folders and symlinks.
 */

function allFiles(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => ext.test(f)).map((f) => path.join(dir, f));
}

/** Breaks `like_cnt` in the hourly job and returns the 1-based line of the break. */
function breakHourlyJob(dir: string): number {
  const file = path.join(dir, 'jobs', 'dws_live_room_1h.sql');
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace('    sum(like_cnt) AS like_cnt', '    sum(like_cntt) AS like_cnt');
  assert.notEqual(next, text);
  fs.writeFileSync(file, next);
  return next.slice(0, next.indexOf('like_cntt')).split('\n').length;
}

describe('qa: line endings and byte-order marks', () => {
  let dir: string;
  let cleanup: () => void;
  afterEach(() => cleanup());

  it('checks a CRLF project clean, and counts lines and columns right in it', () => {
    ({ dir, cleanup } = copyProject(examplesLive));
    for (const f of allFiles(dir, /\.(sql|yaml)$/)) fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/\n/g, '\r\n'));
    assert.equal(strata(['check', '--project', dir]).status, 0);
    const line = breakHourlyJob(dir);
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout.split('\n')[0], `jobs/dws_live_room_1h.sql:${line}:9  error  unknown column 'like_cntt'; did you mean 'like_cnt'?  unknown-column`);
  });

  it('checks a project whose every file starts with a UTF-8 BOM, positions unchanged', () => {
    ({ dir, cleanup } = copyProject(examplesLive));
    for (const f of allFiles(dir, /\.(sql|yaml)$/)) fs.writeFileSync(f, '\uFEFF' + fs.readFileSync(f, 'utf8'));
    assert.equal(strata(['check', '--project', dir]).status, 0);
    const line = breakHourlyJob(dir);
    const file = path.join(dir, 'jobs', 'dws_live_room_1h.sql');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('retries: 2', 'retries: two'));
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 1);
    assert.deepEqual(r.stdout.trim().split('\n').slice(0, -1), [
      "jobs/dws_live_room_1h.sql:5:10  error  retries: expected a whole number (0 or more), found 'two'  front-matter",
      `jobs/dws_live_room_1h.sql:${line}:9  error  unknown column 'like_cntt'; did you mean 'like_cnt'?  unknown-column`,
    ]);
  });
});

describe('qa: standalone files with tabs, unicode and nothing but comments', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  const check = (name: string, text: string, dialect = 'spark') => {
    fs.writeFileSync(path.join(dir, name), text);
    return strata(['check', '--file', name, '--dialect', dialect], dir);
  };

  it('counts a tab as one column', () => {
    const r = check('tab.sql', 'SELECT\n\ta,\n\tb\nFROM t\nWHERE\tc = 1 AND\t(d = ;\n');
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^tab\.sql:5:22 {2}error {2}unexpected ';', expected an expression {2}syntax$/m);
  });

  it('counts columns in UTF-16 units after CJK text and emoji (as editors and LSP do)', () => {
    assert.match(check('cjk.sql', "SELECT '中文中文', ) FROM t;\n").stdout, /^cjk\.sql:1:16 /m);
    assert.match(check('emoji.sql', "SELECT '😀😀', ) FROM t;\n").stdout, /^emoji\.sql:1:16 /m);
  });

  it('accepts unicode identifiers in backticks and lower-cases them in lineage', () => {
    const sql = 'INSERT INTO dws.t SELECT `用户ID` AS uid, sum(`金额`) AS amt FROM `直播`.`礼物表` GROUP BY `用户ID`;\n';
    assert.equal(check('u.sql', sql).status, 0);
    const r = strata(['lineage', '--file', 'u.sql', '--dialect', 'spark'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), {
      edges: [
        { source: '直播.礼物表.用户id', target: 'dws.t.uid', kind: 'direct' },
        { source: '直播.礼物表.金额', target: 'dws.t.amt', kind: 'aggregate' },
      ],
      reads: ['直播.礼物表'],
      writes: ['dws.t'],
    });
  });

  it('accepts files holding only comments, a BOM or whitespace', () => {
    for (const [name, text] of [['c.sql', '-- nothing yet\n/* TODO */\n'], ['b.sql', '\uFEFF-- bom\n'], ['w.sql', ' \t\r\n\r\n']]) {
      const r = check(name, text, 'flink');
      assert.equal(r.status, 0, `${name}: ${r.stdout}${r.stderr}`);
    }
  });
});

describe('qa: odd files inside a project', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = copyProject(examplesLive)));
  afterEach(() => cleanup());

  it('accepts a comment-only job; rejects an empty table file, one line each', () => {
    fs.writeFileSync(path.join(dir, 'jobs', 'todo.sql'), '-- TODO: backfill job, see DATA-42\n');
    fs.writeFileSync(path.join(dir, 'tables', 'dim', 'dim_todo_df.sql'), '-- TODO: define later\n/* nothing here */\n');
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n').slice(0, -1), [
      'tables/dim/dim_todo_df.sql:1:1  error  a table file holds exactly one CREATE TABLE, found no statement; move other statements to jobs/  table-file',
    ]);
  });

  // Was a bug ("found 1 statements"), fixed during QA.
  it('says what a table file holds instead of a CREATE TABLE', () => {
    fs.writeFileSync(path.join(dir, 'tables', 'dim', 'dim_sel_df.sql'), 'SELECT 1;\n');
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 1);
    assert.doesNotMatch(r.stdout, /1 statements/);
    assert.match(r.stdout, /^tables\/dim\/dim_sel_df\.sql:1:1 {2}error {2}.*(SELECT|not a CREATE TABLE)/m);
  });
});

describe('qa: deep folders and symlinks', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = copyProject(examplesLive)));
  afterEach(() => cleanup());

  it('finds jobs and tables 40 folders deep and reports their full relative path', () => {
    const deep = Array.from({ length: 40 }, (_, i) => `d${i + 1}`).join('/');
    fs.mkdirSync(path.join(dir, 'jobs', deep), { recursive: true });
    fs.mkdirSync(path.join(dir, 'tables', 'dws', deep), { recursive: true });
    fs.renameSync(path.join(dir, 'jobs', 'dws_live_room_1h.sql'), path.join(dir, 'jobs', deep, 'dws_live_room_1h.sql'));
    fs.renameSync(path.join(dir, 'tables', 'dws', 'dws_live_room_1h.sql'), path.join(dir, 'tables', 'dws', deep, 'dws_live_room_1h.sql'));
    assert.equal(strata(['check', '--project', dir]).status, 0);
    const file = path.join(dir, 'jobs', deep, 'dws_live_room_1h.sql');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('sum(like_cnt) AS like_cnt', 'sum(like_cntt) AS like_cnt'));
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, new RegExp(`^jobs/${deep}/dws_live_room_1h\\.sql:\\d+:9  error  unknown column 'like_cntt'`, 'm'));
  });

  it('follows a symlinked job file and survives a loop inside jobs/ and dangling links', () => {
    const { dir: shared, cleanup: dropShared } = tempDir();
    try {
      fs.renameSync(path.join(dir, 'jobs', 'dws_live_room_1h.sql'), path.join(shared, 'dws_live_room_1h.sql'));
      fs.symlinkSync(path.join(shared, 'dws_live_room_1h.sql'), path.join(dir, 'jobs', 'dws_live_room_1h.sql'));
      fs.mkdirSync(path.join(dir, 'jobs', 'a'));
      fs.symlinkSync('..', path.join(dir, 'jobs', 'a', 'up'));
      fs.symlinkSync(path.join(shared, 'nowhere.sql'), path.join(dir, 'jobs', 'dangling.sql'));
      fs.symlinkSync(path.join(shared, 'nowhere'), path.join(dir, 'jobs', 'dangling-folder'));
      const r = strata(['check', '--project', dir]);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const g = JSON.parse(strata(['graph', '--project', dir, '--format', 'json']).stdout);
      assert.ok(g.nodes.some((n: { id: string }) => n.id === 'job:dws_live_room_1h'));
    } finally {
      dropShared();
    }
  });

  // Was a bug, fixed: jobs/loop -> .. (a link back to the project root) makes check read tables/ again as jobs/loop/tables/** jobs: 84 bogus front-matter and INSERT errors (a regression of following symlinked folders)
  it('treats a link to the project root inside jobs/ as a loop', () => {
    fs.symlinkSync('..', path.join(dir, 'jobs', 'loop'));
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 0, r.stdout.slice(0, 2000));
    assert.doesNotMatch(r.stdout, /jobs\/loop\//);
  });

  // Was a bug (symlinked folders skipped silently), fixed during QA.
  it('follows a symlinked jobs folder, or at least warns that it skipped it', () => {
    const { dir: shared, cleanup: dropShared } = tempDir();
    try {
      fs.renameSync(path.join(dir, 'jobs', 'dws_live_room_1h.sql'), path.join(shared, 'dws_live_room_1h.sql'));
      fs.symlinkSync(shared, path.join(dir, 'jobs', 'shared'));
      const r = strata(['check', '--project', dir]);
      const g = JSON.parse(strata(['graph', '--project', dir, '--format', 'json']).stdout);
      const followed = g.nodes.some((n: { id: string }) => n.id === 'job:dws_live_room_1h');
      assert.ok(followed || /jobs\/shared.*symlink/.test(r.stdout + r.stderr), r.stdout + r.stderr);
    } finally {
      dropShared();
    }
  });
});
