import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildDocs } from '../../src/docs/build';
import { buildPages } from '../../src/docs/build';
import type { SearchMeta } from '../../src/docs/model';
import { overview, tableGraph } from '../../src/docs/overview';
import { StrataError } from '../../src/errors';
import { loadWorkspace } from '../../src/tasks/workspace';
import { tempProject } from '../project/helpers';

/*
 * The docs builders over a small project written to a temp folder: a documented ODS table whose
 * comments hold markup, a DWD table without owner or comments, a job reading two undeclared
 * tables (one column of unknown origin, `?.x`), a broken job, a table whose quoted name tries to
 * leave the output folder, and a target whose password comes from the environment.
 */

const FILES = {
  'strata.yaml': 'name: qa\nvars:\n  region: {default: cn, description: sales region}\ntargets:\n  local: {engine: duckdb, path: .strata/local.duckdb}\n  prod: {engine: clickhouse, host: ch, password: "${env:DOCS_TEST_SECRET}"}\n',
  'tables/ods/ods_room.sql': "/*---\nowner: team-a\nlifecycle_days: 30\ntags: [core]\nchecks:\n  - unique: [room_id]\n  - not_null: [room_id]\n---*/\nCREATE TABLE ods.ods_room (\n  room_id BIGINT COMMENT 'room <script>alert(1)</script>',\n  amount INT\n) COMMENT 'rooms <img src=x onerror=alert(1)>' PARTITIONED BY (p_date STRING);\n",
  'tables/dwd/dwd_room.sql': 'CREATE TABLE dwd.dwd_room (room_id BIGINT, amount INT, extra INT) PARTITIONED BY (p_date STRING);\n',
  'tables/ods/evil.sql': 'CREATE TABLE ods.`../../escape` (a INT);\n',
  'jobs/dwd_room.sql': "/*---\ntype: batch\nschedule: '@daily'\nowner: team-a\n---*/\nINSERT OVERWRITE TABLE dwd.dwd_room PARTITION (p_date = '${date}')\nSELECT r.room_id, r.amount + 1, o.bonus + x\nFROM ods.ods_room r JOIN ods.other o ON r.room_id = o.room_id JOIN ods.third t ON t.k = o.k\nWHERE r.p_date = '${date}' AND region = '${region}';\n",
  'jobs/broken.sql': '/*---\ntype: batch\n---*/\nINSERT OVERWRITE TABLE dwd.dwd_room SELECT FROM;\n',
};

const link = (column: string, kind: string, line: number) => ({ column, kind, job: 'dwd_room', file: 'jobs/dwd_room.sql', line });

