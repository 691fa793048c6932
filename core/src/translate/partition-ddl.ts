import type { AlterTable, PartitionSpec, QualifiedName, TruncateStatement } from '../sql/ast';
import type { TranslateContext } from './context';
import { emit } from './emit';
import { quoteIdent, tableName } from './sql-text';
import type { TranslatedStatement } from './types';

type Translation = Pick<TranslatedStatement, 'sql' | 'writes' | 'kind'>;

/**
 * Partitions are rows on DuckDB: `TRUNCATE TABLE t [PARTITION (...)]` and `ALTER TABLE t DROP
 * PARTITION (...)` delete them; `ADD PARTITION` has nothing to create.
 */
export function translatePartitionDdl(stmt: TruncateStatement | AlterTable, ctx: TranslateContext): Translation | undefined {
  if (stmt.kind === 'AlterTable' && stmt.action === 'ADD PARTITION') return { sql: [], writes: [], kind: 'ddl' };
  if (stmt.kind === 'AlterTable' && stmt.action !== 'DROP PARTITION') return undefined;
  const target = resolve(stmt.name, ctx);
  const specs = stmt.kind === 'TruncateStatement' ? (stmt.partition.length > 0 ? [stmt.partition] : []) : stmt.partitions;
  const conditions = specs.map((spec) => `(${spec.map((p) => condition(p, ctx)).join(' AND ')})`);
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' OR ')}` : '';
  return { sql: [`DELETE FROM ${tableName(target)}${where}`], writes: [{ table: target }], kind: 'ddl' };
}

function resolve(name: QualifiedName, ctx: TranslateContext): string {
  const written = name.parts.map((p) => p.name).join('.');
  return ctx.table(written)?.name ?? ctx.fail(name, `table ${written} is not declared: add its CREATE TABLE under tables/`);
}

function condition(p: PartitionSpec, ctx: TranslateContext): string {
  if (!p.value) ctx.fail(p, `partition column ${p.column.name} needs a value here`);
  return `${quoteIdent(p.column.name.toLowerCase(), true)} = ${emit(p.value, ctx)}`;
}
