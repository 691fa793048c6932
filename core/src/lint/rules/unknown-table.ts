import { createRule } from '../rule';
import { diagnosticRule } from '../semantic';

export default createRule({
  code: 'SE01',
  name: 'unknown-table',
  group: 'semantic',
  defaultSeverity: 'error',
  fixable: false,
  messages: { unknown: '{{message}}' },
  options: {},
  docs: {
    description: 'A table, view or relation qualifier the project does not declare: a typo or a missing contract in tables/ (the engine fails at run time).',
    catalog: 'CREATE TABLE dwd.dwd_live_like_di (room_id BIGINT, like_cnt INT) PARTITIONED BY (p_date STRING);\n',
    incorrect: "SELECT room_id, like_cnt FROM dwd.dwd_live_likes_di WHERE p_date = '${date}'\n",
    correct: "SELECT room_id, like_cnt FROM dwd.dwd_live_like_di WHERE p_date = '${date}'\n",
  },
  create: (context) => diagnosticRule(context, { 'unknown-table': 'unknown' }),
});
