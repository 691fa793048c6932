import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strata } from './helpers/run-cli';
import { assertUsageError, git, gitInit, tempProject, writeFiles } from './helpers/lint-fixtures';

/* `strata lint --staged` and `--changed-since`, end to end in temporary git repositories. */

const RULES = ['--rule', 'ST01', '--rule', 'ST02', '--rule', 'ST03', '--rule', 'ST04'];
const GOOD = 'SELECT id FROM dwd.dwd_a_di;\n';
const BAD = 'select id from dwd.dwd_a_di;\n';

function jsonPaths(stdout: string): string[] {
  return JSON.parse(stdout).files.map((f: { path: string }) => f.path);
}

describe('strata lint --staged', () => {
  it('lints the index text of a partially staged file and leaves the work tree alone', () => {
    const { dir, cleanup } = tempProject({ 'jobs/a.sql': GOOD, 'jobs/b.sql': GOOD });
    try {
      gitInit(dir);
      const job = path.join(dir, 'jobs', 'a.sql');
      fs.writeFileSync(job, `-- first line\n${BAD}`);
      git(dir, 'add', 'jobs/a.sql');
      // The work tree then gets fixed but not staged: the commit would still carry the bad text.
      fs.writeFileSync(job, `-- first line\n${GOOD}-- more\n`);
      const before = { text: fs.readFileSync(job, 'utf8'), mtime: fs.statSync(job).mtimeMs, status: git(dir, 'status', '--porcelain') };
      assert.equal(before.status, 'MM jobs/a.sql\n');
      const r = strata(['lint', ...RULES, '--staged'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(r.stdout.split('\n'), [
        "jobs/a.sql:2:1  warning  keyword 'select' should be upper-case: 'SELECT'  ST01",
        "jobs/a.sql:2:11  warning  keyword 'from' should be upper-case: 'FROM'  ST01",
        '',
        '✖ 2 problems (0 errors, 2 warnings) in 1 file, 2 fixable with --fix',
        '',
      ]);
      assert.deepEqual({ text: fs.readFileSync(job, 'utf8'), mtime: fs.statSync(job).mtimeMs, status: git(dir, 'status', '--porcelain') }, before);
    } finally {
      cleanup();
    }
  });

  it('passes a staged good text even when the work tree is bad; --max-warnings 0 blocks a staged bad one', () => {
    const { dir, cleanup } = tempProject({ 'jobs/a.sql': 'SELECT 1;\n' });
    try {
      gitInit(dir);
      fs.writeFileSync(path.join(dir, 'jobs', 'a.sql'), GOOD);
      git(dir, 'add', 'jobs/a.sql');
      fs.writeFileSync(path.join(dir, 'jobs', 'a.sql'), BAD);
      const good = strata(['lint', ...RULES, '--staged', '--max-warnings', '0'], dir);
      assert.equal(good.status, 0, good.stdout);
      assert.equal(good.stdout, '✔ 1 file linted, no problems\n');
      git(dir, 'add', 'jobs/a.sql');
      const bad = strata(['lint', ...RULES, '--staged', '--max-warnings', '0'], dir);
      assert.equal(bad.status, 1, bad.stdout);
    } finally {
      cleanup();
    }
  });

  it('only .sql files under tables/ and jobs/ (not deleted ones; any file name), narrowed by PATHS; nothing staged is a clean run', () => {
    const { dir, cleanup } = tempProject({ 'jobs/gone.sql': BAD });
    try {
      gitInit(dir);
      assert.equal(strata(['lint', '--staged'], dir).stdout, '✔ 0 files linted, no problems\n');
      writeFiles(dir, { 'jobs/a.sql': BAD, 'jobs/sub/b é.sql': BAD, 'scratch/c.sql': BAD, 'jobs/notes.md': BAD, 'seeds/x.csv': 'a\n1\n' });
      fs.rmSync(path.join(dir, 'jobs', 'gone.sql'));
      git(dir, 'add', '-A');
      const r = strata(['lint', ...RULES, '--staged', '--format', 'json'], dir);
      assert.deepEqual(jsonPaths(r.stdout), ['jobs/a.sql', 'jobs/sub/b é.sql']);
      const narrowed = strata(['lint', ...RULES, '--staged', '--format', 'json', 'jobs/sub'], dir);
      assert.deepEqual(jsonPaths(narrowed.stdout), ['jobs/sub/b é.sql']);
      assert.equal(JSON.parse(narrowed.stdout).warnings, 2, 'index text found for a name with a space and an accent');
    } finally {
      cleanup();
    }
  });

  it('a project in a sub-folder of the repository; SARIF and GitHub paths are repository-relative', () => {
    const { dir, cleanup } = tempProject({});
    try {
      const project = path.join(dir, 'warehouse');
      fs.mkdirSync(project);
      for (const f of ['strata.yaml', 'tables']) fs.renameSync(path.join(dir, f), path.join(project, f));
      gitInit(dir);
      writeFiles(project, { 'jobs/a.sql': BAD });
      git(dir, 'add', '-A');
      const r = strata(['lint', ...RULES, '--staged', '--format', 'github'], project);
      assert.equal(r.stdout.split('\n')[0], "::warning file=warehouse/jobs/a.sql,line=1,col=1,endLine=1,endColumn=7,title=ST01::keyword 'select' should be upper-case: 'SELECT'");
      const sarif = JSON.parse(strata(['lint', ...RULES, '--staged', '--format', 'sarif'], project).stdout);
      assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'warehouse/jobs/a.sql');
    } finally {
      cleanup();
    }
  });

  it('a staged binary file is one clear line', () => {
    const { dir, cleanup } = tempProject({});
    try {
      gitInit(dir);
      writeFiles(dir, { 'jobs/bin.sql': Buffer.from([0x53, 0, 1]) });
      git(dir, 'add', '-A');
      const r = strata(['lint', '--staged'], dir);
      assert.equal(r.status, 1);
      assert.equal(r.stdout.split('\n')[0], 'jobs/bin.sql:1:1  error  binary file: expected UTF-8 SQL text; remove it from the lint paths or fix its encoding  binary-file');
    } finally {
      cleanup();
    }
  });

  it('outside a git repository: exit 2, one line', () => {
    const { dir, cleanup } = tempProject({ 'jobs/a.sql': GOOD });
    try {
      assertUsageError(strata(['lint', '--staged'], dir), /^error {2}--staged needs a git repository, and '.*' is not inside one; name the files to lint instead$/);
    } finally {
      cleanup();
    }
  });
});

describe('strata lint --changed-since', () => {
  it('lints files changed since the merge-base with REF: committed on the branch, modified, untracked', () => {
    const { dir, cleanup } = tempProject({ 'jobs/committed.sql': GOOD, 'jobs/modified.sql': GOOD, 'jobs/untouched.sql': BAD, 'jobs/deleted.sql': GOOD });
    try {
      gitInit(dir);
      git(dir, 'checkout', '-q', '-b', 'feature');
      fs.writeFileSync(path.join(dir, 'jobs', 'committed.sql'), BAD);
      git(dir, 'commit', '-q', '-am', 'change');
      // main moves on after the branch point: its changes are not this branch's
      git(dir, 'checkout', '-q', 'main');
      writeFiles(dir, { 'jobs/on-main.sql': BAD });
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'main moves');
      git(dir, 'checkout', '-q', 'feature');
      fs.writeFileSync(path.join(dir, 'jobs', 'modified.sql'), BAD);
      writeFiles(dir, { 'jobs/untracked.sql': BAD, 'notes/x.sql': BAD });
      fs.rmSync(path.join(dir, 'jobs', 'deleted.sql'));
      const r = strata(['lint', ...RULES, '--changed-since', 'main', '--format', 'json'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(jsonPaths(r.stdout), ['jobs/committed.sql', 'jobs/modified.sql', 'jobs/untracked.sql']);
      assert.equal(JSON.parse(r.stdout).warnings, 6);
    } finally {
      cleanup();
    }
  });

  it('an unknown REF: exit 2, one line', () => {
    const { dir, cleanup } = tempProject({ 'jobs/a.sql': GOOD });
    try {
      gitInit(dir);
      assertUsageError(strata(['lint', '--changed-since', 'nope'], dir), /^error {2}--changed-since nope: 'nope' is not a branch, tag or commit/);
    } finally {
      cleanup();
    }
  });
});
