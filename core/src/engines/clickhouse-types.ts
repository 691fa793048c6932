import { StrataError } from '../errors';
import { parseHiveType, type HiveType } from './hive-type';

/** What the connected server supports, from `SELECT version()`. */
export interface ClickHouseFeatures {
  /** `18.16.1` */
  version: string;
  /** DateTime64 (20.1+): TIMESTAMP keeps milliseconds; older servers store whole seconds in DateTime. */
  dateTime64: boolean;
  /** Map, named Tuple elements and Bool (22.1+). Older servers keep a MAP (and an ARRAY of STRUCT, which they would flatten into Nested columns) as JSON text in a String column. */
  modernTypes: boolean;
  /** Column COMMENTs in replicated DDL (20.1+): 18.x refuses a ReplicatedMergeTree ON CLUSTER whose columns carry comments ("Table structure in ZooKeeper is too different"). */
  columnComments: boolean;
}

/** The features of a server from its version text (`18.16.1`, `23.8.2.7`). */
export function featuresOf(version: string): ClickHouseFeatures {
  const [major, minor] = version.split('.').map(Number);
  const atLeast = (a: number, b: number): boolean => major > a || (major === a && minor >= b);
  return { version, dateTime64: atLeast(20, 1), modernTypes: atLeast(22, 1), columnComments: atLeast(20, 1) };
}

/** Scalar Hive/Spark/Flink type names and the ClickHouse type each maps to (TIMESTAMP and BOOLEAN depend on the server). */
const SCALARS: Record<string, string> = {
  TINYINT: 'Int8', BYTE: 'Int8',
  SMALLINT: 'Int16', SHORT: 'Int16',
  INT: 'Int32', INTEGER: 'Int32',
  BIGINT: 'Int64', LONG: 'Int64',
  FLOAT: 'Float32', REAL: 'Float32',
  DOUBLE: 'Float64',
  STRING: 'String', VARCHAR: 'String', CHAR: 'String',
  BINARY: 'String', VARBINARY: 'String', BYTES: 'String',
  DATE: 'Date',
};
const TIMESTAMPS = new Set(['TIMESTAMP', 'TIMESTAMP_NTZ', 'TIMESTAMP_LTZ']);

/**
 * The ClickHouse type of a column of our catalog. Hive columns hold NULL, ClickHouse columns do
 * not unless `Nullable`: scalars become `Nullable(T)` (also inside arrays and tuples), except
 * `key` columns (partition and sorting keys, which ClickHouse requires non-nullable) and map keys.
 * `Array`, `Tuple` and `Map` cannot be Nullable: a NULL one is stored empty.
 */
export function clickHouseType(hiveType: string, features: ClickHouseFeatures, key = false): string {
  const type = parseHiveType(hiveType);
  if (!features.modernTypes && needsJsonText(type, false)) return key ? 'String' : 'Nullable(String)';
  return render(type, features, !key);
}

/** A MAP, or an ARRAY of STRUCT, has no faithful type on a server without Map. */
function needsJsonText(type: HiveType, inArray: boolean): boolean {
  switch (type.kind) {
    case 'map': return true;
    case 'struct': return inArray || type.fields.some((f) => needsJsonText(f.type, inArray));
    case 'array': return needsJsonText(type.element, true);
    default: return false;
  }
}

function render(type: HiveType, features: ClickHouseFeatures, nullable: boolean): string {
  switch (type.kind) {
    case 'array':
      return `Array(${render(type.element, features, true)})`;
    case 'map':
      return `Map(${render(type.key, features, false)}, ${render(type.value, features, true)})`;
    case 'struct':
      return `Tuple(${type.fields.map((f) => (features.modernTypes ? `${quoteName(f.name)} ` : '') + render(f.type, features, true)).join(', ')})`;
    case 'decimal':
      return wrap(`Decimal(${type.precision}, ${type.scale})`, nullable);
    case 'scalar':
      return wrap(scalar(type, features), nullable);
  }
}

function scalar(type: Extract<HiveType, { kind: 'scalar' }>, features: ClickHouseFeatures): string {
  if (TIMESTAMPS.has(type.name)) return features.dateTime64 ? 'DateTime64(3)' : 'DateTime';
  if (type.name === 'BOOLEAN' || type.name === 'BOOL') return features.modernTypes ? 'Bool' : 'UInt8';
  const mapped = SCALARS[type.name];
  if (mapped) return mapped;
  throw new StrataError('usage', `type '${type.text}' has no ClickHouse equivalent; use a Hive/Spark/Flink type such as STRING, BIGINT, DECIMAL(p,s), TIMESTAMP, ARRAY<T>, MAP<K,V> or STRUCT<...>`);
}

function wrap(type: string, nullable: boolean): string {
  return nullable ? `Nullable(${type})` : type;
}

/** A ClickHouse identifier in backquotes (backslash escapes), so any name and case survives. */
export function quoteName(name: string): string {
  return `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;
}

/** A ClickHouse string literal. */
export function quoteString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Our `db.table` as ClickHouse database and table (`fallback` database when unqualified). */
export function splitTableName(name: string, fallback: string): { database: string; table: string } {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? { database: fallback, table: name } : { database: name.slice(0, dot), table: name.slice(dot + 1) };
}
