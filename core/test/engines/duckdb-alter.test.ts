import assert from 'node:assert/strict';
import { openDuckDb, type Engine } from '../../src/engines';
import { StrataError } from '../../src/errors';
import { table } from './tables';

describe('DuckDB engine: table shapes', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = await openDuckDb();
    await engine.createTable(table('dwd.t', [['id', 'BIGINT'], ['name', 'STRING'], ['amount', 'DECIMAL(18,2)'], ['p_date', 'STRING']]));
    await engine.insertRows('dwd.t', ['id', 'name', 'amount', 'p_date'], [[1, 'a', '1.50', '2026-11-25']]);
  });
  afterEach(async () => engine.close());

  it('gives the columns of a table as the engine holds them, undefined for a missing one', async () => {
    assert.deepEqual(await engine.tableColumns('dwd.t'), [
      { name: 'id', type: 'BIGINT' }, { name: 'name', type: 'VARCHAR' }, { name: 'amount', type: 'DECIMAL(18,2)' }, { name: 'p_date', type: 'VARCHAR' },
    ]);
    assert.equal(await engine.tableColumns('dwd.missing'), undefined);
    assert.equal(await engine.tableColumns('t'), undefined);
  });

  // [alteration, columns after it, rows after it]
  const cases: [Parameters<Engine['alterTable']>[1], string[], unknown[][]][] = [
    [{ kind: 'add-columns', columns: [{ name: 'os', type: 'STRING', partition: false }, { name: 'tags', type: 'ARRAY<STRING>', partition: false }] },
      ['id BIGINT', 'name VARCHAR', 'amount DECIMAL(18,2)', 'p_date VARCHAR', 'os VARCHAR', 'tags VARCHAR[]'], [[1, 'a', '1.50', '2026-11-25', null, null]]],
    [{ kind: 'drop-columns', columns: ['name'] }, ['id BIGINT', 'amount DECIMAL(18,2)', 'p_date VARCHAR'], [[1, '1.50', '2026-11-25']]],
    [{ kind: 'retype-column', column: 'id', type: 'INT' }, ['id INTEGER', 'name VARCHAR', 'amount DECIMAL(18,2)', 'p_date VARCHAR'], [[1, 'a', '1.50', '2026-11-25']]],
    [{ kind: 'retype-column', column: 'amount', type: 'DECIMAL(20,4)' }, ['id BIGINT', 'name VARCHAR', 'amount DECIMAL(20,4)', 'p_date VARCHAR'], [[1, 'a', '1.5000', '2026-11-25']]],
  ];
  for (const [change, columns, rows] of cases) {
    it(`${change.kind} ${'column' in change ? `${change.column} to ${change.type} ` : ''}keeps the rows, and does nothing when applied again`, async () => {
      for (let i = 0; i < 2; i++) {
        await engine.alterTable('dwd.t', change);
        assert.deepEqual((await engine.tableColumns('dwd.t'))!.map((c) => `${c.name} ${c.type}`), columns);
        assert.deepEqual((await engine.query('SELECT * FROM dwd.t')).rows, rows);
      }
    });
  }

  it('inserts into an added column and no longer into a dropped one', async () => {
    await engine.alterTable('dwd.t', { kind: 'add-columns', columns: [{ name: 'os', type: 'STRING', partition: false }] });
    await engine.alterTable('dwd.t', { kind: 'drop-columns', columns: ['name'] });
    await engine.insertRows('dwd.t', ['id', 'os', 'amount', 'p_date'], [[2, 'ios', '2', '2026-11-26']]);
    assert.deepEqual((await engine.query('SELECT id, os FROM dwd.t ORDER BY id')).rows, [[1, null], [2, 'ios']]);
    await assert.rejects(engine.insertRows('dwd.t', ['name'], [['x']]), (e: unknown) => e instanceof StrataError && e.message === "'dwd.t' has no column 'name'; its columns: id, amount, p_date, os");
  });

  it('refuses a retype whose values do not convert, leaving the table as it was', async () => {
    await engine.insertRows('dwd.t', ['id', 'name', 'amount', 'p_date'], [[2, 'b', '2', '2026-11-25']]);
    await assert.rejects(engine.transaction(() => engine.alterTable('dwd.t', { kind: 'retype-column', column: 'name', type: 'INT' })), (e: unknown) => e instanceof StrataError && e.code === 'engine');
    assert.deepEqual((await engine.tableColumns('dwd.t'))!.find((c) => c.name === 'name'), { name: 'name', type: 'VARCHAR' });
  });

  it('drops a table, and a missing one silently', async () => {
    await engine.dropTable('dwd.t');
    await engine.dropTable('dwd.t');
    assert.equal(await engine.tableColumns('dwd.t'), undefined);
  });
});
