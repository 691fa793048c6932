import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dryRunCommand, testCommand } from '../src/cli-task';
import { projectRootOf } from '../src/project-root';

describe('CLI commands', () => {
  it('dry-runs a job by its project-relative path, in the project folder', () => {
    const root = path.join(path.sep, 'w', 'proj');
    assert.deepEqual(dryRunCommand('strata', root, path.join(root, 'jobs', 'daily', 'a.sql')), { name: 'dry-run jobs/daily/a.sql', command: 'strata', args: ['dry-run', 'jobs/daily/a.sql'], cwd: root });
  });

  it('runs the tests of a project with the configured CLI', () => {
    assert.deepEqual(testCommand('/opt/strata/bin/strata', '/w/proj'), { name: 'test', command: '/opt/strata/bin/strata', args: ['test'], cwd: '/w/proj' });
  });

  it('finds the nearest folder holding strata.yaml, or none', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-root-'));
    try {
      fs.mkdirSync(path.join(dir, 'p', 'jobs', 'x'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'p', 'strata.yaml'), 'name: p\n');
      assert.equal(projectRootOf(path.join(dir, 'p', 'jobs', 'x')), path.join(dir, 'p'));
      assert.equal(projectRootOf(path.join(dir, 'p')), path.join(dir, 'p'));
      assert.equal(projectRootOf(dir), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
