import assert from 'node:assert/strict';
import type { Diagnostic } from '../../src/diagnostic';
import { projectChecks } from '../../src/tasks/project-checks';
import { loadWorkspace, updateJob, type Workspace } from '../../src/tasks/workspace';
import { tempProject } from '../project/helpers';

/*
 * Cross-file checks, over small projects written to a temp folder: each case adds files to a
 * base project of two tables and one job, and lists the diagnostics it expects.
 */

const ODS = `CREATE TABLE ods.ods_gift_log_di (room_id BIGINT, gift_id BIGINT, price INT) PARTITIONED BY (p_date STRING);\n`;
const DWD = `CREATE TABLE dwd.dwd_gift_di (room_id BIGINT, gift_id BIGINT, amount INT) PARTITIONED BY (p_date STRING);\n`;
const job = (front: string, body: string) => `/*---\ntype: batch\n${front}---*/\n${body}\n`;
const overwrite = (partition = " PARTITION (p_date = '${date}')", verb = 'OVERWRITE TABLE') =>
  `INSERT ${verb} dwd.dwd_gift_di${partition}\nSELECT room_id, gift_id, price FROM ods.ods_gift_log_di WHERE p_date = '\${date}';`;
const BASE = {
  'strata.yaml': 'name: qa\n',
  'tables/ods/ods_gift_log_di.sql': ODS,
  'tables/dwd/dwd_gift_di.sql': DWD,
  'jobs/dwd_gift_di.sql': job('', overwrite()),
};

async function workspace(files: Record<string, string>): Promise<Workspace> {
  const { root, cleanup } = tempProject({ ...BASE, ...files });
  try {
    return await loadWorkspace({ project: root, cwd: root });
  } finally {
    cleanup();
  }
}

/** `file:line:col severity code message`, 1-based like the CLI. */
/** What `strata check` reports: load problems plus the project-wide checks. */
const checked = (ws: Workspace): Diagnostic[] => [...ws.diagnostics, ...projectChecks(ws)];
const show = (d: Diagnostic) => `${d.file}:${d.start.line + 1}:${d.start.character + 1} ${d.severity} ${d.code} ${d.message}`;

async function problems(files: Record<string, string>): Promise<string[]> {
  const ws = await workspace(files);
  return checked(ws).map(show);
}

