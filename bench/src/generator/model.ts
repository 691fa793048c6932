/** In-memory model of a generated warehouse, rendered to files by the table and job writers. */

export type ColumnRole = 'key' | 'dim' | 'metric' | 'time';

export interface GenColumn {
  name: string;
  /** Hive type as written in DDL. */
  type: string;
  role: ColumnRole;
  comment: string;
}

export interface GenTable {
  layer: string;
  /** Database of the layer; tables are referenced as `database.name`. */
  database: string;
  name: string;
  columns: GenColumn[];
  comment: string;
}

export type LayerName = 'ods' | 'dim' | 'dwd' | 'dws' | 'ads';

export interface LayerSpec {
  name: LayerName;
  /** Layers this layer's jobs read from. */
  reads: LayerName[];
  /** Share of all tables. */
  share: number;
  /** Table name suffix: `_di` daily increment, `_df` daily full, `_1d` one-day summary. */
  suffix: string;
}

/** The batch layers in dependency order. */
export const LAYERS: readonly LayerSpec[] = [
  { name: 'ods', reads: [], share: 0.25, suffix: '_di' },
  { name: 'dim', reads: ['ods'], share: 0.1, suffix: '_df' },
  { name: 'dwd', reads: ['ods'], share: 0.3, suffix: '_di' },
  { name: 'dws', reads: ['dwd'], share: 0.2, suffix: '_1d' },
  { name: 'ads', reads: ['dws'], share: 0.15, suffix: '_1d' },
];

export const SUBJECTS = ['live', 'room', 'gift', 'user', 'anchor', 'order', 'comment', 'like', 'share', 'follow'] as const;
export const ENTITIES = ['event', 'session', 'send', 'watch', 'pay', 'profile', 'stat', 'detail', 'log', 'snapshot'] as const;

/** Dimension columns (STRING) a table may carry. */
export const DIMENSIONS = [
  'os', 'app_version', 'channel', 'city', 'province', 'country', 'category', 'source', 'gender', 'age_band',
  'device_model', 'network', 'locale', 'room_type', 'gift_type', 'pay_method', 'user_level', 'anchor_level',
  'tag', 'scene',
] as const;

/** Metric columns a table may carry, with their type. */
export const METRICS: readonly { name: string; type: string }[] = [
  { name: 'watch_seconds', type: 'BIGINT' },
  { name: 'gift_cnt', type: 'BIGINT' },
  { name: 'gift_amount', type: 'DECIMAL(18,2)' },
  { name: 'like_cnt', type: 'BIGINT' },
  { name: 'comment_cnt', type: 'BIGINT' },
  { name: 'share_cnt', type: 'BIGINT' },
  { name: 'follow_cnt', type: 'BIGINT' },
  { name: 'pay_amount', type: 'DECIMAL(18,2)' },
  { name: 'order_cnt', type: 'BIGINT' },
  { name: 'enter_cnt', type: 'BIGINT' },
  { name: 'duration_ms', type: 'BIGINT' },
  { name: 'score', type: 'DOUBLE' },
  { name: 'coin_cnt', type: 'BIGINT' },
  { name: 'bullet_cnt', type: 'BIGINT' },
  { name: 'stay_seconds', type: 'BIGINT' },
];

/** Every table carries both keys, so any two tables can be joined. */
export const KEY_COLUMNS: readonly GenColumn[] = [
  { name: 'room_id', type: 'BIGINT', role: 'key', comment: 'live room id' },
  { name: 'user_id', type: 'BIGINT', role: 'key', comment: 'user id' },
];

export function qualified(table: GenTable): string {
  return `${table.database}.${table.name}`;
}

export function columnsOf(table: GenTable, role: ColumnRole): GenColumn[] {
  return table.columns.filter((c) => c.role === role);
}
