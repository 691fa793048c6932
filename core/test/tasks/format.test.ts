import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../../src/errors';
import { DEFAULT_FORMAT_SETTINGS, formatSettings } from '../../src/format';
import { format } from '../../src/tasks';
import { tempProject } from '../project/helpers';

const UGLY_TABLE = "create table dwd.dwd_x_di (a bigint comment 'a') partitioned by (p_date string);\n";
const PRETTY_TABLE = "CREATE TABLE dwd.dwd_x_di (a BIGINT COMMENT 'a')\nPARTITIONED BY (p_date STRING);\n";
const STREAM_JOB = "/*---\ntype: streaming\n---*/\ninsert into sink select `Name` from src;\n";
const PRETTY_STREAM_JOB = '/*---\ntype: streaming\n---*/\nINSERT INTO\n  sink\nSELECT\n  `Name`\nFROM\n  src;\n';

function project(extra: Record<string, string | Buffer> = {}) {
  return tempProject({
    'strata.yaml': 'name: demo\n',
    'tables/dwd/dwd_x_di.sql': UGLY_TABLE,
    'jobs/rt_x.sql': STREAM_JOB,
    ...extra,
  });
}

const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('tasks/format', () => {
  it('--check lists the files that would change and writes nothing', async () => {
    const { root, cleanup } = project({ 'jobs/ok.sql': 'SELECT\n  1;\n' });
    try {
      const result = await format({ cwd: root, check: true });
      assert.deepEqual(result.files.map((f) => [f.path, f.status, f.dialect]), [
        ['tables/dwd/dwd_x_di.sql', 'changed', 'spark'],
        ['jobs/ok.sql', 'unchanged', 'spark'],
        ['jobs/rt_x.sql', 'changed', 'flink'],
      ]);
      assert.equal(result.changed, 2);
      assert.equal(read(root, 'tables/dwd/dwd_x_di.sql'), UGLY_TABLE);
    } finally {
      cleanup();
    }
  });

  it('writes formatted files in place, leaving no temp files, and a second run finds nothing to do', async () => {
    const { root, cleanup } = project();
    try {
      const result = await format({ cwd: root });
      assert.deepEqual(result.files.map((f) => f.status), ['formatted', 'formatted']);
      assert.equal(read(root, 'tables/dwd/dwd_x_di.sql'), PRETTY_TABLE);
      assert.equal(read(root, 'jobs/rt_x.sql'), PRETTY_STREAM_JOB);
      assert.deepEqual(fs.readdirSync(path.join(root, 'jobs')), ['rt_x.sql']);
      assert.equal((await format({ cwd: root, check: true })).changed, 0);
    } finally {
      cleanup();
    }
  });

  it('formats only the given files and folders, relative to cwd', async () => {
    const { root, cleanup } = project();
    try {
      const result = await format({ cwd: path.join(root, 'jobs'), paths: ['rt_x.sql', '../tables/dwd'], check: true });
      assert.deepEqual(result.files.map((f) => f.path), ['jobs/rt_x.sql', 'tables/dwd/dwd_x_di.sql']);
    } finally {
      cleanup();
    }
  });

  it('does not format files with a syntax error or binary content, and says why', async () => {
    const { root, cleanup } = project({ 'jobs/broken.sql': 'select a from t where\n', 'jobs/blob.sql': Buffer.from([0x53, 0, 0x51]) });
    try {
      const result = await format({ cwd: root, paths: ['jobs'] });
      assert.deepEqual(result.files.map((f) => [f.path, f.status, f.problem]), [
        ['jobs/blob.sql', 'binary', { message: 'binary file: expected UTF-8 SQL text; not formatted' }],
        ['jobs/broken.sql', 'syntax-error', { message: 'unexpected end of input, expected an expression; fix the syntax error to format this file', start: { line: 1, character: 0 } }],
        ['jobs/rt_x.sql', 'formatted', undefined],
      ]);
      assert.equal(result.failed, 2);
      assert.equal(read(root, 'jobs/broken.sql'), 'select a from t where\n');
    } finally {
      cleanup();
    }
  });

  it('formats standard input as the named file (its dialect from the project) without writing', async () => {
    const { root, cleanup } = project();
    try {
      const result = await format({ cwd: root, stdin: { filename: 'jobs/rt_x.sql', text: STREAM_JOB } });
      assert.equal(result.output, PRETTY_STREAM_JOB);
      assert.deepEqual(result.files.map((f) => [f.path, f.status, f.dialect]), [['jobs/rt_x.sql', 'changed', 'flink']]);
      assert.equal(read(root, 'jobs/rt_x.sql'), STREAM_JOB);
    } finally {
      cleanup();
    }
  });

  it("uses strata.yaml's format: options", async () => {
    const { root, cleanup } = project({ 'strata.yaml': 'name: demo\nformat: {keyword_case: lower, indent: 4}\n' });
    try {
      const result = await format({ cwd: root, stdin: { filename: 'jobs/new.sql', text: 'SELECT a FROM t' } });
      assert.equal(result.output, 'select\n    a\nfrom\n    t\n');
    } finally {
      cleanup();
    }
  });

  it('formats standalone files outside a project, with the default options', async () => {
    const { root, cleanup } = tempProject({ 'q.sql': 'select 1' });
    try {
      const result = await format({ cwd: root, paths: ['q.sql'] });
      assert.deepEqual(result.files.map((f) => [f.path, f.status]), [['q.sql', 'formatted']]);
      assert.equal(read(root, 'q.sql'), 'SELECT\n  1\n');
    } finally {
      cleanup();
    }
  });

  it('reuses cached results for unchanged files, and ignores a damaged cache entry', async () => {
    const { root, cleanup } = project();
    try {
      await format({ cwd: root, check: true, cache: true });
      const folder = path.join(root, '.strata', 'cache', 'format');
      const entries = fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));
      // Each changed file stores its result and its formatted text (as already formatted).
      assert.equal(entries.length, 4);
      for (const entry of entries) fs.writeFileSync(path.join(folder, entry), '{"trunc');
      const again = await format({ cwd: root, cache: true });
      assert.deepEqual(again.files.map((f) => f.status), ['formatted', 'formatted']);
      assert.equal(read(root, 'jobs/rt_x.sql'), PRETTY_STREAM_JOB);
    } finally {
      cleanup();
    }
  });

  it('refuses a missing path and a run outside any project without paths', async () => {
    const { root, cleanup } = project();
    try {
      await assert.rejects(format({ cwd: root, paths: ['nope.sql'] }), (e: StrataError) => e.code === 'usage' && e.message === "no file or folder 'nope.sql'; check the path");
      await assert.rejects(format({ cwd: path.parse(root).root }), (e: StrataError) => e.code === 'usage' && /^no strata\.yaml found/.test(e.message));
    } finally {
      cleanup();
    }
  });

  it('fills the format: defaults', () => {
    assert.deepEqual(formatSettings({}), DEFAULT_FORMAT_SETTINGS);
    assert.deepEqual(formatSettings({ keyword_case: 'preserve', line_width: 80 }), { keywordCase: 'preserve', indent: 2, lineWidth: 80 });
  });
});
