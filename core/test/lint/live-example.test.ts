import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lintScript, loadProject } from '../../src';

describe('lint examples/live', () => {
  it('is clean of ST02, ST03, ST04 and parse errors', async () => {
    const project = await loadProject(join(__dirname, '..', '..', '..', '..', 'examples', 'live'));
    assert.ok(project.files.length > 20);
    const found = project.files.flatMap((file) =>
      lintScript({ text: file.text, dialect: file.dialect, rules: { ST01: 'off' } }).map((f) => `${file.path}:${f.start.line + 1}:${f.start.character + 1} ${f.code} ${f.message}`),
    );
    assert.deepEqual(found, []);
  });
});
