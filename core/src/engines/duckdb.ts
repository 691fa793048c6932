import { DuckDBConnection, DuckDBInstance, type DuckDBPreparedStatement } from '@duckdb/node-api';
import type { TableInfo } from '../catalog';
import { StrataError } from '../errors';
import { duckDbTableName, duckDbType, quoteIdentifier } from './duckdb-types';
import { normalizeValue } from './duckdb-values';
import type { Engine, EngineCapabilities, QueryResult, ResultColumn, RunOptions, TableAlteration } from './engine';
import { parseHiveType, type HiveType } from './hive-type';
import { RowError } from './row-error';
import { plainValue, ValueError } from './values';

export interface DuckDbOptions {
  /** Database file; default `:memory:`. */
  path?: string;
  /** Database files attached read-only under an alias (published local data, never written). */
  attachReadOnly?: { alias: string; path: string }[];
  /** Share one database per file across this process's engines (each its own connection): parallel work on one file. */
  shared?: boolean;
}

/** A created table's columns, for converting inserted values. */
interface CreatedTable {
  sqlName: string;
  columns: { name: string; type: HiveType; sqlType: string }[];
}

const CAPABILITIES: EngineCapabilities = { transactions: true, prepare: true, nestedTypes: true, streaming: false, transactionalDdl: true };

/** Opens embedded DuckDB (in memory unless `path` says otherwise). */
export async function openDuckDb(options: DuckDbOptions = {}): Promise<Engine> {
  const file = options.path ?? ':memory:';
  const instance = await (options.shared ? DuckDBInstance.fromCache(file) : DuckDBInstance.create(file));
  const connection = await instance.connect();
  const engine = new DuckDbEngine(connection, async () => {
    connection.closeSync();
    instance.closeSync();
  });
  try {
    for (const a of options.attachReadOnly ?? []) await engine.execute(`ATTACH ${sqlString(a.path)} AS ${quoteIdentifier(a.alias)} (READ_ONLY)`);
  } catch (e) {
    await engine.close();
    throw e;
  }
  return engine;
}

/** One connection to DuckDB as an {@link Engine}; `release` runs on close (closes the instance, or detaches a test's database). */
export class DuckDbEngine implements Engine {
  readonly name = 'duckdb';
  readonly capabilities = CAPABILITIES;
  private readonly tables = new Map<string, CreatedTable>();
  private inTransaction = false;

  constructor(private readonly connection: DuckDBConnection, private readonly release: () => Promise<void>) {}

  async createTable(table: TableInfo): Promise<void> {
    await this.createTables([table]);
  }

  async createTables(tables: readonly TableInfo[]): Promise<void> {
    const made = tables.map(tableDdl);
    if (made.length === 0) return;
    // One round trip for all of them: a unit test creates several tables and each call has a fixed cost.
    await this.execute(made.map((m) => m.ddl).join(';\n'));
    for (const [i, m] of made.entries()) this.tables.set(tables[i].name.toLowerCase(), m.created);
  }

  async insertRows(table: string, columns: string[], rows: unknown[][]): Promise<void> {
    const created = this.tables.get(table.toLowerCase());
    if (!created) throw new StrataError('usage', `table '${table}' was not created in this engine; create it first`);
    const targets = columns.map((name) => {
      const found = created.columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (!found) throw new StrataError('data', `'${table}' has no column '${name}'; its columns: ${created.columns.map((c) => c.name).join(', ')}`);
      return found;
    });
    if (rows.length === 0) return;
    // Every row is checked before any is inserted, and all go in one transaction: a bad row leaves the table as it was.
    const bound = rows.map((row, i) => boundRow(table, targets, row, i + 1));
    const batches = Array.from({ length: Math.ceil(bound.length / INSERT_BATCH_ROWS) }, (_, i) => bound.slice(i * INSERT_BATCH_ROWS, (i + 1) * INSERT_BATCH_ROWS));
    const run = async () => {
      for (const batch of batches) await this.connection.run(insertSql(created.sqlName, targets, batch));
    };
    try {
      // One statement is atomic on its own: BEGIN and COMMIT would cost two round trips more.
      await (batches.length === 1 ? run() : this.transaction(run));
    } catch (e) {
      // Rare (the values were checked): try row by row to name the row DuckDB refuses.
      await this.findRefusedRow(table, targets, bound);
      throw new StrataError('engine', engineMessage(e));
    }
  }

