import { createRule } from '../rule';
import { diagnosticRule } from '../semantic';

export default createRule({
  code: 'SE03',
  name: 'ambiguous-column',
  group: 'semantic',
  defaultSeverity: 'error',
  fixable: false,
  messages: { ambiguous: '{{message}}' },
  options: {},
  docs: {
    description: 'An unqualified column that more than one relation in scope has: the engine rejects it; qualify it with the alias.',
    catalog: [
      'CREATE TABLE dwd.dwd_live_like_di (room_id BIGINT, like_cnt INT) PARTITIONED BY (p_date STRING);',
      'CREATE TABLE dim.dim_live_room_df (room_id BIGINT, title STRING) PARTITIONED BY (p_date STRING);',
      '',
    ].join('\n'),
    incorrect: "SELECT room_id, r.title\nFROM dwd.dwd_live_like_di l\nJOIN dim.dim_live_room_df r ON l.room_id = r.room_id AND r.p_date = '${date}'\nWHERE l.p_date = '${date}'\n",
    correct: "SELECT l.room_id, r.title\nFROM dwd.dwd_live_like_di l\nJOIN dim.dim_live_room_df r ON l.room_id = r.room_id AND r.p_date = '${date}'\nWHERE l.p_date = '${date}'\n",
  },
  create: (context) => diagnosticRule(context, { 'ambiguous-column': 'ambiguous' }),
});
