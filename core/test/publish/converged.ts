import assert from 'node:assert/strict';
import { duckDbType, openDuckDb, type Engine } from '../../src/engines';
import { openDuckDbState } from '../../src/publish';

/** Asserts the engine holds exactly the tables and columns the state records, and no journal entry twice. */
export async function assertConverged(engine: Engine): Promise<void> {
  const state = await openDuckDbState(engine, 'local').read();
  const tables = await engine.query("SELECT schema_name || '.' || table_name FROM duckdb_tables() WHERE schema_name <> 'strata' ORDER BY 1");
  assert.deepEqual(tables.rows.map((r) => r[0]), Object.keys(state.tables).sort());
  for (const t of Object.values(state.tables)) {
    const held = (await engine.tableColumns(t.name))!.map((c) => `${c.name} ${c.type}`);
    assert.deepEqual(held, t.columns.map((c) => `${c.name} ${duckDbType(c.type)}`), t.name);
  }
  const journal = await engine.query('SELECT description FROM strata.journal');
  const descriptions = journal.rows.map((r) => String(r[0]));
  assert.deepEqual(descriptions.filter((d, i) => descriptions.indexOf(d) !== i), [], 'a step applied twice');
}

/** Runs `work` on the DuckDB file at `file`, closed afterwards. */
export async function withDatabase<T>(file: string, work: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = await openDuckDb({ path: file });
  try {
    return await work(engine);
  } finally {
    await engine.close();
  }
}
