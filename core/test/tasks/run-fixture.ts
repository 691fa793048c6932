import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openDuckDb } from '../../src/engines';
import { loadWorkspace } from '../../src/tasks/workspace';

export const LIVE = path.resolve(__dirname, '..', '..', '..', '..', 'examples', 'live');

/** The three dates the fixture's seeds cover: the example's two and a copy of its last day. */
export const DATES = ['2026-11-24', '2026-11-25', '2026-11-26'];

/**
 * A copy of examples/live whose seeds also hold 2026-11-26 (the rows of 2026-11-25 with that date
 * moved a day on), its local DuckDB target holding every catalog table, empty (as `strata publish`
 * leaves it). `edit` changes files of the copy first.
 */
export async function liveTarget(edit: Record<string, (text: string) => string> = {}): Promise<{ root: string; db: string; cleanup: () => void }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-run-'));
  fs.cpSync(LIVE, root, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
  for (const seed of fs.readdirSync(path.join(root, 'seeds'))) {
    const file = path.join(root, 'seeds', seed);
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    const last = lines.filter((l) => l.includes('2026-11-25')).map((l) => l.replace(/2026-11-25/g, '2026-11-26'));
    fs.writeFileSync(file, `${[...lines, ...last].join('\n')}\n`);
  }
  for (const [file, change] of Object.entries(edit)) fs.writeFileSync(path.join(root, file), change(fs.readFileSync(path.join(root, file), 'utf8')));
  const db = path.join(root, '.strata', 'local.duckdb');
  fs.mkdirSync(path.dirname(db));
  const ws = await loadWorkspace({ project: root, cwd: root });
  const engine = await openDuckDb({ path: db });
  try {
    for (const table of ws.catalog.tables()) if (!table.temporary) await engine.createTable(table);
  } finally {
    await engine.close();
  }
  return { root, db, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** Rows per table and p_date, and a hash of every table's sorted content, read from the target file. */
export async function targetContent(db: string): Promise<{ counts: Record<string, Record<string, number>>; hash: string }> {
  const engine = await openDuckDb({ path: db });
  try {
    const tables = (await engine.query("SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema IN ('ods', 'dim', 'dwd', 'dws', 'ads') ORDER BY 1")).rows.map((r) => String(r[0]));
    const counts: Record<string, Record<string, number>> = {};
    const parts: string[] = [];
    for (const table of tables) {
      const columns = (await engine.query(`DESCRIBE ${table}`)).rows.map((r) => String(r[0]));
      if (columns.includes('p_date')) {
        const rows = (await engine.query(`SELECT p_date, count(*) FROM ${table} GROUP BY p_date ORDER BY p_date`)).rows;
        if (rows.length > 0) counts[table] = Object.fromEntries(rows.map((r) => [String(r[0]), Number(r[1])]));
      }
      const content = await engine.query(`SELECT md5(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR))) FROM ${table} AS t`);
      parts.push(`${table}:${String(content.rows[0][0])}`);
    }
    return { counts, hash: parts.join('\n') };
  } finally {
    await engine.close();
  }
}
