import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertNoStack, copyProject, examplesLive, repoRoot, strata, tempDir } from './helpers/run-cli';

const UGLY = "select a,b from t where p_date='${date}' -- today\n";
const PRETTY = "SELECT\n  a,\n  b\nFROM\n  t\nWHERE\n  p_date = '${date}' -- today\n";

/** A small project: one unformatted job, one formatted job, one table. */
function smallProject(files: Record<string, string | Buffer> = {}): { dir: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const all = { 'strata.yaml': 'name: demo\n', 'jobs/ugly.sql': UGLY, 'jobs/pretty.sql': PRETTY, ...files };
  for (const [file, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return { dir, cleanup };
}

/** The built CLI with `input` on standard input. */
function strataStdin(args: string[], input: string, cwd: string) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'cli', 'bin', 'run.js'), ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('strata format', () => {
  it('--check lists the files that would change, exits 1 and writes nothing', () => {
    const { dir, cleanup } = smallProject();
    try {
      const r = strata(['format', '--check'], dir);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.equal(r.stdout, 'would reformat  jobs/ugly.sql\n✖ 1 of 2 files would be reformatted\n');
      assert.equal(fs.readFileSync(path.join(dir, 'jobs/ugly.sql'), 'utf8'), UGLY);
    } finally {
      cleanup();
    }
  });

  it('writes in place and says what changed; then --check exits 0', () => {
    const { dir, cleanup } = smallProject();
    try {
      const r = strata(['format'], dir);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, 'formatted  jobs/ugly.sql\n✔ 1 file formatted, 1 unchanged\n');
      assert.equal(fs.readFileSync(path.join(dir, 'jobs/ugly.sql'), 'utf8'), PRETTY);
      const again = strata(['format', '--check'], dir);
      assert.equal(again.status, 0, again.stdout + again.stderr);
      assert.equal(again.stdout, '✔ 2 files already formatted\n');
    } finally {
      cleanup();
    }
  });

  it('formats standard input as the named file and prints only the result', () => {
    const { dir, cleanup } = smallProject();
    try {
      const r = strataStdin(['format', '--stdin-filename', 'jobs/ugly.sql'], UGLY, dir);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, PRETTY);
      assert.equal(r.stderr, '');
      assert.equal(fs.readFileSync(path.join(dir, 'jobs/ugly.sql'), 'utf8'), UGLY);
    } finally {
      cleanup();
    }
  });

  it('passes standard input through unchanged when it does not parse, with the error on stderr and exit 1', () => {
    const { dir, cleanup } = smallProject();
    try {
      const r = strataStdin(['format', '--stdin-filename', 'jobs/new.sql'], 'select a from t where', dir);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, 'select a from t where');
      assert.match(r.stderr, /^jobs\/new\.sql:1:22  error  .*; fix the syntax error to format this file\n$/);
    } finally {
      cleanup();
    }
  });

  it('refuses binary standard input with one line and exit 1', () => {
    const { dir, cleanup } = smallProject();
    try {
      const r = strataStdin(['format', '--stdin-filename', 'jobs/x.sql'], 'a\0b', dir);
      assert.equal(r.status, 1);
      assert.equal(r.stderr, 'jobs/x.sql  error  binary file: expected UTF-8 SQL text; not formatted\n');
    } finally {
      cleanup();
    }
  });

  it('reports a file with a syntax error and a binary file on one line each, formats the rest, exits 1', () => {
    const { dir, cleanup } = smallProject({ 'jobs/broken.sql': 'select a from t where\n', 'jobs/blob.sql': Buffer.from([1, 0, 2]) });
    try {
      const r = strata(['format', 'jobs'], dir);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assertNoStack(r.stdout + r.stderr);
      assert.equal(r.stdout, [
        'jobs/blob.sql  error  binary file: expected UTF-8 SQL text; not formatted',
        'jobs/broken.sql:2:1  error  unexpected end of input, expected an expression; fix the syntax error to format this file',
        'formatted  jobs/ugly.sql',
        '✔ 1 file formatted, 1 unchanged; 2 files could not be formatted',
        '',
      ].join('\n').replace('✔', '✖'));
    } finally {
      cleanup();
    }
  });

  it('notes a statement kept as written, with its line, and formats the others', () => {
    const { dir, cleanup } = smallProject({ 'jobs/nested.sql': 'select 1;\n  select 1 /* a /* b */ c */ + 2;\n' });
    try {
      const r = strata(['format', 'jobs/nested.sql'], dir);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, [
        'formatted  jobs/nested.sql',
        'jobs/nested.sql:2:3  note  statement kept as written: sql-formatter would change its tokens',
        '✔ 1 file formatted, 0 unchanged',
        '',
      ].join('\n'));
      assert.equal(fs.readFileSync(path.join(dir, 'jobs/nested.sql'), 'utf8'), 'SELECT\n  1;\nselect 1 /* a /* b */ c */ + 2;\n');
    } finally {
      cleanup();
    }
  });

  it('prints a JSON envelope with --json', () => {
    const { dir, cleanup } = smallProject();
    try {
      const r = strata(['format', '--check', '--json'], dir);
      assert.equal(r.status, 1, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.status, 1);
      assert.deepEqual(out.result.files.map((f: { path: string; status: string }) => [f.path, f.status]), [['jobs/pretty.sql', 'unchanged'], ['jobs/ugly.sql', 'changed']]);
    } finally {
      cleanup();
    }
  });

  it('refuses bad format: options in strata.yaml and a missing path with one line and exit 2', () => {
    const { dir, cleanup } = smallProject({ 'strata.yaml': 'name: demo\nformat: {indent: 0}\n' });
    try {
      const bad = strata(['format'], dir);
      assert.equal(bad.status, 2);
      assert.equal(bad.stderr, "strata.yaml:2:18  error  format.indent: expected a number of spaces from 1 to 8, found '0'\n");
      fs.writeFileSync(path.join(dir, 'strata.yaml'), 'name: demo\n');
      const missing = strata(['format', 'jobs/nope.sql'], dir);
      assert.equal(missing.status, 2);
      assert.equal(missing.stderr, "error  no file or folder 'jobs/nope.sql'; check the path\n");
    } finally {
      cleanup();
    }
  });

  it('--check on a copy of examples/live reports every file, and after formatting the project still checks clean', () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      const check = strata(['format', '--check', '--project', dir]);
      assert.equal(check.status, 1, check.stderr);
      assert.match(check.stdout, /^would reformat {2}jobs\/dws_live_room_1d\.sql$/m);
      assert.equal(strata(['format', '--project', dir]).status, 0);
      const after = strata(['check', '--project', dir]);
      assert.equal(after.status, 0, after.stdout + after.stderr);
      assert.equal(strata(['format', '--check', '--project', dir]).status, 0);
    } finally {
      cleanup();
    }
  });
});
