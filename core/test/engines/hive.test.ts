import assert from 'node:assert/strict';
import { openHive } from '../../src/engines/hive';
import { enginePosition, EngineRefusal, type RemoteEngine, type RemoteTarget } from '../../src/engines/remote';
import { StrataError } from '../../src/errors';
import { HiveFake } from '../fakes/hive-fake';

const SECRET = 'sp-s3cret-pw';

describe('spark thrift server adapter (HiveServer2 over HTTP, against a protocol fake)', () => {
  const fake = new HiveFake(`etl:${SECRET}`);
  let target: RemoteTarget;
  let engine: RemoteEngine;
  let where: string;

  before(async () => {
    const port = await fake.start();
    target = { target: 'cluster', host: '127.0.0.1', port, user: 'etl', password: SECRET, httpPath: 'cliservice', database: 'live' };
    where = `spark target 'cluster' (127.0.0.1:${port})`;
    engine = await openHive(target);
  });
  after(async () => {
    await engine.close();
    await fake.stop();
  });

  it('runs a query: execute, poll, metadata, columnar fetch', async () => {
    const result = await engine.query('SELECT room_id, room_name FROM live.rooms');
    assert.deepEqual(result, { columns: [{ name: 'room_id', type: 'bigint' }, { name: 'room_name', type: 'string' }], rows: [[1, 'Music hall'], [2, 'Game night']] });
  });

  it('describes a query by LIMIT 0 and a table by DESCRIBE; a missing table is undefined', async () => {
    assert.deepEqual(await engine.describe('SELECT room_id AS id, room_name FROM live.rooms'), [{ name: 'id', type: 'bigint' }, { name: 'room_name', type: 'string' }]);
    assert.deepEqual(await engine.tableColumns('live.rooms'), [{ name: 'room_id', type: 'bigint' }, { name: 'room_name', type: 'string' }, { name: 'anchor_id', type: 'bigint' }]);
    assert.equal(await engine.tableColumns('live.nope'), undefined);
  });

  it('creates, alters (only what is missing) and drops tables in Spark DDL', async () => {
    await engine.createTable({ name: 'live.room_stats', columns: [{ name: 'room_id', type: 'BIGINT', partition: false, comment: "room's id" }, { name: 'p_date', type: 'STRING', partition: true }], temporary: false, kind: 'table', options: {} });
    await engine.alterTable('live.rooms', { kind: 'add-columns', columns: [{ name: 'room_id', type: 'BIGINT', partition: false }, { name: 'tags', type: 'ARRAY<STRING>', partition: false }] });
    await engine.alterTable('live.rooms', { kind: 'drop-columns', columns: ['gone', 'anchor_id'] });
    await engine.alterTable('live.rooms', { kind: 'retype-column', column: 'room_id', type: 'DECIMAL(20,0)' });
    await engine.dropTable('live.room_stats');
    assert.deepEqual(fake.statements.filter((s) => !s.startsWith('DESCRIBE')).slice(-5), [
      "CREATE TABLE IF NOT EXISTS `live`.`room_stats` (`room_id` BIGINT COMMENT 'room''s id') PARTITIONED BY (`p_date` STRING)",
      'ALTER TABLE `live`.`rooms` ADD COLUMNS (`tags` ARRAY<STRING>)',
      'ALTER TABLE `live`.`rooms` DROP COLUMNS (`anchor_id`)',
      'ALTER TABLE `live`.`rooms` CHANGE COLUMN `room_id` `room_id` DECIMAL(20,0)',
      'DROP TABLE IF EXISTS `live`.`room_stats`',
    ]);
  });

  it("reports Spark's error class in one line, with the position Spark names", async () => {
    const sql = 'SELECT room_id\n  , room_name\nFROM live.nope';
    for (const run of [() => engine.explain(sql), () => engine.query(sql)]) {
      const error = await run().then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof EngineRefusal);
      const step = run === undefined ? '' : error.message.includes('EXPLAIN') ? 'EXPLAIN' : 'SELECT';
      assert.equal(error.message, `${where}: ${step} failed: [TABLE_OR_VIEW_NOT_FOUND] The table or view \`live\`.\`nope\` cannot be found. Verify the spelling and correctness of the schema and catalog (line ${step === 'EXPLAIN' ? 4 : 3} pos 5)`);
      assert.deepEqual(enginePosition(error.engineMessage), { line: step === 'EXPLAIN' ? 3 : 2, character: 5 });
    }
  });

  it('reports a parse error from the ExecuteStatement status', async () => {
    const error = await engine.query('SELEC 1').then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof EngineRefusal);
    assert.equal(error.message, `${where}: a statement failed: [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'.(line 1, pos 0)`);
    assert.deepEqual(enginePosition(error.engineMessage), { line: 0, character: 0 });
  });

  it('cancels an operation past its timeout', async () => {
    const error = await engine.query('SELECT event_id FROM live.slow_events', { timeoutMs: 300 }).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof StrataError);
    assert.deepEqual([error.code, error.message], ['timeout', `${where}: SELECT ran longer than 0.3 s and was cancelled; raise --timeout or look at the engine's load`]);
  });

  it('retries a call answered 503 by a proxy', async () => {
    fake.http.inject('503');
    const before = fake.calls.length;
    assert.deepEqual((await engine.query('SELECT room_id FROM live.rooms')).rows, [[1], [2]]);
    // The 503 came from a proxy: the server never saw the first ExecuteStatement.
    const calls = fake.calls.slice(before);
    assert.deepEqual(calls.slice(calls.indexOf('ExecuteStatement')), ['ExecuteStatement', 'GetOperationStatus', 'GetResultSetMetadata', 'FetchResults', 'FetchResults', 'CloseOperation']);
    assert.equal(fake.http.requests.at(-7)?.body.includes('ExecuteStatement'), true);
  });

  it('names the target and step when the connection drops mid-statement', async () => {
    fake.http.inject('drop');
    const error = await engine.query('SELECT room_id FROM live.rooms').then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof StrataError);
    assert.deepEqual([error.code, error.message], ['engine', `${where}: the connection failed during SELECT (ECONNRESET: socket hang up); check that the server is up and reachable, then run the command again`]);
  });

  it('refuses wrong credentials without showing the password', async () => {
    const error = await openHive({ ...target, password: 'wrong-pw-123' }).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof StrataError);
    assert.deepEqual([error.code, error.message], ['config', `${where}: the server refused the credentials of user 'etl' during open session; check targets.cluster.user and password (set the password through \${env:NAME})`]);
    assert.ok(!error.message.includes('wrong-pw-123') && !error.message.includes(SECRET));
  });
});

describe('hiveserver2 adapter over binary TCP with SASL PLAIN (against a protocol fake)', () => {
  const fake = new HiveFake(`etl:${SECRET}`);
  let server: { port: number; stop: () => Promise<void> };
  before(async () => {
    server = await fake.startTcp();
  });
  after(() => server.stop());

  it('authenticates, runs a query and closes', async () => {
    const engine = await openHive({ target: 'warehouse', host: '127.0.0.1', port: server.port, user: 'etl', password: SECRET }, 'hive');
    try {
      assert.deepEqual((await engine.query('SELECT room_name FROM live.rooms')).rows, [['Music hall'], ['Game night']]);
    } finally {
      await engine.close();
    }
  });

  it('refuses wrong credentials without showing the password', async () => {
    const error = await openHive({ target: 'warehouse', host: '127.0.0.1', port: server.port, user: 'etl', password: 'wrong-pw-123' }, 'hive').then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof StrataError);
    assert.deepEqual([error.code, error.message], ['config', `hive target 'warehouse' (127.0.0.1:${server.port}): the server refused the credentials of user 'etl' during open session; check targets.warehouse.user and password (set the password through \${env:NAME})`]);
  });
});
