import { duckDbType } from '../engines/duckdb-types';
import type { DataType } from '../sql/ast';
import { StrataError } from '../errors';

/** Integral DuckDB types: Spark truncates fractions when casting to them, DuckDB rounds. */
export const INTEGRAL_TYPES = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT']);

/** The DuckDB spelling of a Spark/Hive/Flink type node (the engine's mapping); undefined when DuckDB has none. */
export function duckDbCastType(type: DataType): string | undefined {
  try {
    return duckDbType(type.text);
  } catch (e) {
    if (e instanceof StrataError) return undefined;
    throw e;
  }
}
