import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertNoStack, copyProject, examplesLive, strata, tempDir } from './helpers/run-cli';

describe('strata check on bad input', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  const checkFile = (name: string, content: string | Buffer, dialect = 'spark') => {
    fs.writeFileSync(path.join(dir, name), content);
    const r = strata(['check', '--file', name, '--dialect', dialect], dir);
    assertNoStack(r.stdout + r.stderr);
    return r;
  };

  it('accepts an empty file', () => {
    const r = checkFile('empty.sql', '');
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('refuses a binary file with one line and exit 2', () => {
    const r = checkFile('blob.sql', Buffer.from([0x53, 0x45, 0x00, 0xff, 0xfe, 0x01, 0x02]));
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /blob\.sql.*binary file/);
  });

  it('checks a 5 MB file', () => {
    const stmt = "INSERT OVERWRITE TABLE dws.t PARTITION (p_date = '${date}') SELECT a, count(*) AS n FROM dwd.s WHERE p_date = '${date}' GROUP BY a;\n";
    const r = checkFile('big.sql', stmt.repeat(Math.ceil((5 * 1024 * 1024) / stmt.length)));
    assert.equal(r.status, 0, r.stdout.slice(0, 500) + r.stderr);
  });

  it('reports an unterminated string at its position', () => {
    const r = checkFile('s.sql', "SELECT a FROM t\nWHERE b = 'oops;\n");
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^s\.sql:2:11  error  .*unterminated string/m);
  });

  it('reports an unterminated comment at its position', () => {
    const r = checkFile('c.sql', 'SELECT a FROM t;\n/* never closed\nSELECT 1;\n');
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^c\.sql:2:1  error  .*unterminated (block )?comment/m);
  });

  it('points at the offending token of a syntax error', () => {
    const r = checkFile('x.sql', 'SELECT a,\nFROM t;\n');
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^x\.sql:2:1  error  /m);
  });

  it('explains a missing file with exit 2', () => {
    const r = strata(['check', '--file', 'nope.sql'], dir);
    assert.equal(r.status, 2);
    assertNoStack(r.stderr);
  });

  it('explains a missing --project folder in one line, exit 2', () => {
    const r = strata(['check', '--project', 'nowhere'], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim(), 'error  Parsing --project: No directory found at nowhere');
  });

  it('explains how to find a project when there is none', () => {
    const r = strata(['check'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no strata\.yaml found/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });
});

describe('strata check on a broken project', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = copyProject(examplesLive)));
  afterEach(() => cleanup());

  it('names the unknown key in strata.yaml with its line, exit 2', () => {
    const file = path.join(dir, 'strata.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8') + 'tabels: tables\n');
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 2);
    assertNoStack(r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /strata\.yaml:\d+:1 .*tabels/);
  });

  it('reports invalid YAML front matter at its line in the .sql file, exit 1', () => {
    const jobs = fs.readdirSync(path.join(dir, 'jobs')).sort();
    const file = path.join(dir, 'jobs', jobs[0]);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('/*---\n', '/*---\nowner: [unclosed\n'));
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assertNoStack(r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`^jobs/${jobs[0].replace('.', '\\.')}:2:\\d+  error  `, 'm'));
  });
});
