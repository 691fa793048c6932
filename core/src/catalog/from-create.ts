import type { ColumnDef, CreateTable, CreateView, Dialect, Property, QualifiedName } from '../sql/ast';
import { queryOutputNames } from './output-names';
import type { ColumnInfo, TableInfo } from './table-info';

/** `db.t` as written, lower-cased. */
export function qualifiedName(name: QualifiedName): string {
  return name.parts.map((p) => p.name.toLowerCase()).join('.');
}

/**
 * A table from its DDL: declared columns (computed and metadata columns included), then
 * partition columns. A Spark/Flink identity partition (`PARTITIONED BY (p_date)`) moves the
 * named column to the end, where the engine puts it. Views and CTAS take the query's output names
 * (unaliased expressions named as `dialect` names them). Flink DDL is case-sensitive: each column
 * keeps its declared spelling for case-sensitive lookups.
 */
export function tableFromCreate(stmt: CreateTable | CreateView, file?: string, dialect: Dialect = 'spark'): TableInfo {
  const base = {
    name: qualifiedName(stmt.name),
    comment: stmt.comment,
    file,
    span: { start: stmt.start, end: stmt.end },
    temporary: stmt.temporary,
  };
  if (stmt.kind === 'CreateView') {
    const names = stmt.columns?.map((c) => c.name.name.toLowerCase()) ?? queryOutputNames(stmt.query, dialect);
    const columns = names.map((name, i) => ({ name, comment: stmt.columns?.[i]?.comment, partition: false }));
    return { ...base, kind: 'view', columns, options: properties(stmt.tblProperties) };
  }
  const table: TableInfo = { ...base, kind: 'table', columns: tableColumns(stmt, dialect), options: properties([...stmt.tblProperties, ...stmt.withOptions]) };
  if (dialect === 'flink' && !stmt.asQuery) table.caseSensitive = true;
  const key = stmt.primaryKey?.columns.map((c) => c.name.toLowerCase()) ?? stmt.columns.filter((c) => c.primaryKey).map((c) => c.name.name.toLowerCase());
  if (key.length > 0) table.primaryKey = key;
  const spelled = stmt.name.parts.map((p) => p.name).join('.');
  if (spelled !== table.name) table.spelling = spelled;
  return table;
}

function tableColumns(stmt: CreateTable, dialect: Dialect): ColumnInfo[] {
  const data = stmt.columns.map((c) => columnInfo(c, false));
  if (data.length === 0 && stmt.asQuery) {
    data.push(...queryOutputNames(stmt.asQuery, dialect).map((name) => ({ name, partition: false })));
  }
  const partitions: ColumnInfo[] = [];
  for (const p of stmt.partitionedBy) {
    const name = p.name.name.toLowerCase();
    const at = data.findIndex((c) => c.name === name);
    if (at >= 0) partitions.push({ ...data.splice(at, 1)[0], partition: true });
    else partitions.push(columnInfo(p, true));
  }
  return [...data, ...partitions];
}

function columnInfo(def: ColumnDef, partition: boolean): ColumnInfo {
  const info: ColumnInfo = { name: def.name.name.toLowerCase(), type: def.type?.text, comment: def.comment, partition };
  if (def.name.name !== info.name) info.spelling = def.name.name;
  if (def.computed || def.metadata?.virtual) info.readOnly = true;
  if (def.computed) info.origin = 'computed';
  else if (def.metadata) info.origin = 'metadata';
  return info;
}

function properties(list: Property[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of list) out[p.key] = p.value;
  return out;
}
