import type { CreateTable } from '../../sql/ast';
import { createRule } from '../rule';

const INLINE_KEY = /\bPRIMARY\s+KEY\b/i;
const NOT_ENFORCED = /^\s*NOT\s+ENFORCED\b/i;

export default createRule({
  code: 'SR09',
  name: 'primary-key-not-enforced',
  group: 'streaming',
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    enforced: "Flink does not enforce keys and rejects an enforced PRIMARY KEY: write 'PRIMARY KEY (...) NOT ENFORCED'",
  },
  options: {},
  docs: {
    description:
      'Flink only supports NOT ENFORCED primary keys (the key tells upsert sinks and joins what is unique; nothing checks it). A key without NOT ENFORCED fails the CREATE TABLE; the fix adds it.',
    incorrect: "CREATE TEMPORARY TABLE user_cnt (user_id BIGINT, cnt BIGINT, PRIMARY KEY (user_id)) WITH ('connector' = 'upsert-kafka');\n",
    correct: "CREATE TEMPORARY TABLE user_cnt (user_id BIGINT, cnt BIGINT, PRIMARY KEY (user_id) NOT ENFORCED) WITH ('connector' = 'upsert-kafka');\n",
    dialect: 'flink',
  },
  create(context) {
    if (context.dialect !== 'flink') return {};
    const { text } = context;
    const report = (start: number, end: number) => context.report({ messageId: 'enforced', start, end, fix: [{ start: end, end, newText: ' NOT ENFORCED' }] });
    /** `id BIGINT PRIMARY KEY`: the key words inside the column's text, unless NOT ENFORCED follows them. */
    const inline = (node: CreateTable) => {
      for (const c of node.columns) {
        if (!c.primaryKey) continue;
        const m = INLINE_KEY.exec(text.slice(c.start, c.end));
        const end = m ? c.start + m.index + m[0].length : -1;
        if (m && !NOT_ENFORCED.test(text.slice(end, c.end))) report(c.start + m.index, end);
      }
    };
    return {
      CreateTable(node) {
        const key = node.primaryKey;
        if (key && !key.notEnforced) report(key.start, key.end);
        inline(node);
      },
    };
  },
});