describe('docs/build', function () {
  this.timeout(60_000);
  let project: { root: string; cleanup: () => void };
  let scratch: string;

  before(() => {
    project = tempProject(FILES);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-docs-'));
  });
  after(() => {
    project.cleanup();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  describe('page data', () => {
    let pages: ReturnType<typeof buildPages>;
    before(async () => {
      const ws = await loadWorkspace({ project: project.root, cwd: project.root });
      pages = buildPages(ws, [{ table: 'ods.ods_room', file: 'tables/ods/ods_room.sql', start: { line: 4, character: 4 }, name: 'unique(room_id, p_date)', status: 'fail', failing: 2, columns: [], sample: [] }]);
    });
    const table = (name: string) => pages.tables.find((t) => t.name === name)!;

    it('documents every table the project declares or its jobs use, in name order', () => {
      assert.deepEqual(pages.tables.map((t) => [t.name, t.slug, t.declared]), [
        ['dwd.dwd_room', 'dwd.dwd_room', true],
        ['ods.../../escape', 'ods_escape-fa3fda6e', true],
        ['ods.ods_room', 'ods.ods_room', true],
        ['ods.other', 'ods.other', false],
        ['ods.third', 'ods.third', false],
      ]);
    });

    it('a documented table: metadata, schema with comments as written, checks with their last result, jobs, neighbours, lineage', () => {
      assert.deepEqual(table('ods.ods_room'), {
        name: 'ods.ods_room', slug: 'ods.ods_room', declared: true, file: 'tables/ods/ods_room.sql', layer: 'ods', owner: 'team-a',
        comment: 'rooms <img src=x onerror=alert(1)>', lifecycleDays: 30, tags: ['core'], partitions: ['p_date'],
        columns: [
          { name: 'room_id', type: 'BIGINT', comment: 'room <script>alert(1)</script>', partition: false, upstream: [], downstream: [link('dwd.dwd_room.room_id', 'direct', 7)] },
          { name: 'amount', type: 'INT', partition: false, upstream: [], downstream: [link('dwd.dwd_room.amount', 'expression', 7)] },
          { name: 'p_date', type: 'STRING', partition: true, upstream: [], downstream: [] },
        ],
        checks: [{ name: 'unique(room_id, p_date)', status: 'fail', failing: 2 }, { name: 'not_null(room_id)' }],
        writers: [], readers: [{ name: 'dwd_room', slug: 'dwd_room' }], upstream: [], downstream: ['dwd.dwd_room'], problems: [],
      });
    });

    it('a table without owner or comments, written by two jobs, one of them broken; a column of unknown origin', () => {
      const t = table('dwd.dwd_room');
      assert.deepEqual([t.owner, t.comment, t.description, t.checks], [undefined, undefined, undefined, []]);
      assert.deepEqual(t.writers.map((w) => w.name), ['broken', 'dwd_room']);
      assert.deepEqual(t.upstream, ['ods.ods_room', 'ods.other', 'ods.third']);
      assert.deepEqual(t.columns.find((c) => c.name === 'extra')!.upstream, [link('ods.other.bonus', 'expression', 7), link('?.x', 'expression', 7)]);
    });

    it('a table no file declares gets the columns its lineage names', () => {
      assert.deepEqual(table('ods.other').columns.map((c) => [c.name, c.type, c.downstream.length]), [['bonus', undefined, 1]]);
    });

    it('a job: front matter, variables with declared defaults, reads, writes, highlighted SQL', () => {
      const j = [...pages.jobs].find((x) => x.name === 'dwd_room')!;
      assert.deepEqual({ ...j, sql: undefined }, {
        name: 'dwd_room', slug: 'dwd_room', file: 'jobs/dwd_room.sql', type: 'batch', dialect: 'spark', schedule: '@daily', owner: 'team-a',
        variables: [{ name: 'date' }, { name: 'region', default: 'cn', description: 'sales region' }],
        reads: ['ods.ods_room', 'ods.other', 'ods.third'], writes: ['dwd.dwd_room'], sql: undefined,
        problems: [{ file: 'jobs/dwd_room.sql', line: 8, message: "unknown table 'ods.other'" }, { file: 'jobs/dwd_room.sql', line: 8, message: "unknown table 'ods.third'" }],
      });
      assert.equal(j.sql.map((s) => s[1]).join(''), FILES['jobs/dwd_room.sql']);
      assert.deepEqual(j.sql.slice(1, 3), [['k', 'INSERT OVERWRITE TABLE '], ['', 'dwd.dwd_room ']]);
    });

    it('a broken job is still documented, with its errors at file:line', () => {
      const j = [...pages.jobs].find((x) => x.name === 'broken')!;
      assert.deepEqual(j.problems.map((p) => `${p.file}:${p.line}`), ['jobs/broken.sql:4']);
      assert.deepEqual(j.writes, ['dwd.dwd_room']);
    });

    it('overview, search index and table graph', async () => {
      const ws = await loadWorkspace({ project: project.root, cwd: project.root });
      const o = overview(ws, pages.tables, [...pages.jobs], new Map([['jobs/broken.sql', [{ file: 'jobs/broken.sql', line: 4, message: 'x' }]]]));
      assert.deepEqual({ ...o, broken: o.broken.length }, {
        project: 'qa', tables: 5, jobs: 2, columns: 9, broken: 1,
        layers: [{ name: 'ods', tables: 2, jobs: 0 }, { name: 'dim', tables: 0, jobs: 0 }, { name: 'dwd', tables: 1, jobs: 2 }, { name: 'dws', tables: 0, jobs: 0 },
          { name: 'ads', tables: 0, jobs: 0 }, { name: '(none)', tables: 2, jobs: 0 }],
        owners: [{ name: 'team-a', tables: 1 }],
        layerEdges: [{ from: 'ods', to: 'dwd', jobs: 1 }, { from: '(none)', to: 'dwd', jobs: 1 }],
        undocumented: { owner: 2, comment: 2 },
      });
      assert.deepEqual(tableGraph(pages.tables).edges, [[2, 0], [3, 0], [4, 0]]);
    });
  });

  describe('the site on disk', () => {
    it('writes only inside --out, never the secret of a target, and says where to open it', async () => {
      process.env.DOCS_TEST_SECRET = 'hunter2-do-not-leak';
      try {
        const out = path.join(scratch, 'site');
        const r = await buildDocs({ project: project.root, cwd: project.root, out });
        assert.deepEqual([r.tables, r.jobs, r.broken, r.index], [5, 2, 2, path.join(out, 'index.html')]);
        const files = walk(out);
        assert.equal(files.length, r.files);
        assert.deepEqual(fs.readdirSync(scratch), ['site']);
        assert.ok(files.includes('data/t/ods_escape-fa3fda6e.js'));
        for (const f of files) {
          const text = fs.readFileSync(path.join(out, f), 'utf8');
          assert.ok(!text.includes('hunter2') && !text.includes('DOCS_TEST_SECRET'), f);
        }
        assert.match(fs.readFileSync(r.index, 'utf8'), /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/);
      } finally {
        delete process.env.DOCS_TEST_SECRET;
      }
    });

    it('rebuilds over its own output (pages no longer built removed), refuses a folder holding anything else', async () => {
      const out = path.join(scratch, 'again');
      await buildDocs({ project: project.root, cwd: project.root, out });
      await buildDocs({ project: project.root, cwd: project.root, out, select: 'ods.ods_room' });
      const data = walk(path.join(out, 'data'));
      const shard = /^search\/[scp]\//;
      assert.deepEqual(data.filter((f) => !shard.test(f)), ['graph.js', 'j/dwd_room.js', 'l/ods.js', 'overview.js', 'search/d/0.js', 'search/meta.js', 't/ods.ods_room.js']);
      const meta = readData<SearchMeta>(out, 'search/meta');
      assert.deepEqual(data.filter((f) => shard.test(f)), [...meta.details.map((k) => `search/c/${k}.js`), ...meta.pages.map((k) => `search/p/${k}.js`), ...meta.shards.map((k) => `search/s/${k}.js`)].sort());
      const other = path.join(scratch, 'other');
      fs.mkdirSync(other);
      fs.writeFileSync(path.join(other, 'notes.txt'), 'keep me');
      await assert.rejects(buildDocs({ project: project.root, cwd: project.root, out: other }), (e: StrataError) =>
        e.code === 'usage' && e.message === `--out ${other}: the folder is not empty and holds no earlier docs build; choose an empty or new folder`);
      assert.equal(fs.readFileSync(path.join(other, 'notes.txt'), 'utf8'), 'keep me');
    });

    it('--select keeps the selected tables and the jobs touching them', async () => {
      const r = await buildDocs({ project: project.root, cwd: project.root, out: path.join(scratch, 'selected'), select: '+dwd.dwd_room,layer:ods' });
      assert.deepEqual([r.tables, r.jobs], [1, 1]);
      await assert.rejects(buildDocs({ project: project.root, cwd: project.root, out: path.join(scratch, 'none'), select: 'layer:ads' }), /--select layer:ads: selects no table; name a table/);
    });

    it('--results takes the output of strata test --checks --json, and names a bad file', async () => {
      const file = path.join(scratch, 'checks.json');
      fs.writeFileSync(file, JSON.stringify({ status: 1, result: { kind: 'checks', checks: [{ table: 'ods.ods_room', name: 'not_null(room_id)', status: 'pass', failing: 0 }] } }));
      const out = path.join(scratch, 'results');
      await buildDocs({ project: project.root, cwd: project.root, out, results: file });
      assert.match(fs.readFileSync(path.join(out, 'data/t/ods.ods_room.js'), 'utf8'), /"checks":\[\{"name":"unique\(room_id, p_date\)"\},\{"name":"not_null\(room_id\)","status":"pass","failing":0\}\]/);
      fs.writeFileSync(file, '{"result": {}}');
      await assert.rejects(buildDocs({ project: project.root, cwd: project.root, out, results: file }), /holds no "checks" list; pass the output of strata test --checks --json/);
    });
  });
});

function walk(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/** The value of a data file of a built site (`window.__strata(key, value);`). */
function readData<T>(out: string, key: string): T {
  const text = fs.readFileSync(path.join(out, 'data', `${key}.js`), 'utf8');
  return JSON.parse(text.slice(text.indexOf(',') + 1, text.lastIndexOf(')'))) as T;
}