  async executeInTransaction(statements: readonly string[], options: RunOptions = {}): Promise<void> {
    if (statements.length === 0) return;
    if (this.inTransaction) return this.execute(statements.join(';\n'), options);
    // Sent as one script: one round trip instead of one per statement plus BEGIN and COMMIT.
    try {
      await this.execute(['BEGIN TRANSACTION', ...statements, 'COMMIT'].join(';\n'), options);
    } catch (e) {
      await this.connection.run('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  /** Inserts the rows one by one in a transaction that is always rolled back; throws a RowError for the first refused row. */
  private async findRefusedRow(table: string, targets: CreatedTable['columns'], bound: (string | null)[][]): Promise<void> {
    const created = this.tables.get(table.toLowerCase())!;
    const done = new Error('rolled back on purpose');
    try {
      await this.transaction(async () => {
        for (const [i, values] of bound.entries()) {
          try {
            await this.connection.run(insertSql(created.sqlName, targets, [values]));
          } catch (e) {
            throw new RowError(`'${table}' row ${i + 1}: ${engineMessage(e)}`, i + 1);
          }
        }
        throw done;
      });
    } catch (e) {
      if (e !== done) throw e;
    }
  }

  async describe(sql: string): Promise<ResultColumn[]> {
    const prepared = await this.prepare(sql);
    try {
      return Array.from({ length: prepared.columnCount }, (_, i) => ({ name: prepared.columnName(i), type: prepared.columnType(i).toString() }));
    } finally {
      prepared.destroySync();
    }
  }

  async execute(sql: string, options: RunOptions = {}): Promise<void> {
    await this.interruptible(options, () => this.connection.run(sql));
  }

  async query(sql: string, options: RunOptions = {}): Promise<QueryResult> {
    const reader = await this.interruptible(options, () => this.connection.runAndReadAll(sql));
    const names = reader.columnNames();
    const types = reader.columnTypes();
    return {
      columns: names.map((name, i) => ({ name, type: types[i].toString() })),
      rows: reader.getRows().map((row) => row.map(normalizeValue)),
    };
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    // DuckDB has no nested transactions: an inner call joins the outer one.
    if (this.inTransaction) return work();
    await this.execute('BEGIN TRANSACTION');
    this.inTransaction = true;
    try {
      const result = await work();
      await this.execute('COMMIT');
      return result;
    } catch (e) {
      await this.execute('ROLLBACK');
      throw e;
    } finally {
      this.inTransaction = false;
    }
  }

  async tableColumns(table: string): Promise<ResultColumn[] | undefined> {
    const { schema, name } = splitName(table);
    // An existence check first: DESCRIBE of a missing table would abort the enclosing transaction.
    const found = await this.query(`SELECT 1 FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = ${sqlString(schema)} AND table_name = ${sqlString(name)}`);
    if (found.rows.length === 0) return undefined;
    const described = await this.query(`DESCRIBE ${duckDbTableName(table)}`);
    return described.rows.map(([column, type]) => ({ name: String(column), type: String(type) }));
  }

  async alterTable(table: string, change: TableAlteration): Promise<void> {
    const sqlName = duckDbTableName(table);
    const created = this.tables.get(table.toLowerCase());
    switch (change.kind) {
      case 'add-columns':
        for (const c of change.columns) {
          if (c.type === undefined) throw new StrataError('usage', `column '${c.name}' of '${table}' has no type; declare one in its CREATE TABLE`);
          const sqlType = typeOf(table, c.name, c.type);
          await this.execute(`ALTER TABLE ${sqlName} ADD COLUMN IF NOT EXISTS ${quoteIdentifier(c.name)} ${sqlType}`);
          if (created && !created.columns.some((k) => k.name === c.name)) created.columns.push({ name: c.name, type: parseHiveType(c.type), sqlType });
        }
        return;
      case 'drop-columns':
        for (const c of change.columns) await this.execute(`ALTER TABLE ${sqlName} DROP COLUMN IF EXISTS ${quoteIdentifier(c)}`);
        if (created) created.columns = created.columns.filter((k) => !change.columns.includes(k.name));
        return;
      case 'retype-column': {
        const sqlType = typeOf(table, change.column, change.type);
        await this.execute(`ALTER TABLE ${sqlName} ALTER COLUMN ${quoteIdentifier(change.column)} SET DATA TYPE ${sqlType}`);
        const found = created?.columns.find((k) => k.name === change.column);
        if (found) Object.assign(found, { type: parseHiveType(change.type), sqlType });
      }
    }
  }

  async dropTable(table: string): Promise<void> {
    await this.execute(`DROP TABLE IF EXISTS ${duckDbTableName(table)}`);
    this.tables.delete(table.toLowerCase());
  }

  async close(): Promise<void> {
    await this.release();
  }

  private async prepare(sql: string): Promise<DuckDBPreparedStatement> {
    try {
      return await this.connection.prepare(sql);
    } catch (e) {
      throw new StrataError('engine', engineMessage(e));
    }
  }

  /** Runs `run`, interrupting the connection when it outlasts `timeoutMs`. */
  private async interruptible<T>(options: RunOptions, run: () => Promise<T>): Promise<T> {
    let timedOut = false;
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      this.connection.interrupt();
    }, options.timeoutMs);
    try {
      return await run();
    } catch (e) {
      if (timedOut) {
        throw new StrataError('timeout', `the query did not finish within ${options.timeoutMs} ms and was interrupted; look for a join or recursion that never ends, or raise the timeout`);
      }
      throw new StrataError('engine', engineMessage(e));
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Rows per INSERT statement when inserting many: enough to make round trips rare, few enough to keep statements small. */
const INSERT_BATCH_ROWS = 256;

/** `CREATE SCHEMA` and `CREATE TABLE` of a catalog table; built once per table (tests of one job create the same tables). */
function tableDdl(table: TableInfo): { ddl: string; created: CreatedTable } {
  let made = ddlCache.get(table);
  if (!made) {
    const columns = table.columns
      // An untyped Flink computed column (`proc_time AS PROCTIME()`) is derived, not stored.
      .filter((c) => c.type !== undefined || c.origin !== 'computed')
      .map((c) => {
        if (c.type === undefined) throw new StrataError('usage', `column '${c.name}' of '${table.name}' has no type; declare one in its CREATE TABLE`);
        return { name: c.name, type: parseHiveType(c.type), sqlType: typeOf(table.name, c.name, c.type) };
      });
    const sqlName = duckDbTableName(table.name);
    const schema = table.name.includes('.') ? `CREATE SCHEMA IF NOT EXISTS ${duckDbTableName(table.name.slice(0, table.name.lastIndexOf('.')))};\n` : '';
    made = { ddl: `${schema}CREATE TABLE ${sqlName} (${columns.map((c) => `${quoteIdentifier(c.name)} ${c.sqlType}`).join(', ')})`, created: { sqlName, columns } };
    ddlCache.set(table, made);
  }
  return made;
}

const ddlCache = new WeakMap<TableInfo, { ddl: string; created: CreatedTable }>();

/**
 * An INSERT of rows into `targets`, every value a text literal cast in SQL: one round trip, where
 * binding parameters costs three (extract, prepare, run).
 */
function insertSql(sqlName: string, targets: CreatedTable['columns'], rows: (string | null)[][]): string {
  const value = (c: CreatedTable['columns'][number], v: string | null) => {
    if (v === null) return `CAST(NULL AS ${c.sqlType})`;
    const nested = c.type.kind === 'array' || c.type.kind === 'map' || c.type.kind === 'struct';
    return nested ? `CAST(CAST(${sqlString(v)} AS JSON) AS ${c.sqlType})` : `CAST(${sqlString(v)} AS ${c.sqlType})`;
  };
  const values = rows.map((row) => `(${targets.map((c, i) => value(c, row[i])).join(', ')})`);
  return `INSERT INTO ${sqlName} (${targets.map((c) => quoteIdentifier(c.name)).join(', ')}) VALUES ${values.join(', ')}`;
}

function typeOf(table: string, column: string, type: string): string {
  try {
    return duckDbType(type);
  } catch (e) {
    if (e instanceof StrataError) throw new StrataError(e.code, `column '${column}' of '${table}': ${e.message}`);
    throw e;
  }
}

/** A row's values checked against their columns and bound as text; a bad one throws a RowError naming the column. */
function boundRow(table: string, targets: CreatedTable['columns'], row: unknown[], n: number): (string | null)[] {
  if (row.length !== targets.length) throw new RowError(`'${table}' row ${n} has ${row.length} values for ${targets.length} columns`, n);
  return targets.map((c, i) => {
    try {
      return bindText(plainValue(c.type, row[i]));
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      throw new RowError(`'${table}' row ${n}, column '${c.name}' (${typeText(c.type)}): ${e.message}`, n);
    }
  });
}

/** Every value goes in as text and is cast in SQL (see `insertSql`). */
function bindText(value: ReturnType<typeof plainValue>): string | null {
  if (value === null) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function typeText(type: HiveType): string {
  return type.kind === 'scalar' ? type.name : type.kind === 'decimal' ? `DECIMAL(${type.precision},${type.scale})` : type.kind.toUpperCase();
}

/** DuckDB's message on one line: its first line (the caret diagram and hints follow it). */
export function engineMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0].trim();
}

/** Our `db.table` as DuckDB schema and table (`main` when unqualified). */
function splitName(table: string): { schema: string; name: string } {
  const dot = table.lastIndexOf('.');
  return dot < 0 ? { schema: 'main', name: table } : { schema: table.slice(0, dot), name: table.slice(dot + 1) };
}

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