describe('tasks/project-checks', () => {
  it('finds nothing in a clean project', async () => {
    assert.deepEqual(await problems({}), []);
  });

  describe('a table declared twice', () => {
    it('reports every file after the first, at the table name, and keeps the first contract', async () => {
      const copy = DWD.replace('amount INT', 'amount BIGINT');
      const ws = await workspace({ 'tables/dwd/dwd_gift_di_copy.sql': copy });
      assert.deepEqual(checked(ws).map(show), [
        "tables/dwd/dwd_gift_di_copy.sql:1:14 error duplicate-table table 'dwd.dwd_gift_di' is already declared in tables/dwd/dwd_gift_di.sql; delete this file or rename the table",
      ]);
      assert.equal(ws.catalog.get('dwd.dwd_gift_di')?.file, 'tables/dwd/dwd_gift_di.sql');
    });
  });

  describe('two jobs overwriting one partition', () => {
    const message = (what: string) =>
      `warning overwrite-conflict overwrites ${what} of dwd.dwd_gift_di, which jobs/dwd_gift_di.sql overwrites too; each run replaces the other's rows: keep one job or write different partitions`;
    const cases: [string, Record<string, string>, string[]][] = [
      ['the same static partition', { 'jobs/dwd_gift_di_v2.sql': job('', overwrite(" PARTITION (p_date='${date}')")) }, [`jobs/dwd_gift_di_v2.sql:4:24 ${message("partition (p_date='${date}')")}`]],
      ['the same partition in double quotes', { 'jobs/dwd_gift_di_v2.sql': job('', overwrite(' PARTITION (p_date = "${date}")')) }, [`jobs/dwd_gift_di_v2.sql:4:24 ${message("partition (p_date='${date}')")}`]],
      ['a different partition', { 'jobs/dwd_gift_di_v2.sql': job('', overwrite(" PARTITION (p_date = '2024-01-01')")) }, []],
      ['a partition against none', { 'jobs/dwd_gift_di_v2.sql': job('', overwrite('')) }, []],
      ['an append to the same partition', { 'jobs/dwd_gift_di_v2.sql': job('', overwrite(undefined, 'INTO TABLE')) }, []],
      [
        'a multi-insert branch',
        { 'jobs/dwd_gift_multi.sql': job('', "FROM ods.ods_gift_log_di\nINSERT OVERWRITE TABLE dwd.dwd_gift_di PARTITION (p_date = '${date}') SELECT room_id, gift_id, price;") },
        [`jobs/dwd_gift_multi.sql:5:24 ${message("partition (p_date='${date}')")}`],
      ],
    ];
    for (const [name, files, expected] of cases) {
      it(`${expected.length > 0 ? 'warns on' : 'accepts'} ${name}`, async () => {
        assert.deepEqual(await problems(files), expected);
      });
    }

    it('warns on two whole-table overwrites', async () => {
      const files = { 'jobs/dwd_gift_di.sql': job('', overwrite('')), 'jobs/dwd_gift_di_v2.sql': job('', overwrite('')) };
      assert.deepEqual(await problems(files), [`jobs/dwd_gift_di_v2.sql:4:24 ${message('the whole table')}`]);
    });
  });

  describe('two jobs staging under one name (CTAS)', () => {
    const stage = (drop: string) => job('', `DROP TABLE IF EXISTS tmp.stage;\nCREATE TABLE tmp.stage AS SELECT room_id FROM ods.ods_gift_log_di;\nSELECT room_id FROM tmp.stage;${drop}`);
    const cases: [string, string, string[]][] = [
      ['kept between runs', '', ["jobs/b.sql:5:14 warning overwrite-conflict overwrites the whole table of tmp.stage, which jobs/a.sql overwrites too; each run replaces the other's rows: give each job a staging table of its own"]],
      ['dropped at the end (job-local scratch)', '\nDROP TABLE tmp.stage;', []],
    ];
    for (const [name, drop, expected] of cases) {
      it(`${expected.length > 0 ? 'warns on' : 'accepts'} a staging table ${name}`, async () => {
        assert.deepEqual(await problems({ 'jobs/a.sql': stage(drop), 'jobs/b.sql': stage(drop) }), expected);
      });
    }
  });

  describe('checks on columns', () => {
    const table = (front: string) => `/*---\n${front}---*/\n${DWD}`;
    const cases: [string, string, string[]][] = [
      ['known columns and a partition column', 'checks:\n  - unique: [room_id, gift_id, p_date]\n  - not_null: [amount]\ngrain: [room_id]\n', []],
      ['a misspelt unique column', 'checks:\n  - unique: [room_id, gift_idd]\n', ["tables/dwd/dwd_gift_di.sql:3:23 error unknown-column checks[0].unique: table dwd.dwd_gift_di has no column 'gift_idd'; did you mean 'gift_id'?"]],
      ['a not_null column far from any', 'checks:\n  - not_null: [zzzzzz]\n', ["tables/dwd/dwd_gift_di.sql:3:16 error unknown-column checks[0].not_null: table dwd.dwd_gift_di has no column 'zzzzzz'; use one of: room_id, gift_id, amount, p_date"]],
      ['an accepted_values column', 'checks:\n  - accepted_values: {column: amont, values: [1]}\n', ["tables/dwd/dwd_gift_di.sql:3:31 error unknown-column checks[0].accepted_values: table dwd.dwd_gift_di has no column 'amont'; did you mean 'amount'?"]],
      ['a grain column', 'grain: [roomid]\n', ["tables/dwd/dwd_gift_di.sql:2:9 error unknown-column grain: table dwd.dwd_gift_di has no column 'roomid'; did you mean 'room_id'?"]],
      ['a grain described in words', 'grain: one row per room\n', []],
    ];
    for (const [name, front, expected] of cases) {
      it(`${expected.length > 0 ? 'reports' : 'accepts'} ${name}`, async () => {
        assert.deepEqual(await problems({ 'tables/dwd/dwd_gift_di.sql': table(front) }), expected);
      });
    }
  });

  describe('depends_on', () => {
    const DWS = 'CREATE TABLE dws.dws_room_1d (room_id BIGINT, n BIGINT) PARTITIONED BY (p_date STRING);\n';
    const dws = (dependsOn: string) => ({
      'tables/dws/dws_room_1d.sql': DWS,
      'jobs/dws_room_1d.sql': job(`depends_on: ${dependsOn}\n`, "INSERT OVERWRITE TABLE dws.dws_room_1d PARTITION (p_date = '${date}')\nSELECT room_id, count(1) FROM ods.ods_gift_log_di GROUP BY room_id;"),
    });
    const readsOf = (ws: Workspace, job: string) => ws.graph.edges.filter((e) => e.to === `job:${job}`).map((e) => e.from).sort();

    it('reports a name that is no job and no table, at the name', async () => {
      assert.deepEqual(await problems(dws('[dwd_gift_di, dwd_gift_dj]')), [
        "jobs/dws_room_1d.sql:3:27 error depends-on depends_on: 'dwd_gift_dj' is not a job or table of this project; did you mean 'dwd_gift_di'?",
      ]);
    });

    const edges: [string, string, string[]][] = [
      ['a job, as the tables it writes', '[dwd_gift_di]', ['table:dwd.dwd_gift_di', 'table:ods.ods_gift_log_di']],
      ['a qualified table', '[dwd.dwd_gift_di]', ['table:dwd.dwd_gift_di', 'table:ods.ods_gift_log_di']],
      ['a table by its bare name', '[ods_gift_log_di]', ['table:ods.ods_gift_log_di']],
    ];
    for (const [name, dependsOn, expected] of edges) {
      it(`adds a graph edge from ${name}`, async () => {
        const ws = await workspace(dws(dependsOn));
        assert.deepEqual(ws.diagnostics, []);
        assert.deepEqual(readsOf(ws, 'dws_room_1d'), expected);
      });
    }

    it('keeps the edge after the job is re-analysed, and leaves the job I/O as the SQL shows it', async () => {
      const ws = await workspace(dws('[dwd_gift_di]'));
      updateJob(ws, ws.files.find((f) => f.file.path === 'jobs/dws_room_1d.sql')!.file);
      assert.deepEqual(ws.jobs.get('jobs/dws_room_1d.sql')?.reads, ['ods.ods_gift_log_di']);
      assert.deepEqual(readsOf(ws, 'dws_room_1d'), ['table:dwd.dwd_gift_di', 'table:ods.ods_gift_log_di']);
    });
  });
});
