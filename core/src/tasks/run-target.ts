import * as fs from 'node:fs';
import * as path from 'node:path';
import { duckDbTableName, loadSeed, openDuckDb, quoteIdentifier, seedTable, type Engine } from '../engines';
import { StrataError } from '../errors';
import { resolveTarget } from '../project';
import { duckDbPrelude } from '../translate';
import type { Workspace } from './workspace';

/** Rows a source table got from its seed for one date. */
export interface SeedLoad {
  table: string;
  date: string;
  rows: number;
  /** The seed file, project-relative. */
  file: string;
}

/** Where the seeds are loaded once per run before their rows for a date are copied into the target. */
const SEEDS = 'strata_seeds';

/**
 * A run's DuckDB target: its database file opened once with one connection per parallel job,
 * each with the translation prelude (as temporary macros: nothing of ours is left in the target).
 */
export class RunTarget {
  private seedsLoaded = new Set<string>();

  private constructor(private readonly ws: Workspace, readonly name: string, readonly engines: Engine[], private readonly database: string) {}

  /** Opens the target named `name` (a duckdb target whose file exists) with `connections` connections. */
  static async open(ws: Workspace, name: string, connections: number, env: Record<string, string | undefined>): Promise<RunTarget> {
    const file = targetFile(ws, name, env);
    if (!fs.existsSync(file)) throw new StrataError('usage', `target '${name}' has no database yet (${path.relative(ws.project.root, file) || file}); run \`strata publish --target ${name}\` first`);
    const engines: Engine[] = [];
    try {
      for (let i = 0; i < connections; i++) engines.push(await openDuckDb({ path: file, shared: true }));
      for (const engine of engines) for (const sql of duckDbPrelude()) await engine.execute(sql.replace(/^CREATE OR REPLACE MACRO /, 'CREATE OR REPLACE TEMP MACRO '));
      const database = String((await engines[0].query('SELECT current_database()')).rows[0][0]);
      return new RunTarget(ws, name, engines, database);
    } catch (e) {
      for (const engine of engines) await engine.close();
      throw e;
    }
  }

  /** Throws the one-line usage error for the first of `tables` (sorted) the target does not hold. */
  async requireTables(tables: string[]): Promise<void> {
    const sql = `SELECT lower(table_schema || '.' || table_name) FROM information_schema.tables WHERE table_catalog = ${literal(this.database)}`;
    const present = new Set((await this.engines[0].query(sql)).rows.map((r) => String(r[0])));
    const missing = [...new Set(tables)].sort().find((t) => !present.has(t.includes('.') ? t : `main.${t}`));
    if (missing) throw new StrataError('usage', `table ${missing} is not on target '${this.name}'; run \`strata publish --target ${this.name}\` first`);
  }

  /**
   * Replaces each source table's partition for `date` (its first partition column equal to the
   * date, as yyyy-MM-dd or yyyyMMdd) with the seed rows of that date, in one transaction per table;
   * an unpartitioned table gets all its seed rows. Re-running loads the same rows again, no more.
   */
  async loadSeeds(tables: string[], date: string): Promise<SeedLoad[]> {
    const loads: SeedLoad[] = [];
    for (const table of tables) {
      const info = this.ws.catalog.get(table)!;
      const seed = this.ws.project.seeds.find((s) => seedTable(this.ws.catalog, s)?.name === table);
      if (!seed) continue;
      await this.stage(table, seed.path);
      const key = info.columns.find((c) => c.partition)?.name;
      const where = key === undefined ? 'TRUE' : `CAST(${quoteIdentifier(key)} AS VARCHAR) IN (${literal(date)}, ${literal(date.replace(/-/g, ''))})`;
      const target = `${quoteIdentifier(this.database)}.${duckDbTableName(table)}`;
      const engine = this.engines[0];
      await engine.transaction(async () => {
        await engine.execute(`DELETE FROM ${target} WHERE ${where}`);
        await engine.execute(`INSERT INTO ${target} BY NAME SELECT * FROM ${SEEDS}.${duckDbTableName(table)} WHERE ${where}`);
      });
      const rows = Number((await engine.query(`SELECT count(*) FROM ${SEEDS}.${duckDbTableName(table)} WHERE ${where}`)).rows[0][0]);
      loads.push({ table, date, rows, file: seed.path });
    }
    return loads;
  }

  async close(): Promise<void> {
    if (this.seedsLoaded.size > 0) await this.engines[0].execute(`DETACH DATABASE IF EXISTS ${SEEDS}`);
    for (const engine of this.engines) await engine.close();
  }

  /** Loads a seed file once per run into the in-memory staging database. */
  private async stage(table: string, file: string): Promise<void> {
    if (this.seedsLoaded.has(table)) return;
    const engine = this.engines[0];
    if (this.seedsLoaded.size === 0) await engine.execute(`ATTACH ':memory:' AS ${SEEDS}`);
    this.seedsLoaded.add(table);
    await engine.execute(`USE ${SEEDS}`);
    try {
      await engine.createTable(this.ws.catalog.get(table)!);
      await loadSeed(engine, this.ws.catalog.get(table)!, fs.readFileSync(path.join(this.ws.project.root, file), 'utf8'), file);
    } finally {
      await engine.execute(`USE ${quoteIdentifier(this.database)}`);
    }
  }
}

/** The database file of a duckdb target; any other engine is a usage error. */
function targetFile(ws: Workspace, name: string, env: Record<string, string | undefined>): string {
  const target = resolveTarget(ws.project.config, name, env);
  if (target.engine !== 'duckdb') {
    throw new StrataError('usage', `target '${name}' uses engine '${target.engine}': strata run runs jobs locally on a duckdb target (e.g. --target local); schedule the others with the DAGs strata publish writes`);
  }
  return path.resolve(ws.project.root, target.path ?? path.join('.strata', 'local.duckdb'));
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
