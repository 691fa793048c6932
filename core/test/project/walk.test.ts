import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { walk } from '../../src/project/walk';
import { tempProject } from './helpers';

/** A project whose folders hold files, dot-folders, node_modules and symlinks of every kind. */
function linkedProject(): { root: string; cleanup: () => void } {
  const project = tempProject({
    'strata.yaml': 'name: walk\n',
    'jobs/b.sql': '',
    'jobs/A.SQL': '',
    'jobs/notes.txt': '',
    'jobs/z/deep/c.sql': '',
    'jobs/.hidden/h.sql': '',
    'jobs/node_modules/n.sql': '',
    'jobs/dir.sql/inner.sql': '',
    'shared/s.sql': '',
    'tables/t.sql': '',
  });
  const link = (target: string, at: string) => fs.symlinkSync(target, path.join(project.root, at));
  link(path.join(project.root, 'shared'), 'jobs/shared');
  link(path.join(project.root, 'shared'), 'jobs/shared-again');
  link(path.join(project.root, 'shared', 's.sql'), 'jobs/s-link.sql');
  link(project.root, 'jobs/up');
  link(path.join(project.root, 'missing.sql'), 'jobs/dangling.sql');
  link(path.join(project.root, 'jobs', 'loop.sql'), 'jobs/loop.sql');
  return project;
}

describe('project/walk', () => {
  let project: { root: string; cleanup: () => void };
  before(() => {
    project = linkedProject();
  });
  after(() => project.cleanup());

  const cases: [string, string, string[], boolean, string[]][] = [
    [
      'follows a linked folder once, takes linked files, skips dot-folders, node_modules, links up to the root, dangling and looping links',
      'jobs',
      ['.sql'],
      true,
      ['jobs/A.SQL', 'jobs/b.sql', 'jobs/dir.sql/inner.sql', 'jobs/s-link.sql', 'jobs/shared/s.sql', 'jobs/z/deep/c.sql'],
    ],
    ['not recursive: the folder\'s own files', 'jobs', ['.sql'], false, ['jobs/A.SQL', 'jobs/b.sql', 'jobs/s-link.sql']],
    ['other extensions', 'jobs', ['.txt'], true, ['jobs/notes.txt']],
    ['a folder given as ./x/', './tables/', ['.sql'], true, ['tables/t.sql']],
    ['a missing folder yields nothing', 'seeds', ['.csv'], true, []],
  ];
  for (const [what, dir, extensions, recursive, expected] of cases) {
    it(what, async () => {
      assert.deepEqual(await walk(project.root, dir, extensions, recursive), expected);
    });
  }
});
