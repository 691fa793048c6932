import type { CreateTable, CreateView } from '../../sql';
import { createRule } from '../rule';
import { writtenName } from '../warehouse';

export default createRule({
  code: 'WH07',
  name: 'table-comment',
  group: 'warehouse',
  defaultSeverity: 'warning',
  fixable: false,
  messages: { missing: "{{kind}} '{{name}}' has no COMMENT; add COMMENT '...' saying what one row is" },
  options: {},
  docs: {
    description: 'A table contract in tables/ says what it holds: its CREATE TABLE (or view) has a COMMENT, which the catalog, hovers and data maps show.',
    incorrect: "CREATE TABLE dwd.dwd_live_like_di (user_id BIGINT COMMENT 'viewer id')\nPARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd');\n",
    correct: "CREATE TABLE dwd.dwd_live_like_di (user_id BIGINT COMMENT 'viewer id')\nCOMMENT 'live likes, daily incremental'\nPARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd');\n",
    file: 'tables/dwd/dwd_live_like_di.sql',
  },
  create(context) {
    // Only table contracts: jobs create scratch tables and temporary connector tables freely.
    if (context.file?.kind !== 'table') return {};
    const check = (kind: 'table' | 'view', node: CreateTable | CreateView) => {
      if (node.temporary || node.comment !== undefined) return;
      context.report({ messageId: 'missing', data: { kind, name: writtenName(node.name) }, start: node.name.start, end: node.name.end });
    };
    return { CreateTable: (node) => check('table', node), CreateView: (node) => check('view', node) };
  },
});
