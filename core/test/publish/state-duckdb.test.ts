import assert from 'node:assert/strict';
import { openDuckDb, type Engine } from '../../src/engines';
import { StrataError } from '../../src/errors';
import { openDuckDbState, STATE_FORMAT, type PublishedJob, type PublishedTable } from '../../src/publish';

const TABLE: PublishedTable = {
  name: 'dwd.t', hash: 'h1', columns: [{ name: 'id', type: 'BIGINT', partition: false }, { name: 'p_date', type: 'STRING', partition: true, comment: "it's the day" }],
  version: 1, by: 'ana@box', at: '2026-11-30T10:00:00.000Z',
};
const JOB: PublishedJob = { path: 'jobs/t.sql', hash: 'h2', type: 'streaming', writes: ['dwd.t'], version: 3, by: 'ana@box', at: '2026-11-30T10:00:01.000Z', handle: { jobId: 'f-1' } };
const entry = (step: number, description: string) => ({ plan: 'p1', step, description, by: 'ana@box', at: '2026-11-30T10:00:02.000Z' });

function fails(message: string) {
  return (e: unknown) => e instanceof StrataError && e.code === 'config' && e.message === message;
}

describe('DuckDB target state', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = await openDuckDb();
  });
  afterEach(async () => engine.close());

  it('reads an empty state where none was recorded, without creating its schema', async () => {
    const state = openDuckDbState(engine, 'local');
    assert.deepEqual(await state.read(), { format: STATE_FORMAT, tables: {}, jobs: {} });
    assert.deepEqual(await state.journal('p1'), []);
    assert.deepEqual((await engine.query("SELECT count(*) FROM duckdb_schemas() WHERE schema_name = 'strata'")).rows, [[0]]);
  });

  it('records rows and journal entries, and removes a row recorded as null', async () => {
    const state = openDuckDbState(engine, 'local');
    await state.record(entry(1, 'create table dwd.t'), { 'dwd.t': TABLE }, {});
    await state.record(entry(2, 'register job jobs/t.sql'), {}, { 'jobs/t.sql': JOB });
    assert.deepEqual(await state.read(), { format: 1, tables: { 'dwd.t': TABLE }, jobs: { 'jobs/t.sql': JOB } });
    await state.record(entry(3, 'remove job jobs/t.sql'), {}, { 'jobs/t.sql': null });
    assert.deepEqual((await state.read()).jobs, {});
    assert.deepEqual((await state.journal('p1')).map((e) => `${e.step} ${e.description}`), ['1 create table dwd.t', '2 register job jobs/t.sql', '3 remove job jobs/t.sql']);
    assert.deepEqual(await state.journal('p2'), []);
  });

  it('records nothing of a step whose transaction rolls back', async () => {
    const state = openDuckDbState(engine, 'local');
    await assert.rejects(engine.transaction(async () => {
      await state.record(entry(1, 'create table dwd.t'), { 'dwd.t': TABLE }, {});
      throw new Error('stopped');
    }), { message: 'stopped' });
    assert.deepEqual([await state.read(), await state.journal('p1')], [{ format: 1, tables: {}, jobs: {} }, []]);
    await state.record(entry(1, 'create table dwd.t'), { 'dwd.t': TABLE }, {});
    assert.deepEqual(Object.keys((await state.read()).tables), ['dwd.t']);
  });

  // [what is edited by hand, the one-line error]
  const edits: [string, string][] = [
    ["UPDATE strata.tables SET hash = 'h9'", "target 'local': state row 'dwd.t' of strata.tables is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again"],
    ["UPDATE strata.tables SET columns = '[{\"name\":\"id\"'", "target 'local': state row 'dwd.t' of strata.tables is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again"],
    ['UPDATE strata.jobs SET version = 4', "target 'local': state row 'jobs/t.sql' of strata.jobs is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again"],
    ["UPDATE strata.meta SET value = 'one'", "target 'local': state row 'format' of strata.meta is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again"],
    ["UPDATE strata.meta SET value = '2'", "target 'local': its state was written by a newer strata (format 2, this one reads 1); upgrade strata"],
  ];
  for (const [sql, message] of edits) {
    it(`refuses a state where ${sql}`, async () => {
      const state = openDuckDbState(engine, 'local');
      await state.record(entry(1, 'create table dwd.t'), { 'dwd.t': TABLE }, { 'jobs/t.sql': JOB });
      await engine.execute(sql);
      await assert.rejects(state.read(), fails(message));
    });
  }

  it("keeps a streaming job's SQL beside its row: absent from a state written before, read back, ignored once an older strata changed the job", async () => {
    const state = openDuckDbState(engine, 'local');
    await state.record(entry(1, 'create table dwd.t'), { 'dwd.t': TABLE }, {});
    assert.deepEqual([(await engine.query("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'job_definitions'")).rows, (await state.read()).jobs], [[[0]], {}]);
    const job = { ...JOB, definition: "SET 'pipeline.name' = 't';\nINSERT INTO dwd.t SELECT 1;\n" };
    await state.record(entry(2, 'submit job jobs/t.sql'), {}, { [JOB.path]: job });
    assert.deepEqual((await state.read()).jobs, { [JOB.path]: job });
    // An older strata rewrites strata.jobs alone: the definition left behind is of the old hash.
    await engine.execute('CREATE TABLE kept AS SELECT * FROM strata.job_definitions');
    await state.record(entry(3, 'update job jobs/t.sql'), {}, { [JOB.path]: { ...JOB, hash: 'h3' } });
    await engine.execute('INSERT INTO strata.job_definitions SELECT * FROM kept');
    assert.deepEqual((await state.read()).jobs, { [JOB.path]: { ...JOB, hash: 'h3' } });
    await engine.execute("UPDATE strata.job_definitions SET definition = 'INSERT INTO dwd.t SELECT 2'");
    await assert.rejects(state.read(), fails("target 'local': state row 'jobs/t.sql' of strata.job_definitions is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again"));
  });

  it('takes no lock on an in-memory database (no other process can reach it)', async () => {
    const lock = await openDuckDbState(engine, 'local').lock({ user: 'ana', host: 'box', pid: 1, since: '', command: 'strata publish' });
    await lock.release();
  });
});
