import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSeed, openDuckDb, seedTable, type Engine } from '../../src/engines';
import { StrataError } from '../../src/errors';
import { loadWorkspace } from '../../src/tasks/workspace';
import { table } from './tables';

const live = path.resolve(__dirname, '../../../../examples/live');

describe('seeds', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = await openDuckDb();
  });
  afterEach(async () => engine.close());

  it('loads every seed of examples/live into its ODS table', async () => {
    const ws = await loadWorkspace({ project: live, cwd: live });
    const loaded: Record<string, number> = {};
    for (const seed of ws.project.seeds) {
      const info = seedTable(ws.catalog, seed)!;
      await engine.createTable(info);
      loaded[info.name] = await loadSeed(engine, info, fs.readFileSync(path.join(live, seed.path), 'utf8'), seed.path);
    }
    assert.deepEqual(loaded, Object.fromEntries(ws.project.seeds.map((s) => [`ods.${s.table}`, s.rows])));
    const gift = await engine.query("SELECT log_id, combo_id, device.os, p_date FROM ods.ods_live_gift_log_di WHERE log_id = 'gl-25-003'");
    assert.deepEqual(gift.rows, [['gl-25-003', null, 'android', '2026-11-25']]);
    const tags = await engine.query('SELECT tags FROM ods.ods_user_profile_db_df WHERE user_id = 3001 ORDER BY p_date LIMIT 1');
    assert.deepEqual(tags.rows, [[['Music', ' singer ']]]);
  });

  it('locates a bad value at its line and an unknown header column at its column', async () => {
    const info = table('ods.ods_x_di', [['id', 'BIGINT'], ['at', 'TIMESTAMP'], ['p_date', 'STRING']]);
    await engine.createTable(info);
    const bad = 'id,at,p_date\n1,2026-11-24 10:00:00,2026-11-24\n"2",yesterday,2026-11-24\n';
    await assert.rejects(loadSeed(engine, info, bad, 'seeds/ods_x_di.csv'), (e: unknown) =>
      e instanceof StrataError && e.code === 'data' && e.message === "'ods.ods_x_di', column 'at' (TIMESTAMP): 'yesterday' is not a timestamp (yyyy-MM-dd HH:mm:ss[.SSS])"
      && JSON.stringify(e.location) === JSON.stringify({ file: 'seeds/ods_x_di.csv', line: 2, character: 0 }));
    await assert.rejects(loadSeed(engine, info, 'id,when,p_date\n', 'seeds/ods_x_di.csv'), (e: unknown) =>
      e instanceof StrataError && e.message === "seed column 'when' is not a column of 'ods.ods_x_di'; rename it or remove it"
      && JSON.stringify(e.location) === JSON.stringify({ file: 'seeds/ods_x_di.csv', line: 0, character: 3 }));
  });
});
