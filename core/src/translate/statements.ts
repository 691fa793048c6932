import type { Statement } from '../sql/ast';
import type { TranslateContext } from './context';
import { emit, emitWith } from './emit';
import { translateCreateTable } from './flink-tables';
import { translateInsert } from './insert';
import { translatePartitionDdl } from './partition-ddl';
import { translateMultiInsert } from './multi-insert';
import { quoteIdent, tableName } from './sql-text';
import { enterStatement } from './statement-scope';
import type { TranslatedStatement } from './types';
import { translateView } from './views';

type Translation = Pick<TranslatedStatement, 'sql' | 'writes' | 'kind'>;

const NO_OP: Translation = { sql: [], writes: [], kind: 'set' };

/** Flink options whose effect the bounded emulation does not have. */
const NOT_EMULATED_OPTIONS: Record<string, string> = {
  'table.exec.state.ttl': 'state TTL is not emulated: the DuckDB run keeps all state, so rows older than the TTL still join and de-duplicate',
};

/**
 * One source statement → its DuckDB statements. Statement sets yield one entry per inner
 * statement (each with its own span), so callers can report and run them one by one.
 */
export function translateStatement(stmt: Statement, ctx: TranslateContext): TranslatedStatement[] {
  if (stmt.kind === 'StatementSet') return stmt.statements.flatMap((s) => translateStatement(s, ctx));
  enterStatement(stmt, ctx);
  const t = translateOne(stmt, ctx);
  return [{ ...t, span: { start: stmt.start, end: stmt.end }, reads: [...ctx.reads].sort() }];
}

function translateOne(stmt: Statement, ctx: TranslateContext): Translation {
  switch (stmt.kind) {
    case 'SetStatement': {
      const warning = stmt.key && NOT_EMULATED_OPTIONS[stmt.key.toLowerCase()];
      if (warning && ctx.dialect === 'flink') ctx.warn(stmt, warning);
      return NO_OP;
    }
    case 'SessionStatement':
    case 'AnalyzeStatement':
    case 'CommandStatement':
      return NO_OP;
    case 'TruncateStatement':
    case 'AlterTable': {
      const partitions = translatePartitionDdl(stmt, ctx);
      if (partitions) return partitions;
      break;
    }
    case 'UseStatement':
      ctx.database = stmt.name.parts.map((p) => p.name).join('.');
      return NO_OP;
    case 'OpaqueStatement':
      if (/^(ADD|LIST|DELETE) (JAR|FILE|ARCHIVE)/.test(stmt.keyword)) return NO_OP;
      break;
    case 'FunctionStatement':
      return ctx.fail(stmt, 'user-defined functions cannot run on DuckDB: rewrite the job with built-in functions or leave it out of local runs');
    case 'QueryStatement':
      return { sql: [emit(stmt.query, ctx)], writes: [], kind: 'query' };
    case 'Insert': {
      const { sql, write } = translateInsert(stmt, ctx);
      return { sql, writes: [write], kind: 'insert' };
    }
    case 'Update':
    case 'Delete': {
      // Row-level DML of ACID/Delta tables: DuckDB has the same statements.
      const written = stmt.table.parts.map((p) => p.name).join('.');
      const table = ctx.table(written)?.name ?? ctx.fail(stmt.table, `table ${written} is not declared: add its CREATE TABLE under tables/`);
      ctx.reads.delete(table);
      return { sql: [emitWith(stmt, ctx, [{ start: stmt.table.start, end: stmt.table.end, text: tableName(table) }])], writes: [{ table }], kind: 'insert' };
    }
    case 'MultiInsert':
      return { ...translateMultiInsert(stmt, ctx), kind: 'insert' };
    case 'CreateTable':
      return { sql: translateCreateTable(stmt, ctx), writes: [], kind: 'ddl' };
    case 'CreateView':
      if (stmt.using) break;
      return { sql: translateView(stmt, ctx), writes: [], kind: 'ddl' };
    case 'DropStatement':
      if ((stmt.objectType === 'TABLE' || stmt.objectType === 'VIEW') && stmt.name) {
        const table = ctx.table(stmt.name.parts.map((p) => p.name).join('.'));
        const name = table ? tableName(table.name) : stmt.name.parts.map((p) => quoteIdent(p.name, true)).join('.');
        return { sql: [`DROP ${stmt.objectType} IF EXISTS ${name}`], writes: [], kind: 'ddl' };
      }
      break;
    default:
      break;
  }
  return ctx.fail(stmt, `${describe(stmt)} has no DuckDB translation: leave it out of the job, or the job out of local runs`);
}

function describe(stmt: Statement): string {
  return stmt.kind === 'OpaqueStatement' ? stmt.keyword : stmt.kind.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}
