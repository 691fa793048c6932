import type { DataType } from '../sql/ast';

const SCALARS: Record<string, string> = {
  STRING: 'VARCHAR',
  VARCHAR: 'VARCHAR',
  CHAR: 'VARCHAR',
  TEXT: 'VARCHAR',
  BINARY: 'BLOB',
  VARBINARY: 'BLOB',
  BYTES: 'BLOB',
  INT: 'INTEGER',
  INTEGER: 'INTEGER',
  TINYINT: 'TINYINT',
  BYTE: 'TINYINT',
  SMALLINT: 'SMALLINT',
  SHORT: 'SMALLINT',
  BIGINT: 'BIGINT',
  LONG: 'BIGINT',
  FLOAT: 'FLOAT',
  REAL: 'FLOAT',
  DOUBLE: 'DOUBLE',
  BOOLEAN: 'BOOLEAN',
  DATE: 'DATE',
  TIMESTAMP: 'TIMESTAMP',
  TIMESTAMP_NTZ: 'TIMESTAMP',
  TIMESTAMP_LTZ: 'TIMESTAMP',
};

/** Integral DuckDB types: Spark truncates fractions when casting to them, DuckDB rounds. */
export const INTEGRAL_TYPES = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT']);

/**
 * The DuckDB spelling of a Spark/Hive/Flink type node: `ARRAY<STRING>` → `VARCHAR[]`,
 * `MAP<STRING,BIGINT>` → `MAP(VARCHAR, BIGINT)`, `STRUCT<a:INT>`/`ROW<a INT>` → `STRUCT(a INTEGER)`.
 * Undefined for a type DuckDB has no equivalent for.
 */
export function duckDbCastType(type: DataType): string | undefined {
  switch (type.name) {
    case 'ARRAY': {
      const element = type.args[0] && duckDbCastType(type.args[0]);
      return element && `${element}[]`;
    }
    case 'MAP': {
      const [k, v] = type.args.map(duckDbCastType);
      return k && v && `MAP(${k}, ${v})`;
    }
    case 'STRUCT':
    case 'ROW': {
      const fields = type.fields.map((f) => ({ name: f.name.name, type: duckDbCastType(f.type) }));
      if (fields.some((f) => !f.type)) return undefined;
      return `STRUCT(${fields.map((f) => `"${f.name.replace(/"/g, '""')}" ${f.type}`).join(', ')})`;
    }
    case 'DECIMAL':
    case 'DEC':
    case 'NUMERIC': {
      const digits = /\((\d+)(?:,(\d+))?\)/.exec(type.text);
      return digits ? `DECIMAL(${digits[1]},${digits[2] ?? 0})` : 'DECIMAL(10,0)';
    }
    default:
      return SCALARS[type.name];
  }
}
