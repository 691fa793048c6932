import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ALL_RULES, type LintFinding } from '../../src/lint';
import { WorkspaceCache } from '../../src/tasks/cached-workspace';
import { lint, type LintResult } from '../../src/tasks/lint';
import { LintCache } from '../../src/tasks/lint-cache';
import type { Workspace } from '../../src/tasks/workspace';
import { tempProject } from '../project/helpers';

const live = path.resolve(__dirname, '../../../../examples/live');

const FILES = {
  'strata.yaml': 'name: t\n',
  // Commented and unpartitioned, so that only keyword case (ST01) has something to say.
  'tables/ods/ods_a_di.sql': "CREATE TABLE ods.ods_a_di (id BIGINT COMMENT 'id', name STRING COMMENT 'name') COMMENT 'a';\n",
  'tables/ods/ods_b_di.sql': "CREATE TABLE ods.ods_b_di (id BIGINT COMMENT 'id') COMMENT 'b';\n",
  'jobs/a.sql': 'select id from ods.ods_a_di;\n',
  'jobs/b.sql': 'SELECT id FROM ods.ods_b_di;\n',
};

function cacheFiles(root: string): string[] {
  const folder = path.join(root, '.strata');
  return fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.json')) : [];
}

function write(root: string, file: string, text: string): void {
  fs.writeFileSync(path.join(root, file), text);
}

/** `path line:col code severity` per finding. */
function lines(result: LintResult): string[] {
  return result.files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.start.line + 1}:${x.start.character + 1} ${x.code} ${x.severity}`));
}

describe('tasks/lint with the analysis cache', () => {
  let root: string;
  let cleanup: () => void;
  beforeEach(() => ({ root, cleanup } = tempProject(FILES)));
  afterEach(() => cleanup());

  it('writes nothing with cache: false, and the cached results equal the uncached ones, cold and warm', async () => {
    const uncached = await lint({ project: root, cwd: root, cache: false });
    assert.deepEqual(cacheFiles(root), []);
    assert.deepEqual(await lint({ project: root, cwd: root }), uncached);
    assert.ok(cacheFiles(root).length > 0);
    assert.deepEqual(await lint({ project: root, cwd: root }), uncached);
  });

  it('redoes findings when a strata.yaml lint setting changes', async () => {
    assert.deepEqual(lines(await lint({ project: root, cwd: root })), ['jobs/a.sql 1:1 ST01 warning', 'jobs/a.sql 1:11 ST01 warning']);
    write(root, 'strata.yaml', 'name: t\nlint:\n  rules: {ST01: error}\n');
    assert.deepEqual(lines(await lint({ project: root, cwd: root })), ['jobs/a.sql 1:1 ST01 error', 'jobs/a.sql 1:11 ST01 error']);
    write(root, 'strata.yaml', 'name: t\nlint:\n  overrides: [{files: "jobs/a.sql", rules: {ST01: off}}]\n');
    assert.deepEqual(lines(await lint({ project: root, cwd: root })), []);
  });

  it('redoes the findings of an edited file, and keys in-memory contents by their text', async () => {
    await lint({ project: root, cwd: root });
    write(root, 'jobs/b.sql', 'select id from ods.ods_b_di;\n');
    assert.deepEqual(lines(await lint({ project: root, cwd: root, paths: ['jobs/b.sql'] })), ['jobs/b.sql 1:1 ST01 warning', 'jobs/b.sql 1:11 ST01 warning']);
    const contents = { 'jobs/b.sql': 'SELECT id FROM ods.ods_b_di;\n' };
    assert.deepEqual(lines(await lint({ project: root, cwd: root, paths: ['jobs/b.sql'], contents })), []);
    assert.deepEqual(lines(await lint({ project: root, cwd: root, paths: ['jobs/b.sql'] })), ['jobs/b.sql 1:1 ST01 warning', 'jobs/b.sql 1:11 ST01 warning']);
  });

  it('rebuilds truncated lint entries silently', async () => {
    const cold = await lint({ project: root, cwd: root });
    for (const file of cacheFiles(root)) fs.truncateSync(path.join(root, '.strata', file), 7);
    assert.deepEqual(await lint({ project: root, cwd: root }), cold);
    assert.deepEqual(await lint({ project: root, cwd: root }), cold);
  });

  it('returns the uncached result on examples/live, cold and warm', async function () {
    this.timeout(120_000);
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-lint-cache-'));
    try {
      fs.cpSync(live, copy, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
      const uncached = await lint({ project: copy, cwd: copy, cache: false });
      assert.deepEqual(await lint({ project: copy, cwd: copy }), uncached);
      assert.deepEqual(await lint({ project: copy, cwd: copy }), uncached);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  describe('what a stored finding depends on', () => {
    /**
     * Lints jobs/a.sql through a LintCache with `rule` (given the catalog, as rules get it, and the
     * watched workspace); returns its finding's message and whether `rule` ran.
     */
    async function lintA(rule: (catalog: Workspace['catalog'], workspace: Workspace) => string): Promise<{ message: string; ran: boolean }> {
      const cache = new WorkspaceCache(root, { cwd: root });
      const ws = await cache.load();
      const findings = new LintCache(root, cache, ALL_RULES);
      const wf = ws.files.find((f) => f.file.path === 'jobs/a.sql')!;
      let ran = false;
      const found = findings.findings(ws, wf, {}, (watched) => {
        ran = true;
        return [finding(rule(ws.catalog, watched))];
      });
      findings.save(false);
      return { message: found[0].message, ran };
    }

    const columnsOfA = (catalog: Workspace['catalog']) => catalog.get('ods.ods_a_di')?.columns.map((c) => c.name).join(',') ?? 'none';
    const jobCount = (_catalog: Workspace['catalog'], workspace: Workspace) => String(workspace.jobs.size);

    it('keeps a parser-only result across edits of files its job does not read', async () => {
      assert.deepEqual(await lintA(() => 'style'), { message: 'style', ran: true });
      write(root, 'tables/ods/ods_b_di.sql', 'CREATE TABLE ods.ods_b_di (id BIGINT, x INT) PARTITIONED BY (dt STRING);\n');
      write(root, 'jobs/b.sql', 'SELECT 1;\n');
      assert.deepEqual(await lintA(() => 'changed rule'), { message: 'style', ran: false });
    });

    it('redoes a catalog-backed result when a table it looked up changes, not when another does', async () => {
      assert.deepEqual(await lintA(columnsOfA), { message: 'id,name', ran: true });
      write(root, 'tables/ods/ods_b_di.sql', 'CREATE TABLE ods.ods_b_di (id BIGINT, x INT) PARTITIONED BY (dt STRING);\n');
      assert.deepEqual(await lintA(columnsOfA), { message: 'id,name', ran: false });
      write(root, 'tables/ods/ods_a_di.sql', 'CREATE TABLE ods.ods_a_di (id BIGINT) PARTITIONED BY (dt STRING);\n');
      assert.deepEqual(await lintA(columnsOfA), { message: 'id,dt', ran: true });
    });

    it('redoes a result that read the workspace when any project file changes', async () => {
      assert.deepEqual(await lintA(jobCount), { message: '2', ran: true });
      assert.deepEqual(await lintA(jobCount), { message: '2', ran: false });
      write(root, 'jobs/c.sql', 'SELECT 1;\n');
      assert.deepEqual(await lintA(jobCount), { message: '3', ran: true });
    });
  });
});

function finding(message: string): LintFinding {
  const at = { line: 0, character: 0 };
  return { code: 'XX01', rule: 'test', messageId: 'm', message, severity: 'warning', start: at, end: at };
}
