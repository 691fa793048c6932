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
}

/** A created table's columns, for converting inserted values. */
interface CreatedTable {
  sqlName: string;
  columns: { name: string; type: HiveType; sqlType: string }[];
}

const CAPABILITIES: EngineCapabilities = { transactions: true, prepare: true, nestedTypes: true, streaming: false, transactionalDdl: true };

/** Opens embedded DuckDB (in memory unless `path` says otherwise). */
export async function openDuckDb(options: DuckDbOptions = {}): Promise<Engine> {
  const instance = await DuckDBInstance.create(options.path ?? ':memory:');
  const connection = await instance.connect();
  const engine = new DuckDbEngine(instance, connection);
  try {
    for (const a of options.attachReadOnly ?? []) await engine.execute(`ATTACH ${sqlString(a.path)} AS ${quoteIdentifier(a.alias)} (READ_ONLY)`);
  } catch (e) {
    await engine.close();
    throw e;
  }
  return engine;
}

class DuckDbEngine implements Engine {
  readonly name = 'duckdb';
  readonly capabilities = CAPABILITIES;
  private readonly tables = new Map<string, CreatedTable>();
  private inTransaction = false;

  constructor(private readonly instance: DuckDBInstance, private readonly connection: DuckDBConnection) {}

  async createTable(table: TableInfo): Promise<void> {
    const columns = table.columns
      // An untyped Flink computed column (`proc_time AS PROCTIME()`) is derived, not stored.
      .filter((c) => c.type !== undefined || c.origin !== 'computed')
      .map((c) => {
        if (c.type === undefined) throw new StrataError('usage', `column '${c.name}' of '${table.name}' has no type; declare one in its CREATE TABLE`);
        return { name: c.name, type: parseHiveType(c.type), sqlType: typeOf(table.name, c.name, c.type) };
      });
    const sqlName = duckDbTableName(table.name);
    const schema = table.name.includes('.') ? table.name.slice(0, table.name.lastIndexOf('.')) : undefined;
    if (schema) await this.execute(`CREATE SCHEMA IF NOT EXISTS ${duckDbTableName(schema)}`);
    await this.execute(`CREATE TABLE ${sqlName} (${columns.map((c) => `${quoteIdentifier(c.name)} ${c.sqlType}`).join(', ')})`);
    this.tables.set(table.name.toLowerCase(), { sqlName, columns });
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
    const placeholders = targets.map((c, i) => (c.type.kind === 'array' || c.type.kind === 'map' || c.type.kind === 'struct' ? `CAST(CAST($${i + 1} AS JSON) AS ${c.sqlType})` : `CAST($${i + 1} AS ${c.sqlType})`));
    const prepared = await this.prepare(`INSERT INTO ${created.sqlName} (${targets.map((c) => quoteIdentifier(c.name)).join(', ')}) VALUES (${placeholders.join(', ')})`);
    try {
      await this.transaction(async () => {
        for (const [i, values] of bound.entries()) {
          prepared.bind(values);
          try {
            await prepared.run();
          } catch (e) {
            throw new RowError(`'${table}' row ${i + 1}: ${engineMessage(e)}`, i + 1);
          }
        }
      });
    } finally {
      prepared.destroySync();
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
    this.connection.closeSync();
    this.instance.closeSync();
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

/** Every value is bound as text and cast in SQL, so one prepared INSERT serves every row. */
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
