import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ProjectIndex } from '../src/project-index';

const TABLE = 'CREATE TABLE dwd.dwd_a (id BIGINT, amount BIGINT) PARTITIONED BY (p_date STRING);\n';
const JOB = 'SELECT id FROM dwd.dwd_a;\n';

describe('ProjectIndex', () => {
  let root: string;
  let index: ProjectIndex;
  const text = (file: string) => index.fileAt(file)?.file.text;

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-index-'));
    fs.mkdirSync(path.join(root, 'tables/dwd'), { recursive: true });
    fs.mkdirSync(path.join(root, 'jobs'));
    fs.writeFileSync(path.join(root, 'strata.yaml'), 'name: t\nversion: 1\n');
    fs.writeFileSync(path.join(root, 'tables/dwd/dwd_a.sql'), TABLE);
    fs.writeFileSync(path.join(root, 'jobs/j.sql'), JOB);
    index = new ProjectIndex(root);
    await index.load();
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('says which other files an edit may have changed', () => {
    assert.deepEqual(index.edit('jobs/j.sql', 'SELECT amount FROM dwd.dwd_a;\n'), []);
    assert.deepEqual(index.edit('jobs/j.sql', 'SELECT amount FROM dwd.dwd_a;\n'), []);
    assert.deepEqual(index.edit('tables/dwd/dwd_a.sql', TABLE.replace('amount', 'paid')), ['jobs/j.sql']);
    assert.deepEqual(index.edit('notes/x.sql', 'SELECT 1'), []);
    assert.deepEqual(index.workspace?.analysis.get('jobs/j.sql')?.diagnostics.map((d) => d.code), ['unknown-column']);
  });

  it('keeps what was saved, and takes a closed unsaved file out of the workspace', () => {
    index.edit('jobs/j.sql', 'SELECT amount FROM dwd.dwd_a;\n');
    fs.writeFileSync(path.join(root, 'jobs/j.sql'), 'SELECT amount FROM dwd.dwd_a;\n');
    index.close('jobs/j.sql', 'SELECT amount FROM dwd.dwd_a;\n');
    index.edit('jobs/unsaved.sql', 'SELECT 1;\n');
    assert.deepEqual(index.close('jobs/unsaved.sql', undefined), []);
    assert.equal(text('jobs/j.sql'), 'SELECT amount FROM dwd.dwd_a;\n');
    assert.equal(text('jobs/unsaved.sql'), undefined);
    assert.deepEqual(index.workspace?.files.map((f) => f.file.path), ['tables/dwd/dwd_a.sql', 'jobs/j.sql']);
  });

  it('starts warm from the cache the first load wrote, and sees files changed on disk in between', async () => {
    assert.ok(fs.existsSync(path.join(root, '.strata/cache')));
    const anHourAgo = (file: string, seconds: number) => fs.utimesSync(path.join(root, file), new Date(Date.now() - seconds * 1000), new Date(Date.now() - seconds * 1000));
    ['tables/dwd/dwd_a.sql', 'jobs/j.sql'].forEach((f) => anHourAgo(f, 3600));
    await new ProjectIndex(root).load(); // memoizes the old files' hashes by stat
    // The table keeps its size, only its mtime tells: the stat signature changes, so the content is hashed again.
    fs.writeFileSync(path.join(root, 'tables/dwd/dwd_a.sql'), TABLE.replace('amount', 'paidxx'));
    fs.writeFileSync(path.join(root, 'jobs/j.sql'), JOB.replace('id', 'paidxx'));
    ['tables/dwd/dwd_a.sql', 'jobs/j.sql'].forEach((f) => anHourAgo(f, 1800));
    index = new ProjectIndex(root);
    const ws = await index.load();
    assert.deepEqual(ws.catalog.get('dwd.dwd_a')?.columns.map((c) => c.name), ['id', 'paidxx', 'p_date']);
    assert.equal(text('jobs/j.sql'), 'SELECT paidxx FROM dwd.dwd_a;\n');
    assert.deepEqual(ws.analysis.get('jobs/j.sql')?.diagnostics, []);
  });

  it('lets the newest of two overlapping loads win', async () => {
    fs.writeFileSync(path.join(root, 'jobs/j.sql'), 'SELECT amount FROM dwd.dwd_a;\n');
    const [first, second] = await Promise.all([index.load(), index.load()]);
    assert.equal(first, second);
    assert.equal(text('jobs/j.sql'), 'SELECT amount FROM dwd.dwd_a;\n');
  });
});
