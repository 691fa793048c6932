import assert from 'node:assert/strict';
import { enginePosition, EngineRefusal, type RemoteEngine, type RemoteTarget } from '../../src/engines/remote';
import { openTrino } from '../../src/engines/trino';
import { StrataError } from '../../src/errors';
import { TrinoFake } from '../fakes/trino-fake';

const SECRET = 'tr-s3cret-pw';

describe('trino adapter (against a protocol fake)', () => {
  const fake = new TrinoFake(`etl:${SECRET}`);
  let target: RemoteTarget;
  let engine: RemoteEngine;
  let where: string;

  before(async () => {
    const port = await fake.start();
    target = { target: 'serving', host: '127.0.0.1', port, user: 'etl', password: SECRET, catalog: 'hive', database: 'live' };
    where = `trino target 'serving' (127.0.0.1:${port})`;
    engine = await openTrino(target);
  });
  after(() => fake.stop());

  it('runs a query, following nextUri to its rows', async () => {
    const result = await engine.query('SELECT room_id, room_name FROM live.rooms');
    assert.deepEqual(result, { columns: [{ name: 'room_id', type: 'bigint' }, { name: 'room_name', type: 'varchar' }], rows: [[1, 'Music hall'], [2, 'Game night']] });
    const post = fake.http.requests.find((r) => r.method === 'POST' && r.body === 'SELECT room_id, room_name FROM live.rooms')!;
    assert.deepEqual([post.headers['x-trino-user'], post.headers['x-trino-catalog'], post.headers['x-trino-schema'], post.headers['x-trino-source']], ['etl', 'hive', 'live', 'strata']);
  });

  it('describes a query by LIMIT 0 and a table by DESCRIBE; a missing table is undefined', async () => {
    assert.deepEqual(await engine.describe('SELECT room_id, room_name AS name FROM live.rooms'), [{ name: 'room_id', type: 'bigint' }, { name: 'name', type: 'varchar' }]);
    assert.deepEqual(await engine.tableColumns('live.rooms'), [{ name: 'room_id', type: 'bigint' }, { name: 'room_name', type: 'varchar' }, { name: 'anchor_id', type: 'bigint' }]);
    assert.equal(await engine.tableColumns('live.nope'), undefined);
    assert.equal(fake.statements.at(-1), 'DESCRIBE "hive"."live"."nope"');
  });

  it('creates, alters and drops tables in Trino DDL; inserts rows as literals', async () => {
    await engine.createTable({ name: 'dws.room_stats', columns: [{ name: 'room_id', type: 'BIGINT', partition: false }, { name: 'tags', type: 'ARRAY<STRING>', partition: false }, { name: 'p_date', type: 'STRING', partition: true }], temporary: false, kind: 'table', options: {} });
    await engine.alterTable('dws.room_stats', { kind: 'add-columns', columns: [{ name: 'amount', type: 'DECIMAL(18,2)', partition: false }] });
    await engine.alterTable('dws.room_stats', { kind: 'retype-column', column: 'room_id', type: 'STRUCT<a:INT>' });
    await engine.dropTable('dws.room_stats');
    await engine.insertRows('live.rooms', ['room_id', 'room_name'], [[3, "O'Brien hall"], [4, null]]);
    assert.deepEqual(fake.statements.slice(-5), [
      `CREATE TABLE IF NOT EXISTS "hive"."dws"."room_stats" ("room_id" BIGINT, "tags" ARRAY(VARCHAR), "p_date" VARCHAR) WITH (partitioned_by = ARRAY['p_date'])`,
      'ALTER TABLE "hive"."dws"."room_stats" ADD COLUMN IF NOT EXISTS "amount" DECIMAL(18, 2)',
      'ALTER TABLE "hive"."dws"."room_stats" ALTER COLUMN "room_id" SET DATA TYPE ROW("a" INTEGER)',
      'DROP TABLE IF EXISTS "hive"."dws"."room_stats"',
      `INSERT INTO "hive"."live"."rooms" ("room_id", "room_name") VALUES (3, 'O''Brien hall'), (4, NULL)`,
    ]);
  });

  it("reports the engine's error in one line, with the position Trino names", async () => {
    const sql = 'SELECT room_id\n  , room_name\nFROM live.nope';
    const error = await engine.explain(sql).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof EngineRefusal);
    assert.equal(error.message, `${where}: EXPLAIN SELECT failed: line 4:6: Table 'hive.live.nope' does not exist`);
    assert.equal(error.engineCode, 'TABLE_NOT_FOUND');
    assert.deepEqual(enginePosition(error.engineMessage), { line: 3, character: 5 });
  });

  it('cancels a statement past its timeout', async () => {
    const error = await engine.query('SELECT event_id FROM live.slow_events', { timeoutMs: 300 }).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof StrataError);
    assert.deepEqual([error.code, error.message], ['timeout', `${where}: SELECT ran longer than 0.3 s and was cancelled; raise --timeout or look at the engine's load`]);
    const id = fake.http.requests.filter((r) => r.method === 'POST').length - 1;
    assert.ok(fake.http.requests.some((r) => r.method === 'DELETE' && r.path === `/v1/query/20261130_120000_${String(id).padStart(5, '0')}_fake0`));
  });

  it('retries a request answered 503 by a proxy', async () => {
    const id = fake.nextQueryId();
    fake.http.inject('503', /^POST \/v1\/statement$/);
    fake.http.inject('503', new RegExp(`^GET /v1/statement/executing/${id}/`));
    const before = fake.http.requests.length;
    assert.deepEqual((await engine.query('SELECT room_id FROM live.rooms')).rows, [[1], [2]]);
    // The query timed out before may still poll once more: only this query's requests count.
    const mine = fake.http.requests.slice(before).filter((r) => r.method === 'POST' || r.path.includes(id));
    assert.deepEqual(mine.map((r) => r.method), ['POST', 'POST', 'GET', 'GET']);
  });

  it('names the target and step when the connection drops mid-statement', async () => {
    fake.http.inject('drop', /^GET \/v1\/statement\/executing/);
    const error = await engine.query('SELECT room_id FROM live.rooms').then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof StrataError);
    assert.deepEqual([error.code, error.message], ['engine', `${where}: the connection failed during SELECT (ECONNRESET: socket hang up); check that the server is up and reachable, then run the command again`]);
  });

  it('refuses wrong credentials without showing the password', async () => {
    const error = await openTrino({ ...target, password: 'wrong-pw-123' }).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof StrataError);
    assert.deepEqual([error.code, error.message], ['config', `${where}: the server refused the credentials of user 'etl' during SELECT; check targets.serving.user and password (set the password through \${env:NAME})`]);
    assert.ok(!error.message.includes('wrong-pw-123') && !error.message.includes(SECRET));
  });
});
