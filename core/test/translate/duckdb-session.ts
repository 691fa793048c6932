import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { Catalog } from '../../src/catalog';
import type { Dialect } from '../../src/sql';
import { duckDbPrelude, translateToDuckDb } from '../../src/translate';

/** An in-memory DuckDB with the translation prelude installed; `close` in an `after` hook. */
export class DuckDbSession {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  static async open(): Promise<DuckDbSession> {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    for (const sql of duckDbPrelude()) await connection.run(sql);
    return new DuckDbSession(instance, connection);
  }

  async run(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  /** Rows as JSON-friendly values (numbers — also 64-bit integers —, strings, arrays, objects, null). */
  async rows(sql: string): Promise<unknown[][]> {
    const reader = await this.connection.runAndReadAll(sql);
    const wide = reader.columnTypes().map((t) => /BIGINT|HUGEINT/.test(String(t)));
    return (reader.getRowsJson() as unknown[][]).map((row) => row.map((v, i) => (wide[i] ? numbers(v) : v)));
  }

  /** Translates `text` and runs every resulting statement; returns the rows of the last query, if any. */
  async runTranslated(text: string, options: TranslateOptions = {}): Promise<unknown[][]> {
    const { statements, diagnostics } = translate(text, options);
    if (diagnostics.some((d) => d.severity === 'error')) throw new Error(diagnostics.map((d) => d.message).join('; '));
    let last: unknown[][] = [];
    for (const s of statements) for (const sql of s.sql) last = s.kind === 'query' ? await this.rows(sql) : (await this.run(sql), last);
    return last;
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** 64-bit integers come back as strings in JSON rows; the tests compare them as numbers. */
function numbers(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  if (Array.isArray(value)) return value.map(numbers);
  return value;
}

export interface TranslateOptions {
  dialect?: Dialect;
  catalog?: Catalog;
  vars?: Record<string, string>;
}

export function translate(text: string, options: TranslateOptions = {}): ReturnType<typeof translateToDuckDb> {
  return translateToDuckDb({ text, dialect: options.dialect ?? 'spark', file: 'jobs/t.sql', catalog: options.catalog ?? new Catalog(), vars: options.vars ?? {} });
}
