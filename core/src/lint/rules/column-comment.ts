import type { ColumnDef } from '../../sql';
import { createRule } from '../rule';

export default createRule({
  code: 'WH08',
  name: 'column-comment',
  group: 'warehouse',
  defaultSeverity: 'warning',
  fixable: false,
  messages: { missing: "column '{{name}}' has no COMMENT; add COMMENT '...' saying what it means (unit, values, null meaning)" },
  options: {
    partitionColumns: { description: 'Also require comments on typed PARTITIONED BY columns.', default: true },
  },
  docs: {
    description: 'Every column of a table contract in tables/ has a COMMENT: consumers read the catalog, not the job that fills it.',
    incorrect: "CREATE TABLE dwd.dwd_live_like_di (user_id BIGINT, like_cnt INT COMMENT 'taps in the batch')\nCOMMENT 'live likes, daily incremental';\n",
    correct: "CREATE TABLE dwd.dwd_live_like_di (user_id BIGINT COMMENT 'viewer id', like_cnt INT COMMENT 'taps in the batch')\nCOMMENT 'live likes, daily incremental';\n",
    file: 'tables/dwd/dwd_live_like_di.sql',
  },
  create(context) {
    if (context.file?.kind !== 'table') return {};
    const check = (c: ColumnDef) => {
      if (c.comment === undefined) context.report({ messageId: 'missing', data: { name: c.name.name }, start: c.name.start, end: c.name.end });
    };
    return {
      CreateTable(node) {
        if (node.temporary) return;
        node.columns.forEach(check);
        // Spark's `PARTITIONED BY (col)` names a column declared above: only typed partition columns are declarations.
        if (context.options.partitionColumns) node.partitionedBy.filter((c) => c.type !== undefined).forEach(check);
      },
    };
  },
});
