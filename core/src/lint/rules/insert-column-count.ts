import { createRule } from '../rule';
import { diagnosticRule } from '../semantic';

export default createRule({
  code: 'SE04',
  name: 'insert-column-count',
  group: 'semantic',
  defaultSeverity: 'error',
  fixable: false,
  messages: { count: '{{message}}', partition: '{{message}}' },
  options: {},
  docs: {
    description:
      'An INSERT whose select list has more or fewer columns than the target (its column list and dynamic partitions, or its columns minus static partitions), or a Hive/Spark PARTITION clause that leaves out a partition column.',
    catalog: [
      'CREATE TABLE ods.ods_live_like_log_di (room_id BIGINT, user_id BIGINT, like_cnt INT) PARTITIONED BY (p_date STRING);',
      'CREATE TABLE dwd.dwd_live_like_di (room_id BIGINT, like_cnt INT) PARTITIONED BY (p_date STRING);',
      '',
    ].join('\n'),
    incorrect: "INSERT OVERWRITE TABLE dwd.dwd_live_like_di PARTITION (p_date = '${date}')\nSELECT room_id, user_id, like_cnt FROM ods.ods_live_like_log_di WHERE p_date = '${date}'\n",
    correct: "INSERT OVERWRITE TABLE dwd.dwd_live_like_di PARTITION (p_date = '${date}')\nSELECT room_id, like_cnt FROM ods.ods_live_like_log_di WHERE p_date = '${date}'\n",
  },
  create: (context) => diagnosticRule(context, { 'insert-column-count': 'count', 'insert-partition': 'partition' }),
});
