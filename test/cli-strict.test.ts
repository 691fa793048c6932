import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyProject, examplesLive, strata, tempDir } from './helpers/run-cli';

describe('strata check --strict', () => {
  it('passes on examples/live and caches verdicts under .strata/cache/oracle', () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      const r = strata(['check', '--strict', '--project', dir]);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const cache = path.join(dir, '.strata', 'cache', 'oracle');
      assert.ok(fs.readdirSync(cache).length > 0, 'verdicts cached on disk');
      assert.equal(strata(['check', '--strict', '--project', dir]).status, 0);
    } finally {
      cleanup();
    }
  });

  it('reports what only the reference grammar rejects, one line per statement', () => {
    const { dir, cleanup } = tempDir();
    try {
      // dt-sql-parser's Flink grammar has no aggregate FILTER clause; the fast parser accepts it.
      fs.writeFileSync(path.join(dir, 'f.sql'), 'SELECT count(*) FILTER (WHERE a > 1) AS n FROM t;\nSELECT 1;\n');
      assert.equal(strata(['check', '--file', 'f.sql', '--dialect', 'flink'], dir).status, 0);
      const r = strata(['check', '--strict', '--file', 'f.sql', '--dialect', 'flink'], dir);
      assert.equal(r.status, 1);
      assert.deepEqual(r.stdout.trim().split('\n').slice(0, -1), [
        "f.sql:1:17  error  'FILTER' is not valid at this position, expecting an existing column or a keyword  strict-syntax",
      ]);
    } finally {
      cleanup();
    }
  });
});
