import { createRule } from '../rule';
import { diagnosticRule } from '../semantic';

export default createRule({
  code: 'SE02',
  name: 'unknown-column',
  group: 'semantic',
  defaultSeverity: 'error',
  fixable: false,
  messages: { unknown: '{{message}}' },
  options: {},
  docs: {
    description:
      'A column no relation in scope has (tables, CTEs, subqueries, LATERAL VIEW, UNNEST, window TVFs), or an INSERT column list / PARTITION name the target lacks. Only reported where every relation in scope has known columns.',
    catalog: 'CREATE TABLE dwd.dwd_live_like_di (room_id BIGINT, like_cnt INT) PARTITIONED BY (p_date STRING);\n',
    incorrect: "SELECT room_id, like_count FROM dwd.dwd_live_like_di WHERE p_date = '${date}'\n",
    correct: "SELECT room_id, like_cnt FROM dwd.dwd_live_like_di WHERE p_date = '${date}'\n",
  },
  create: (context) => diagnosticRule(context, { 'unknown-column': 'unknown' }),
});
