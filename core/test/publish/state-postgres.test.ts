import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { StrataError } from '../../src/errors';
import type { StateConfig } from '../../src/project';
import { openPostgresState, type PostgresStateOptions } from '../../src/publish/state-postgres';
import type { JournalEntry, LockOwner, PublishedJob, PublishedTable, StateStore } from '../../src/publish/state';
import { postgresUnavailable, startPostgres, type PostgresServer } from '../helpers/postgres-server';

const TABLE: PublishedTable = {
  name: 'dws.dws_live_room_stats_1d', hash: 'a'.repeat(64), version: 1, by: 'ana@build-1', at: '2026-11-30T10:00:00.000Z',
  columns: [{ name: 'room_id', type: 'BIGINT', partition: false, comment: 'room id' }, { name: 'p_date', type: 'STRING', partition: true }],
};
const JOB: PublishedJob = {
  path: 'jobs/dws_live_room_stats_1d.sql', hash: 'b'.repeat(64), type: 'batch', writes: [TABLE.name], version: 1, by: 'ana@build-1', at: '2026-11-30T10:00:00.000Z',
  handle: { scheduler: 'airflow' },
};
const OWNER: LockOwner = { user: 'ana', host: 'build-1', pid: 4242, since: '2026-11-30T10:00:00.000Z', command: 'strata publish' };
const EMPTY = { format: 1, tables: {}, jobs: {} };

function entry(step: number, description: string): JournalEntry {
  return { plan: 'p-1', step, description, by: 'ana@build-1', at: `2026-11-30T10:00:0${step}.000Z` };
}

function rejects(code: string, message: string) {
  return (e: unknown) => {
    assert.ok(e instanceof StrataError, String(e));
    assert.deepEqual([e.code, e.message], [code, message]);
    return true;
  };
}

