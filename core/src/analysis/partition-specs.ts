import type { TableInfo } from '../catalog';
import type { PartitionSpec } from '../sql/ast';
import { closest } from '../text/closest';
import { Ctx, problem, suggestion } from './context';

/**
 * A `PARTITION (c = v, ...)` clause outside INSERT (LOAD DATA, TRUNCATE, ALTER TABLE ADD/DROP/EXCHANGE
 * PARTITION, ANALYZE): each `c` must be a partition column of the table when its DDL is known. Hive
 * and Spark reject the statement otherwise, so a misspelt `p_dat` is an error here, as in an INSERT.
 */
export function checkPartitionSpec(specs: PartitionSpec[], info: TableInfo | undefined, ctx: Ctx): void {
  // Without declared columns (a Spark table over files) partitions are discovered from the layout.
  if (!info || info.open || info.columns.length === 0) return;
  const partitions = info.columns.filter((c) => c.partition).map((c) => c.name);
  if (partitions.length === 0 && specs.length > 0) {
    problem(ctx, 'unknown-column', `PARTITION clause on '${info.name}', which is not partitioned`, specs[0].column);
    return;
  }
  for (const { column } of specs) {
    const name = column.name.toLowerCase();
    if (partitions.includes(name)) continue;
    const message = info.columns.some((c) => c.name === name)
      ? `'${column.name}' is not a partition column of '${info.name}' (partitioned by ${partitions.join(', ')})`
      : `unknown partition column '${column.name}' in '${info.name}'${suggestion(closest(name, partitions))}`;
    problem(ctx, 'unknown-column', message, column);
  }
}
