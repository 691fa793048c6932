import { StrataError } from '../errors';
import { parseHiveType, type HiveType } from './hive-type';

/** Scalar Hive/Spark/Flink type names and the DuckDB type each maps to. */
const SCALARS: Record<string, string> = {
  TINYINT: 'TINYINT', BYTE: 'TINYINT',
  SMALLINT: 'SMALLINT', SHORT: 'SMALLINT',
  INT: 'INTEGER', INTEGER: 'INTEGER',
  BIGINT: 'BIGINT', LONG: 'BIGINT',
  FLOAT: 'FLOAT', REAL: 'FLOAT',
  DOUBLE: 'DOUBLE',
  STRING: 'VARCHAR', VARCHAR: 'VARCHAR', CHAR: 'VARCHAR',
  BOOLEAN: 'BOOLEAN', BOOL: 'BOOLEAN',
  DATE: 'DATE',
  // Flink's TIMESTAMP_LTZ is an instant shown in the session zone; locally the session zone is UTC.
  TIMESTAMP: 'TIMESTAMP', TIMESTAMP_NTZ: 'TIMESTAMP', TIMESTAMP_LTZ: 'TIMESTAMP',
  BINARY: 'BLOB', VARBINARY: 'BLOB', BYTES: 'BLOB',
};

/**
 * The DuckDB type for a Hive/Spark/Flink column type of our catalog: `STRING` -> `VARCHAR`,
 * `ARRAY<STRING>` -> `VARCHAR[]`, `MAP<STRING,BIGINT>` -> `MAP(VARCHAR, BIGINT)`,
 * `STRUCT<a:INT>` -> `STRUCT("a" INTEGER)`, `DECIMAL(18,2)` as is (`DECIMAL` alone is Spark's
 * `DECIMAL(10,0)`), `TIMESTAMP(3)` -> `TIMESTAMP`. A type it does not know throws a `usage`
 * StrataError naming it.
 */
export function duckDbType(hiveType: string): string {
  return render(parseHiveType(hiveType));
}

function render(type: HiveType): string {
  switch (type.kind) {
    case 'array':
      return `${render(type.element)}[]`;
    case 'map':
      return `MAP(${render(type.key)}, ${render(type.value)})`;
    case 'struct':
      return `STRUCT(${type.fields.map((f) => `${fieldName(f.name)} ${render(f.type)}`).join(', ')})`;
    case 'decimal':
      return `DECIMAL(${type.precision},${type.scale})`;
    case 'scalar': {
      const mapped = SCALARS[type.name];
      if (mapped) return mapped;
      throw new StrataError('usage', `type '${type.text}' has no DuckDB equivalent; use a Hive/Spark/Flink type such as STRING, BIGINT, DECIMAL(p,s), TIMESTAMP, ARRAY<T>, MAP<K,V> or STRUCT<...>`);
    }
  }
}

/** DuckDB's reserved words (`duckdb_keywords()` of category reserved or type_function): never bare names. */
const RESERVED = new Set(
  ('all analyse analyze and anti any array as asc asof asymmetric at authorization binary both by case cast check collate collation column columns '
    + 'concurrently constraint create cross default deferrable desc describe distinct do else end except false fetch for foreign freeze from full '
    + 'generated glob group having ilike in initially inner intersect into is isnull join lambda lateral leading left like limit map natural not '
    + 'notnull null offset on only or order outer overlaps pivot pivot_longer pivot_wider placing positional primary qualify references returning '
    + 'right select semi show similar some struct summarize symmetric table tablesample then to trailing true try_cast union unique unpack unpivot '
    + 'using variadic verbose when where window with').split(' '),
);

/** A DuckDB identifier in double quotes (inner quotes doubled), so any name and case survives. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A struct field name: bare when DuckDB reads it back unchanged (`a`), else quoted. */
function fieldName(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED.has(name) ? name : quoteIdentifier(name);
}

/** Our `db.table` as DuckDB schema `db`, table `table`, both quoted. */
export function duckDbTableName(name: string): string {
  return name.split('.').map(quoteIdentifier).join('.');
}
