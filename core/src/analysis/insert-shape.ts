import type { TableInfo } from '../catalog';
import type { Insert } from '../sql/ast';
import { closest } from '../text/closest';
import { caseMessage, columnMisspelling } from './case-sensitivity';
import { Ctx, problem, suggestion } from './context';
import type { Shape } from './shape';

/** What the INSERT writes, as `insertEdges` worked it out from the target's DDL. */
export interface InsertTarget {
  table: string;
  info: TableInfo;
  /** The columns the select items feed, in order (undefined when unknown). */
  names?: string[];
  /** The explicit column list, lower-cased. */
  list?: string[];
  staticCount: number;
}

/**
 * Names in the column list / PARTITION clause that the table lacks, a PARTITION clause that
 * leaves out a partition column, then the column count against the DDL. A wrong name or partition
 * spec skews the count, so the count is checked only when both are right (one mistake, one line).
 */
export function checkInsertShape(ins: Insert, shape: Shape, ctx: Ctx, target: InsertTarget): void {
  const namesOk = knownNames(ins, ctx, target);
  const partitionOk = namesOk && completePartitionSpec(ins, ctx, target);
  if (!partitionOk || shape.open.length > 0 || !target.names || target.names.length === shape.columns.length) return;
  const have = `INSERT into '${target.table}' has ${count(shape.columns.length, 'column')}`;
  const message = target.list
    ? `${have} but its column list and dynamic partitions name ${target.names.length}`
    : `${have} but the table has ${target.names.length}${excluding(target.staticCount)}`;
  problem(ctx, 'insert-column-count', message, ins.table);
}

function knownNames(ins: Insert, ctx: Ctx, target: InsertTarget): boolean {
  const known = new Set(target.info.columns.map((c) => c.name));
  let ok = true;
  for (const id of [...(ins.columns ?? []), ...ins.partition.map((p) => p.column)]) {
    const declared = columnMisspelling(target.info, id, ctx);
    if (known.has(id.name.toLowerCase()) && !declared) continue;
    const hint = suggestion(closest(id.name.toLowerCase(), known));
    problem(ctx, 'unknown-column', declared ? caseMessage(id.name, target.table, declared) : `unknown column '${id.name}' in '${target.table}'${hint}`, id);
    ok = false;
  }
  return ok;
}

/**
 * Hive and Spark reject a PARTITION clause that does not name every partition column (static
 * `hour = '00'` or dynamic `hour`); Flink takes the ones left out as dynamic.
 */
function completePartitionSpec(ins: Insert, ctx: Ctx, target: InsertTarget): boolean {
  if (ins.partition.length === 0 || ctx.dialect === 'flink') return true;
  const named = new Set(ins.partition.map((p) => p.column.name.toLowerCase()));
  const missing = target.info.columns.filter((c) => c.partition && !named.has(c.name)).map((c) => c.name);
  if (missing.length === 0) return true;
  const all = target.info.columns.filter((c) => c.partition).map((c) => c.name).join(', ');
  const which = missing.map((m) => `'${m}'`).join(', ');
  const message = `PARTITION clause of INSERT into '${target.table}' leaves out partition column${missing.length === 1 ? '' : 's'} ${which}; name each of (${all}), with a value or without one (dynamic)`;
  problem(ctx, 'insert-partition', message, { start: ins.partition[0].start, end: ins.partition[ins.partition.length - 1].end });
  return false;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function excluding(statics: number): string {
  return statics === 0 ? '' : ` (excluding ${count(statics, 'static partition column')})`;
}
