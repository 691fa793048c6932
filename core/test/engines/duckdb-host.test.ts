import assert from 'node:assert/strict';
import { openDuckDbHost, type Engine, type EngineHost } from '../../src/engines';
import { table } from './tables';

/* One DuckDB instance, many isolated databases: what `strata test` runs its tests on side by side. */

describe('DuckDB host: isolated databases in one instance', () => {
  let host: EngineHost;
  const open: Engine[] = [];
  beforeEach(async () => {
    host = await openDuckDbHost({ shared: ["SET GLOBAL TimeZone = 'UTC'", 'CREATE MACRO twice(x) AS x * 2'] });
  });
  afterEach(async () => {
    for (const e of open.splice(0)) await e.close();
    await host.close();
  });
  const isolated = async () => {
    const engine = await host.isolated();
    open.push(engine);
    return engine;
  };
  const ids = async (e: Engine, sql = 'SELECT id FROM ods.t ORDER BY id') => (await e.query(sql)).rows.map((r) => r[0]);

  it('gives each engine its own tables, views and temporary tables under the same names', async () => {
    const [a, b] = [await isolated(), await isolated()];
    const t = table('ods.t', [['id', 'INT']]);
    await Promise.all([a.createTables([t]), b.createTables([t])]);
    await Promise.all([a.insertRows('ods.t', ['id'], [[1], [2]]), b.insertRows('ods.t', ['id'], [[3]])]);
    await a.executeInTransaction(['CREATE VIEW v AS SELECT id * 10 AS id FROM ods.t', 'CREATE TEMP TABLE tmp AS SELECT 7 AS id']);
    assert.deepEqual([await ids(a), await ids(b)], [[1, 2], [3]]);
    assert.deepEqual(await ids(a, 'SELECT id FROM v ORDER BY id'), [10, 20]);
    await assert.rejects(b.query('SELECT * FROM v'), /Table with name v does not exist/);
    await assert.rejects(b.query('SELECT * FROM tmp'), /Table with name tmp does not exist/);
  });

  it('shares the macros and settings run once on the instance', async () => {
    const e = await isolated();
    assert.deepEqual((await e.query("SELECT twice(21), current_setting('TimeZone')")).rows, [[42, 'UTC']]);
  });

  it('drops a closed engine\'s database and leaves the others as they were', async () => {
    const [a, b] = [await isolated(), await isolated()];
    const t = table('ods.t', [['id', 'INT']]);
    await a.createTables([t]);
    await b.createTables([t]);
    await b.insertRows('ods.t', ['id'], [[5]]);
    await a.close();
    open.splice(open.indexOf(a), 1);
    assert.deepEqual(await ids(b), [5]);
    const c = await isolated();
    await assert.rejects(c.query('SELECT * FROM ods.t'), { code: 'engine', message: 'Catalog Error: Table with name "ods.t" does not exist because schema "ods" does not exist.' });
  });

  it('rolls back the whole script when one of its statements fails', async () => {
    const e = await isolated();
    await e.createTables([table('ods.t', [['id', 'INT']])]);
    await assert.rejects(e.executeInTransaction(['INSERT INTO ods.t VALUES (1)', "INSERT INTO ods.t VALUES ('x')"]), { code: 'engine', message: "Conversion Error: Could not convert string 'x' to INT32" });
    assert.deepEqual(await ids(e), []);
    await e.executeInTransaction(['INSERT INTO ods.t VALUES (2)']);
    assert.deepEqual(await ids(e), [2]);
  });
});
