import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strata, tempDir } from './helpers/run-cli';
import { strataWithInput, tempProject, writeFiles } from './helpers/lint-fixtures';

/* `strata lint --fix` and `--stdin-filename`, end to end on temporary projects. */

const RULES = ['--rule', 'ST01', '--rule', 'ST02', '--rule', 'ST03', '--rule', 'ST04'];

describe('strata lint --fix', () => {
  it('writes the fixed text, lint-clean of fixable findings, reports what is left, leaves no temp file', () => {
    const { dir, cleanup } = tempProject({
      'jobs/a.sql': 'select id   \nfrom dwd.dwd_a_di union select id from dwd.dwd_a_di',
      'jobs/clean.sql': 'SELECT id FROM dwd.dwd_a_di;\n',
    });
    try {
      const job = path.join(dir, 'jobs', 'a.sql');
      fs.chmodSync(job, 0o640);
      const cleanBefore = fs.statSync(path.join(dir, 'jobs', 'clean.sql')).mtimeMs;
      const r = strata(['lint', ...RULES, '--fix'], dir);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(fs.readFileSync(job, 'utf8'), 'SELECT id\nFROM dwd.dwd_a_di UNION SELECT id FROM dwd.dwd_a_di\n');
      assert.deepEqual(r.stdout.split('\n'), [
        "jobs/a.sql:2:19  warning  say 'UNION ALL' or 'UNION DISTINCT': a bare UNION silently removes duplicate rows  ST04",
        '',
        '✖ 1 problem (0 errors, 1 warning) in 3 files (fixed 1 file)',
        '',
      ]);
      assert.equal(fs.statSync(job).mode & 0o777, 0o640, 'permissions kept');
      assert.equal(fs.statSync(path.join(dir, 'jobs', 'clean.sql')).mtimeMs, cleanBefore, 'a clean file is not rewritten');
      assert.deepEqual(fs.readdirSync(path.join(dir, 'jobs')).sort(), ['a.sql', 'clean.sql']);
      const again = JSON.parse(strata(['lint', ...RULES, '--format', 'json'], dir).stdout);
      assert.equal(again.fixable, 0);
    } finally {
      cleanup();
    }
  });

  it('writes a file that had a parse error when the fixes add none; the error is still reported', () => {
    const { dir, cleanup } = tempProject({ 'jobs/a.sql': 'select id from dwd.dwd_a_di;\nSELECT FROM WHERE;\nselect 1;\n' });
    try {
      const r = strata(['lint', ...RULES, '--fix', '--format', 'json'], dir);
      assert.equal(r.status, 1);
      assert.equal(fs.readFileSync(path.join(dir, 'jobs', 'a.sql'), 'utf8'), 'SELECT id FROM dwd.dwd_a_di;\nSELECT FROM WHERE;\nSELECT 1;\n');
      const out = JSON.parse(r.stdout);
      const a = out.files.find((f: { path: string }) => f.path === 'jobs/a.sql');
      assert.equal(a.fix, 'fixed');
      assert.deepEqual(a.findings.map((f: { code: string; line: number }) => [f.code, f.line]), [['parse-error', 2]]);
      assert.equal(out.fixed, 1);
    } finally {
      cleanup();
    }
  });

  it('fixes standalone files outside a project too', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFiles(dir, { 'q.sql': 'select 1  ' });
      const r = strata(['lint', ...RULES, '--fix', 'q.sql'], dir);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(fs.readFileSync(path.join(dir, 'q.sql'), 'utf8'), 'SELECT 1\n');
      assert.equal(r.stdout, '✔ 1 file linted, no problems (fixed 1 file)\n');
    } finally {
      cleanup();
    }
  });
});

describe('strata lint --stdin-filename', () => {
  it('lints standard input as the project file it names, in the project context; never touches the disk', () => {
    const { dir, cleanup } = tempProject({ 'jobs/a.sql': 'SELECT id FROM dwd.dwd_a_di;\n' });
    try {
      const r = strataWithInput(['lint', ...RULES, '--stdin-filename', 'jobs/a.sql'], dir, 'select id FROM dwd.dwd_a_di;\n');
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(r.stdout.split('\n'), ["jobs/a.sql:1:1  warning  keyword 'select' should be upper-case: 'SELECT'  ST01", '', '✖ 1 problem (0 errors, 1 warning) in 1 file, 1 fixable with --fix', '']);
      const fromSub = strataWithInput(['lint', ...RULES, '--stdin-filename', 'new.sql', '--format', 'json'], path.join(dir, 'jobs'), 'SELECT 1\n');
      assert.deepEqual(JSON.parse(fromSub.stdout).files.map((f: { path: string }) => f.path), ['jobs/new.sql'], 'a new project file, project-relative');
      assert.equal(fs.existsSync(path.join(dir, 'jobs', 'new.sql')), false);
    } finally {
      cleanup();
    }
  });

  it('with --fix prints exactly the fixed text on stdout and the report on stderr', () => {
    const { dir, cleanup } = tempProject({ 'jobs/a.sql': 'SELECT id FROM dwd.dwd_a_di;\n' });
    try {
      const r = strataWithInput(['lint', ...RULES, '--stdin-filename', 'jobs/a.sql', '--fix'], dir, 'select id from dwd.dwd_a_di union select 1  ');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, 'SELECT id FROM dwd.dwd_a_di UNION SELECT 1\n');
      assert.match(r.stderr, /^jobs\/a\.sql:1:29 {2}warning {2}say 'UNION ALL'/m);
      assert.equal(fs.readFileSync(path.join(dir, 'jobs', 'a.sql'), 'utf8'), 'SELECT id FROM dwd.dwd_a_di;\n');
    } finally {
      cleanup();
    }
  });

  it('outside a project lints standalone, dialect from front matter; binary input is one line', () => {
    const { dir, cleanup } = tempDir();
    try {
      const flink = strataWithInput(['lint', ...RULES, '--stdin-filename', 'x.sql'], dir, '/*---\ndialect: flink\n---*/\nSELECT a IS JSON FROM t;\n');
      assert.equal(flink.status, 0, flink.stdout);
      const spark = strataWithInput(['lint', ...RULES, '--stdin-filename', 'x.sql'], dir, 'SELECT a IS JSON FROM t;\n');
      assert.equal(spark.status, 1);
      assert.match(spark.stdout, /^x\.sql:1:\d+ {2}error {2}.* {2}parse-error$/m);
      const binary = strataWithInput(['lint', '--stdin-filename', 'x.sql'], dir, Buffer.from([0, 1, 2]));
      assert.equal(binary.status, 1);
      assert.equal(binary.stdout.split('\n')[0], 'x.sql:1:1  error  binary file: expected UTF-8 SQL text; remove it from the lint paths or fix its encoding  binary-file');
    } finally {
      cleanup();
    }
  });
});
