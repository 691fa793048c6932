import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadProject, type Project } from '../../src/project';
import { loadCachedWorkspace } from '../../src/tasks/cached-workspace';

/*
 * Parsed test files in the analysis cache: a warm load gives exactly the tests and problems of a
 * plain load, without parsing unchanged YAML again.
 */

const live = path.resolve(__dirname, '../../../../examples/live');
const giftTest = path.join('tests', 'dim_gift_df.yaml');

/** The pack files holding parsed test files. */
function testShards(root: string): string[] {
  const packs = path.join(root, '.strata', 'cache', 'packs');
  return fs.readdirSync(packs, { recursive: true }).map((f) => path.join(packs, String(f))).filter((f) => f.endsWith('.json') && fs.readFileSync(f, 'utf8').includes('"parsed":'));
}

/** What a project holds of its tests: the specs and the test files' problems. */
function testsOf(project: Project): unknown {
  return { tests: project.tests, problems: project.diagnostics.filter((d) => d.file.startsWith('tests/')) };
}

describe('tasks/test-file-cache (parsed tests/*.yaml in the analysis cache)', () => {
  let root: string;
  const warm = async () => testsOf((await loadCachedWorkspace({ project: root, cwd: root })).project);
  const plain = async () => testsOf(await loadProject(root));

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-test-file-cache-'));
    fs.cpSync(live, root, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('stores every test file once and answers the next load from the store (proved by planting a value)', async () => {
    const expected = await plain();
    assert.deepEqual(await warm(), expected);
    const shards = testShards(root);
    assert.equal(shards.reduce((n, f) => n + fs.readFileSync(f, 'utf8').split('"parsed":').length - 1, 0), fs.readdirSync(path.join(root, 'tests')).length);
    const shard = shards.find((f) => fs.readFileSync(f, 'utf8').includes('tests/dim_gift_df.yaml'))!;
    fs.writeFileSync(shard, fs.readFileSync(shard, 'utf8').replace('"job":"dim_gift_df"', '"job":"planted"'));
    const planted = (await warm()) as { tests: { path: string; data: { job: string } }[] };
    assert.equal(planted.tests.find((t) => t.path === 'tests/dim_gift_df.yaml')?.data.job, 'planted');
  });

  it('parses an edited test file again: its new problem is reported, as a plain load reports it', async () => {
    await warm();
    const file = path.join(root, giftTest);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace("date: '2026-11-25'", 'date: tomorrow'));
    const expected = (await plain()) as { problems: { file: string; message: string }[] };
    assert.equal(expected.problems.length, 1);
    assert.equal(expected.problems[0].file, 'tests/dim_gift_df.yaml');
    assert.deepEqual(await warm(), expected);
    assert.deepEqual(await warm(), expected);
  });

  it('ignores truncated or garbage shards and rebuilds them', async () => {
    const expected = await plain();
    await warm();
    testShards(root).forEach((f, i) => (i % 2 === 0 ? fs.truncateSync(f, 9) : fs.writeFileSync(f, 'not json')));
    assert.deepEqual(await warm(), expected);
    assert.equal(testShards(root).length > 0, true);
    assert.deepEqual(await warm(), expected);
  });

  it('does not store a spec JSON would change (NaN), and loads it right every time', async () => {
    const file = path.join(root, giftTest);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('price_coin: 1,', 'price_coin: .nan,'));
    const expected = (await plain()) as { tests: { path: string; data: { given: Record<string, { price_coin: number }[]> } }[] };
    assert.ok(Number.isNaN(expected.tests.find((t) => t.path === 'tests/dim_gift_df.yaml')?.data.given['ods.ods_gift_config_db_df'][0].price_coin));
    assert.deepEqual(await warm(), expected);
    assert.equal(testShards(root).some((f) => fs.readFileSync(f, 'utf8').includes('tests/dim_gift_df.yaml')), false);
    assert.deepEqual(await warm(), expected);
  });
});
