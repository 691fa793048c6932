import assert from 'node:assert/strict';
import { openDuckDb, type Engine } from '../../src/engines';
import { applyPlan, computePlan, desiredState, openDuckDbState, type Desired, type FaultHook, type StateStore } from '../../src/publish';
import { loadWorkspace } from '../../src/tasks/workspace';
import { assertConverged } from './converged';
import { ADD_DEVICE_MODEL, copyLive, DROP_OS, RETYPE_WATCH_SECONDS, WATCH } from './live-copy';

const ROW = "INSERT INTO dwd.dwd_live_room_watch_di (room_id, user_id, os, watch_seconds, p_date) VALUES (1, 2, 'ios', 30, '2026-11-25'), (3, 4, 'web', 45, '2026-11-26')";

/** The tables the target holds here (and the jobs writing them): every kind of step, few enough to stop after each. */
const SELECTED = ['dwd.dwd_live_room_watch_di', 'dws.*', 'ads.ads_live_overview_1d'];

/** What the project at `edits` says the target holds. */
async function desiredOf(edits: [string, string][]): Promise<Desired> {
  const project = copyLive();
  try {
    for (const [from, to] of edits) project.edit(WATCH, from, to);
    const ws = await loadWorkspace({ project: project.dir, cwd: project.dir });
    const desired = desiredState(ws, { tables: SELECTED });
    void ws.columns;
    return desired;
  } finally {
    project.cleanup();
  }
}

/** Plans from the target's state and applies, as a publish does (stopped by `fault` when given). */
async function publishOnce(engine: Engine, store: StateStore, desired: Desired, fault?: FaultHook): Promise<number> {
  const current = await store.read();
  const plan = computePlan('local', desired, current);
  return (await applyPlan(plan, { engine, state: store, current, root: '.', target: 'local', by: 'test@host', fault })).applied;
}

function stopAt(k: number, phase: 'engine' | 'recorded'): FaultHook {
  return (n, at) => {
    if (n === k && at === phase) throw new Error(`injected after step ${k} (${phase})`);
  };
}

describe('publish stopped between any two steps converges when run again', function () {
  this.timeout(300_000);
  let v1: Desired;
  let v2: Desired;
  before(async () => {
    v1 = await desiredOf([]);
    v2 = await desiredOf([DROP_OS, RETYPE_WATCH_SECONDS, ADD_DEVICE_MODEL]);
  });

  for (const phase of ['engine', 'recorded'] as const) {
    it(`from empty, stopped after each step's ${phase === 'engine' ? 'engine work (rolled back with its state rows)' : 'record'}`, async () => {
      const total = computePlan('local', v1, { format: 1, tables: {}, jobs: {} }).steps.length;
      assert.equal(total, 12);
      for (let k = 1; k <= total; k++) {
        const engine = await openDuckDb();
        try {
          const store = openDuckDbState(engine, 'local');
          await assert.rejects(publishOnce(engine, store, v1, stopAt(k, phase)), { message: `injected after step ${k} (${phase})` });
          assert.equal(await publishOnce(engine, store, v1), phase === 'engine' ? total - k + 1 : total - k, `re-run after step ${k}`);
          await assertConverged(engine);
          assert.equal(await publishOnce(engine, store, v1), 0);
        } finally {
          await engine.close();
        }
      }
    });
  }

  it('keeps the rows when a breaking publish is stopped after any step and run again', async () => {
    const steps = (await (async () => {
      const engine = await openDuckDb();
      try {
        const store = openDuckDbState(engine, 'local');
        await publishOnce(engine, store, v1);
        const state = await store.read();
        return computePlan('local', v2, state).steps.map((s) => s.description);
      } finally {
        await engine.close();
      }
    })());
    assert.deepEqual(steps, [
      'retype column watch_seconds of dwd.dwd_live_room_watch_di from BIGINT to INT',
      'drop column os of dwd.dwd_live_room_watch_di',
      'add column device_model to dwd.dwd_live_room_watch_di',
    ]);
    for (const phase of ['engine', 'recorded'] as const) {
      for (let k = 1; k <= steps.length; k++) {
        const engine = await openDuckDb();
        try {
          const store = openDuckDbState(engine, 'local');
          await publishOnce(engine, store, v1);
          await engine.execute(ROW);
          await assert.rejects(publishOnce(engine, store, v2, stopAt(k, phase)), { message: `injected after step ${k} (${phase})` });
          await publishOnce(engine, store, v2);
          await assertConverged(engine);
          const rows = await engine.query('SELECT room_id, user_id, watch_seconds, device_model FROM dwd.dwd_live_room_watch_di ORDER BY room_id');
          assert.deepEqual(rows.rows, [[1, 2, 30, null], [3, 4, 45, null]], `after step ${k} (${phase})`);
        } finally {
          await engine.close();
        }
      }
    }
  });
});
