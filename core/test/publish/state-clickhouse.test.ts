import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { openClickHouse, type ClickHouseEngine } from '../../src/engines';
import { StrataError } from '../../src/errors';
import { openClickHouseState } from '../../src/publish/state-clickhouse';
import type { JournalEntry, LockOwner, PublishedJob, PublishedTable, StateStore } from '../../src/publish/state';
import { clusterUnavailable, startClickHouseCluster, type ClickHouseCluster } from '../helpers/clickhouse-cluster';

const TABLE: PublishedTable = {
  name: 'ads.ads_live_room_rank_1d', hash: 'a'.repeat(64), version: 1, by: 'ana@build-1', at: '2026-11-30T10:00:00.000Z',
  columns: [{ name: 'category', type: 'STRING', partition: false, comment: 'room category' }, { name: 'p_date', type: 'STRING', partition: true }],
};
const JOB: PublishedJob = { path: 'jobs/ads_live_room_rank_1d.sql', hash: 'b'.repeat(64), type: 'batch', writes: [TABLE.name], version: 1, by: 'ana@build-1', at: '2026-11-30T10:00:00.000Z' };
const OWNER: LockOwner = { user: 'ana', host: 'build-1', pid: 4242, since: '2026-11-30T10:00:00.000Z', command: 'strata publish' };

function entry(step: number, description: string): JournalEntry {
  return { plan: 'p-1', step, description, by: 'ana@build-1', at: `2026-11-30T10:00:0${step}.000Z` };
}

function rejects(message: string) {
  return (e: unknown) => {
    assert.ok(e instanceof StrataError, String(e));
    assert.deepEqual([e.code, e.message], ['config', message]);
    return true;
  };
}

/** A row written the way the store writes it (the layout is the store's contract with older and newer strata). */
async function writeRow(engine: ClickHouseEngine, target: string, kind: string, key: string, value: string, checksumOf = value): Promise<void> {
  const checksum = createHash('sha256').update(JSON.stringify([target, kind, key, checksumOf])).digest('hex');
  await engine.insertRows('strata.state', ['target', 'kind', 'key', 'value', 'checksum', 'deleted', 'seq'], [[target, kind, key, value, checksum, 0, String(BigInt(Date.now()) * 1000n + 999n)]]);
}

describe('ClickHouse target state on a two-shard cluster', function () {
  this.timeout(180_000);
  let cluster: ClickHouseCluster;
  let engines: ClickHouseEngine[] = [];
  const connect = async (port: number): Promise<ClickHouseEngine> => {
    const engine = await openClickHouse({ target: 'serving', host: '127.0.0.1', port, user: cluster.user, password: cluster.password, cluster: cluster.cluster });
    engines.push(engine);
    return engine;
  };
  const store = async (target = 'serving', port = cluster.httpPorts[0]): Promise<StateStore> => openClickHouseState(await connect(port), target);

  before(async function () {
    const why = clusterUnavailable();
    if (why) {
      console.log(`      skipped: ${why}`);
      this.skip();
    }
    cluster = await startClickHouseCluster();
  });

  after(async () => {
    for (const e of engines) await e.close();
    engines = [];
    await cluster?.stop();
  });

  it('reads an empty state before anything was recorded', async () => {
    const state = await store();
    assert.deepEqual(await state.read(), { format: 1, tables: {}, jobs: {} });
    assert.deepEqual(await state.journal('p-1'), []);
  });

  it('records steps and reads them back, on either shard (the state is replicated to every host)', async () => {
    const state = await store();
    await state.record(entry(1, 'create table ads.ads_live_room_rank_1d'), { [TABLE.name]: TABLE }, {});
    await state.record(entry(2, 'publish job jobs/ads_live_room_rank_1d.sql'), {}, { [JOB.path]: JOB });
    const expected = { format: 1, tables: { [TABLE.name]: TABLE }, jobs: { [JOB.path]: JOB } };
    assert.deepEqual(await state.read(), expected);
    assert.deepEqual(await state.journal('p-1'), [entry(1, 'create table ads.ads_live_room_rank_1d'), entry(2, 'publish job jobs/ads_live_room_rank_1d.sql')]);
    assert.deepEqual(await state.journal('p-2'), []);

    const other = await connect(cluster.httpPorts[1]);
    await other.execute('SYSTEM SYNC REPLICA strata.state');
    assert.deepEqual(await openClickHouseState(other, 'serving').read(), expected);
  });

  it('removes a row recorded as null, and keeps targets apart', async () => {
    const state = await store();
    await state.record(entry(3, 'drop job'), {}, { [JOB.path]: null });
    assert.deepEqual(await state.read(), { format: 1, tables: { [TABLE.name]: TABLE }, jobs: {} });
    assert.deepEqual(await (await store('staging')).read(), { format: 1, tables: {}, jobs: {} });
  });

  it('refuses a state written by a newer strata', async () => {
    const engine = await connect(cluster.httpPorts[0]);
    await writeRow(engine, 'future', 'meta', 'format', '2');
    await assert.rejects(openClickHouseState(engine, 'future').read(), rejects("target 'future': its state was written by a newer strata (format 2, this one reads 1); upgrade strata"));
  });

  it('refuses a row edited by hand, naming it', async () => {
    const engine = await connect(cluster.httpPorts[0]);
    await writeRow(engine, 'serving', 'table', TABLE.name, JSON.stringify({ ...TABLE, version: 7 }), JSON.stringify(TABLE));
    await assert.rejects(
      openClickHouseState(engine, 'serving').read(),
      rejects("target 'serving': state row 'ads.ads_live_room_rank_1d' of strata.state is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again"),
    );
  });

  it('lets one publish hold the lock; a second fails naming the holder; after release it is free', async () => {
    const first = await store('locked');
    const second = await store('locked');
    const lock = await first.lock(OWNER);
    await assert.rejects(
      second.lock({ ...OWNER, user: 'bo', host: 'laptop', pid: 7 }),
      (e: unknown) => {
        assert.ok(e instanceof StrataError);
        assert.equal(e.code, 'config');
        assert.match(e.message, /^target 'locked' is locked by ana@build-1 \(pid 4242, strata publish\) since 2026-11-30T10:00:00.000Z; wait for it to finish \(a lock whose holder died expires at \d{4}-\d\d-\d\dT[\d:.]+Z\), then run again$/);
        return true;
      },
    );
    await lock.release();
    const again = await second.lock({ ...OWNER, user: 'bo' });
    await again.release();
  });

  it('ignores a lock whose holder died and whose lease ran out', async () => {
    const engine = await connect(cluster.httpPorts[0]);
    await writeRow(engine, 'stale', 'lock', 'dead-claim', JSON.stringify({ owner: OWNER, until: '2026-01-01T00:00:00.000Z' }));
    const lock = await openClickHouseState(engine, 'stale').lock({ ...OWNER, user: 'bo' });
    await lock.release();
  });
});