describe('PostgreSQL shared state (a real server from initdb)', function () {
  this.timeout(120_000);
  let server: PostgresServer;
  let stores: StateStore[] = [];
  const connection = (extra: Partial<StateConfig> = {}): StateConfig => ({ engine: 'postgres', host: server.host, port: server.port, database: server.database, user: server.user, password: server.password, ...extra });
  const store = async (target = 'trino_prod', extra: Partial<StateConfig> = {}, options: Partial<PostgresStateOptions> = {}): Promise<StateStore> => {
    const opened = await openPostgresState({ target, connection: connection(extra), ...options });
    stores.push(opened);
    return opened;
  };
  /** Runs SQL on the state database directly (a person with psql). */
  const psql = async (sql: string, values: unknown[] = []): Promise<void> => {
    const client = new Client({ host: server.host, port: server.port, database: server.database, user: server.user, password: server.password });
    await client.connect();
    try {
      await client.query(sql, values);
    } finally {
      await client.end();
    }
  };

  before(async function () {
    const why = postgresUnavailable();
    if (why) {
      console.log(`      skipped: ${why}`);
      this.skip();
    }
    server = await startPostgres();
  });

  afterEach(async () => {
    for (const s of stores) await s.close();
    stores = [];
  });

  after(async () => {
    await server?.stop();
  });

  it('reads an empty state before anything was recorded', async () => {
    const state = await store();
    assert.deepEqual(await state.read(), EMPTY);
    assert.deepEqual(await state.journal('p-1'), []);
  });

  it('records steps atomically and reads them back from another connection; null removes a row; targets are kept apart', async () => {
    const state = await store();
    await state.record(entry(1, 'create table dws.dws_live_room_stats_1d'), { [TABLE.name]: TABLE }, {});
    await state.record(entry(2, 'publish job jobs/dws_live_room_stats_1d.sql'), {}, { [JOB.path]: JOB });
    const expected = { format: 1, tables: { [TABLE.name]: TABLE }, jobs: { [JOB.path]: JOB } };
    assert.deepEqual(await (await store()).read(), expected);
    assert.deepEqual(await state.journal('p-1'), [entry(1, 'create table dws.dws_live_room_stats_1d'), entry(2, 'publish job jobs/dws_live_room_stats_1d.sql')]);
    assert.deepEqual(await state.journal('p-2'), []);
    assert.deepEqual(await (await store('spark_prod')).read(), EMPTY);
    await state.record(entry(3, 'remove job'), {}, { [JOB.path]: null });
    assert.deepEqual(await state.read(), { format: 1, tables: { [TABLE.name]: TABLE }, jobs: {} });
  });

  it('records nothing of a step whose rows fail to write (one transaction)', async () => {
    const state = await store('atomic');
    await state.record(entry(1, 'create'), { [TABLE.name]: TABLE }, {});
    // The same journal key again: the journal insert fails after the table row was replaced.
    await assert.rejects(state.record(entry(1, 'create'), { [TABLE.name]: { ...TABLE, version: 2 } }, {}), /record step 1 failed: duplicate key value violates unique constraint "journal_pkey"$/);
    assert.equal((await state.read()).tables[TABLE.name].version, 1);
  });

  it('refuses a state written by a newer strata', async () => {
    await (await store('future', { schema: 'newer' })).record(entry(1, 'create'), { [TABLE.name]: TABLE }, {});
    await psql("UPDATE newer.meta SET value = '2' WHERE key = 'format'");
    await assert.rejects((await store('future', { schema: 'newer' })).read(), rejects('config', "target 'future': its state was written by a newer strata (format 2, this one reads 1); upgrade strata"));
  });

  const edits: [string, string, string][] = [
    ['a table row edited by hand', "UPDATE strata.tables SET version = 7 WHERE target = 'edited_t'", "target 'edited_t': state row 'dws.dws_live_room_stats_1d' of strata.tables is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again"],
    ['a job row edited by hand', "UPDATE strata.jobs SET writes = '[]' WHERE target = 'edited_j'", "target 'edited_j': state row 'jobs/dws_live_room_stats_1d.sql' of strata.jobs is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again"],
    ['a row copied from another target', "UPDATE strata.tables SET target = 'edited_c' WHERE target = 'edited_src'", "target 'edited_c': state row 'dws.dws_live_room_stats_1d' of strata.tables is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again"],
  ];
  for (const [what, edit, message] of edits) {
    it(`refuses ${what}, naming it`, async () => {
      const target = /'(edited_\w)'/.exec(message)![1];
      const source = what.includes('copied') ? 'edited_src' : target;
      await (await store(source)).record(entry(1, 'create'), { [TABLE.name]: TABLE }, { [JOB.path]: JOB });
      await psql(edit);
      await assert.rejects((await store(target)).read(), rejects('config', message));
    });
  }

  it('lets one publish hold the lock; a second fails naming the holder; after release it is free', async () => {
    const lock = await (await store('locked')).lock(OWNER);
    await assert.rejects(
      (await store('locked')).lock({ ...OWNER, user: 'bo', host: 'laptop', pid: 7 }),
      rejects('config', "target 'locked' is locked by ana@build-1 (pid 4242, strata publish) since 2026-11-30T10:00:00.000Z; wait for it to finish (--wait), then run again (a holder that died releases it when its connection closes)"),
    );
    // Another target in the same database is not locked.
    await (await (await store('other')).lock(OWNER)).release();
    await lock.release();
    await (await (await store('locked')).lock({ ...OWNER, user: 'bo' })).release();
  });

  it('waits for the holder with wait: the second lock is taken once the first is released', async () => {
    const first = await (await store('waited')).lock(OWNER);
    const order: string[] = [];
    const second = (await store('waited', {}, { wait: true, pollMs: 20 })).lock({ ...OWNER, user: 'bo' }).then((l) => (order.push('second locked'), l));
    // The waiter has tried (and met the lock) at least once before the holder lets go.
    await new Promise((resolve) => setTimeout(resolve, 100));
    order.push('first released');
    await first.release();
    await (await second).release();
    assert.deepEqual(order, ['first released', 'second locked']);
  });

  it('frees the lock of a holder whose connection died', async () => {
    const dying = await store('crashed');
    await dying.lock(OWNER);
    await psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'strata' AND state = 'idle in transaction'");
    await (await (await store('crashed')).lock({ ...OWNER, user: 'bo' })).release();
  });

  it('reports an unreachable server, wrong credentials and a missing database in one line, never the password', async () => {
    const where = (port: number, database = server.database) => `target 'trino_prod': state server (postgres 127.0.0.1:${port}, database '${database}')`;
    await assert.rejects(store('trino_prod', { port: server.closedPort }), rejects('engine', `${where(server.closedPort)}: the connection failed during connect (connect ECONNREFUSED 127.0.0.1:${server.closedPort}); check that the server is up and reachable and state: in strata.yaml, then run the command again`));
    await assert.rejects(store('trino_prod', { password: 'not-it' }), rejects('config', `${where(server.port)} refused the credentials of user 'strata' during connect; check state.user and state.password in strata.yaml (set the password through \${env:NAME})`));
    await assert.rejects(store('trino_prod', { database: 'nope' }), rejects('config', `${where(server.port, 'nope')}: the database does not exist; create it, or fix state.database in strata.yaml`));
  });

  it('keeps rows checksummed as documented (the layout is the contract with older and newer strata)', async () => {
    await (await store('layout')).record(entry(1, 'create'), { [TABLE.name]: TABLE }, {});
    const values = [TABLE.name, TABLE.hash, JSON.stringify(TABLE.columns), TABLE.version, TABLE.by, TABLE.at];
    const checksum = createHash('sha256').update(JSON.stringify(['layout', ...values])).digest('hex');
    await psql(`DELETE FROM strata.tables WHERE target = 'layout'`);
    await psql('INSERT INTO strata.tables VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', ['layout', ...values, checksum]);
    assert.deepEqual((await (await store('layout')).read()).tables, { [TABLE.name]: TABLE });
  });
});
