import { type GenColumn, type GenTable } from './model';

/** Renders a table contract: YAML front matter and Hive DDL partitioned by `p_date`. */
export function renderTableFile(table: GenTable, owner: string): string {
  const keys = table.columns.filter((c) => c.role === 'key').map((c) => c.name);
  const width = Math.max(...table.columns.map((c) => c.name.length));
  const typeWidth = Math.max(...table.columns.map((c) => c.type.length));
  const columns = table.columns.map((c) => `  ${columnLine(c, width, typeWidth)}`).join(',\n');
  return [
    '/*---',
    `owner: ${owner}`,
    `description: ${table.comment}`,
    'lifecycle_days: 400',
    `tags: [${table.layer}]`,
    'checks:',
    `  - not_null: [${keys.join(', ')}]`,
    '---*/',
    `CREATE TABLE IF NOT EXISTS ${table.database}.${table.name} (`,
    columns,
    `) COMMENT '${table.comment}'`,
    "PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')",
    'STORED AS ORC',
    "TBLPROPERTIES ('orc.compress' = 'SNAPPY');",
    '',
  ].join('\n');
}

function columnLine(column: GenColumn, width: number, typeWidth: number): string {
  return `${column.name.padEnd(width)} ${column.type.padEnd(typeWidth)} COMMENT '${column.comment}'`;
}
