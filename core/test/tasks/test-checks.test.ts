import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openDuckDb } from '../../src/engines';
import { runTests } from '../../src/tasks/test';
import { checkQueries } from '../../src/tasks/test-checks';
import { loadWorkspace } from '../../src/tasks/workspace';
import { unitTestProject } from './unit-test-project';

/* Data-quality checks from table front matter, run against a target's DuckDB file. */

/** The fixture project with `rows` of dws.dws_room_gift_1d in its local DuckDB file (none: no file). */
async function withTarget<T>(rows: unknown[][] | undefined, work: (root: string) => Promise<T>, files: Record<string, string> = {}): Promise<T> {
  const { root, cleanup } = unitTestProject(files);
  try {
    if (rows) {
      const ws = await loadWorkspace({ project: root, cwd: root });
      fs.mkdirSync(path.join(root, '.strata'));
      const engine = await openDuckDb({ path: path.join(root, '.strata', 'local.duckdb') });
      await engine.createTable(ws.catalog.get('dws.dws_room_gift_1d')!);
      await engine.insertRows('dws.dws_room_gift_1d', ['room_id', 'gifts', 'amount', 'top_gift', 'p_date'], rows);
      await engine.close();
    }
    return await work(root);
  } finally {
    cleanup();
  }
}

describe('strata test --checks', () => {
  it('turns each front-matter check into a query for the failing rows', async () => {
    const { root, cleanup } = unitTestProject();
    try {
      const ws = await loadWorkspace({ project: root, cwd: root });
      const table = ws.catalog.get('dws.dws_room_gift_1d')!;
      const queries = checkQueries(table, ws.files.find((f) => f.file.path === table.file)!.file.frontMatter!.data.checks as unknown[], new Date(2026, 10, 26));
      assert.deepEqual(queries, [
        { index: 0, name: 'unique(room_id, p_date)', sql: 'SELECT `room_id`, `p_date`, COUNT(*) AS duplicates FROM `dws`.`dws_room_gift_1d` GROUP BY `room_id`, `p_date` HAVING COUNT(*) > 1' },
        { index: 1, name: 'not_null(room_id, gifts)', sql: 'SELECT * FROM `dws`.`dws_room_gift_1d` WHERE `room_id` IS NULL OR `gifts` IS NULL' },
        { index: 2, name: 'accepted_values(top_gift)', sql: "SELECT `top_gift`, COUNT(*) AS row_count FROM `dws`.`dws_room_gift_1d` WHERE `top_gift` IS NOT NULL AND `top_gift` NOT IN ('rose', 'car') GROUP BY `top_gift`" },
        { index: 3, name: 'row_count(min 1, max 2)', sql: 'SELECT COUNT(*) AS row_count FROM `dws`.`dws_room_gift_1d` HAVING COUNT(*) < 1 OR COUNT(*) > 2' },
        {
          index: 4,
          name: 'freshness(p_date, 1d)',
          sql: "SELECT MAX(CAST(`p_date` AS TIMESTAMP)) AS latest FROM `dws`.`dws_room_gift_1d` HAVING MAX(CAST(`p_date` AS TIMESTAMP)) IS NULL OR MAX(CAST(`p_date` AS TIMESTAMP)) < CAST('2026-11-25 00:00:00' AS TIMESTAMP)",
        },
        { index: 5, name: 'expression(amount >= 0)', sql: 'SELECT * FROM `dws`.`dws_room_gift_1d` WHERE NOT (amount >= 0)' },
        { index: 6, name: 'sql', sql: "SELECT room_id FROM dws.dws_room_gift_1d WHERE p_date <= '${date}' AND gifts > 100" },
      ]);
    } finally {
      cleanup();
    }
  });

  it('passes every check on good data, judged for --date', async () => {
    const rows = [[1, 3, '5.20', 'rose', '2026-11-25'], [2, 1, '0.10', null, '2026-11-25']];
    const result = await withTarget(rows, (root) => runTests({ project: root, cwd: root, checks: true, date: '2026-11-25' }));
    assert.deepEqual(result.checks.map((c) => [c.name, c.status, `${c.file}:${c.start.line + 1}:${c.start.character + 1}`]), [
      ['unique(room_id, p_date)', 'pass', 'tables/dws/dws_room_gift_1d.sql:3:5'],
      ['not_null(room_id, gifts)', 'pass', 'tables/dws/dws_room_gift_1d.sql:4:5'],
      ['accepted_values(top_gift)', 'pass', 'tables/dws/dws_room_gift_1d.sql:5:5'],
      ['row_count(min 1, max 2)', 'pass', 'tables/dws/dws_room_gift_1d.sql:6:5'],
      ['freshness(p_date, 1d)', 'pass', 'tables/dws/dws_room_gift_1d.sql:7:5'],
      ['expression(amount >= 0)', 'pass', 'tables/dws/dws_room_gift_1d.sql:8:5'],
      ['sql', 'pass', 'tables/dws/dws_room_gift_1d.sql:9:5'],
    ]);
    assert.deepEqual([result.kind, result.passed, result.failed, result.errors], ['checks', 7, 0, 0]);
  });

  it('fails each check on bad data with a count and sample rows', async () => {
    const rows = [[1, 3, '5.20', 'rose', '2026-11-24'], [1, null, '-1.00', 'boat', '2026-11-24'], [2, 500, '0.10', 'boat', '2026-11-24']];
    const result = await withTarget(rows, (root) => runTests({ project: root, cwd: root, checks: true, date: '2026-11-25' }));
    assert.deepEqual(result.checks.map((c) => [c.name, c.status, c.failing, c.columns, c.sample]), [
      ['unique(room_id, p_date)', 'fail', 1, ['room_id', 'p_date', 'duplicates'], [[1, '2026-11-24', 2]]],
      ['not_null(room_id, gifts)', 'fail', 1, ['room_id', 'gifts', 'amount', 'top_gift', 'p_date'], [[1, null, '-1.00', 'boat', '2026-11-24']]],
      ['accepted_values(top_gift)', 'fail', 1, ['top_gift', 'row_count'], [['boat', 2]]],
      ['row_count(min 1, max 2)', 'fail', 1, ['row_count'], [[3]]],
      ['freshness(p_date, 1d)', 'fail', 1, ['latest'], [['2026-11-24 00:00:00']]],
      ['expression(amount >= 0)', 'fail', 1, ['room_id', 'gifts', 'amount', 'top_gift', 'p_date'], [[1, null, '-1.00', 'boat', '2026-11-24']]],
      ['sql', 'fail', 1, ['room_id'], [[2]]],
    ]);
  });

  it('reports a table missing from the target once, and selects tables by name', async () => {
    const result = await withTarget([[1, 3, '5.20', 'rose', '2026-11-25']], (root) => runTests({ project: root, cwd: root, checks: true, selector: 'dws_*' }), {
      'tables/dws/dws_other_1d.sql': "/*---\nchecks:\n  - unique: [id]\n  - not_null: [id]\n---*/\nCREATE TABLE dws.dws_other_1d (id BIGINT);\n",
    });
    const other = result.checks.find((c) => c.table === 'dws.dws_other_1d');
    assert.deepEqual(other && [other.name, other.status, other.message], ['checks', 'error', "table dws.dws_other_1d is not in target 'local'; publish or load it first (2 checks not run)"]);
    assert.equal(result.checks.filter((c) => c.table === 'dws.dws_room_gift_1d').length, 7);
  });

  it('says what to do when the target has no database file, or is not DuckDB', async () => {
    await withTarget(undefined, async (root) => {
      await assert.rejects(runTests({ project: root, cwd: root, checks: true }), {
        code: 'usage', message: "target 'local' has no data yet: .strata/local.duckdb does not exist; load or publish data into it before running checks",
      });
    });
    const config = 'name: gifts\ntargets:\n  local: {engine: duckdb, path: .strata/local.duckdb}\n  ch: {engine: clickhouse, host: localhost}\n';
    await withTarget(undefined, async (root) => {
      await assert.rejects(runTests({ project: root, cwd: root, target: 'ch', checks: true }), {
        code: 'usage', message: "target 'ch' uses engine 'clickhouse': data-quality checks run on duckdb targets only (other engines are not supported yet)",
      });
      await assert.rejects(runTests({ project: root, cwd: root, target: 'prod', checks: true }), { code: 'usage', message: 'unknown target \'prod\'; use one of: local, ch' });
    }, { 'strata.yaml': config });
  });
});
