import type { Identifier } from '../../sql';
import { reservedWords } from '../reserved-words';
import { createRule } from '../rule';
import { outputSelects, scriptOutputs } from '../warehouse';

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

export default createRule({
  code: 'WH11',
  name: 'column-naming',
  group: 'warehouse',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    case: "column '{{name}}' is not lower snake_case; name it '{{suggestion}}'",
    reserved: "column '{{name}}' is a reserved word in {{dialect}}, so every query must quote it; pick another name",
  },
  options: {
    reserved: { description: 'More words no column may be named (lower-case), on top of the dialect’s reserved words.', default: [] as string[] },
    allowed: { description: 'Reserved words this project accepts as column names anyway (lower-case).', default: [] as string[] },
  },
  docs: {
    description: 'Columns of table contracts (tables/) and the output aliases of jobs are lower snake_case and no reserved word of the dialect (date, user, timestamp, ...), so nobody has to quote them.',
    incorrect: "CREATE TABLE dwd.dwd_live_like_di (userId BIGINT COMMENT 'viewer id', `date` STRING COMMENT 'day') COMMENT 'likes';\n",
    correct: "CREATE TABLE dwd.dwd_live_like_di (user_id BIGINT COMMENT 'viewer id', like_date STRING COMMENT 'day') COMMENT 'likes';\n",
    file: 'tables/dwd/dwd_live_like_di.sql',
  },
  create(context) {
    const { file, options } = context;
    if (!file) return {};
    const reserved = withOptions(reservedWords(context.dialect), options.reserved, options.allowed);
    const check = (id: Identifier) => {
      const lower = id.name.toLowerCase();
      if (reserved.has(lower)) context.report({ messageId: 'reserved', data: { name: id.name, dialect: dialectName(context.dialect) }, start: id.start, end: id.end });
      else if (!SNAKE_CASE.test(id.name)) context.report({ messageId: 'case', data: { name: id.name, suggestion: snakeCase(id.name) }, start: id.start, end: id.end });
    };
    if (file.kind === 'table') {
      return {
        CreateTable(node) {
          if (node.temporary) return;
          node.columns.forEach((c) => check(c.name));
          node.partitionedBy.filter((c) => c.type !== undefined).forEach((c) => check(c.name));
        },
      };
    }
    return {
      done() {
        for (const { query } of scriptOutputs(context)) {
          for (const select of outputSelects(query)) {
            for (const item of select.items) [item.alias, ...(item.aliases ?? [])].forEach((a) => a && check(a));
          }
        }
      },
    };
  },
});

/** The dialect's words with the project's additions and exceptions; the shared set itself when there are none. */
function withOptions(words: ReadonlySet<string>, more: readonly string[], allowed: readonly string[]): ReadonlySet<string> {
  if (more.length === 0 && allowed.length === 0) return words;
  const out = new Set([...words, ...more.map((w) => w.toLowerCase())]);
  for (const word of allowed) out.delete(word.toLowerCase());
  return out;
}

const DIALECT_NAMES = { spark: 'Spark', hive: 'Hive', flink: 'Flink' };

function dialectName(dialect: keyof typeof DIALECT_NAMES): string {
  return DIALECT_NAMES[dialect];
}

/** `userId` -> `user_id`, `User-Name` -> `user_name`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}
