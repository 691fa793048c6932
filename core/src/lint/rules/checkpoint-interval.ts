import { flinkJob } from '../flink';
import { createRule } from '../rule';

export default createRule({
  code: 'SR07',
  name: 'checkpoint-interval',
  group: 'streaming',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    missing:
      "this streaming job sets no 'execution.checkpointing.interval': without checkpoints a restart loses its state and offsets, and transactional sinks never commit; SET it (e.g. '60s') before the INSERT",
  },
  options: {},
  docs: {
    description:
      "A streaming job should enable checkpointing itself (SET 'execution.checkpointing.interval' before its INSERT or statement set): state, source offsets and exactly-once sinks all depend on it, and a cluster default is invisible in review.",
    incorrect: "CREATE TEMPORARY TABLE clicks (user_id BIGINT) WITH ('connector' = 'datagen');\nINSERT INTO out_tbl SELECT user_id FROM clicks;\n",
    correct: "SET 'execution.checkpointing.interval' = '60s';\nCREATE TEMPORARY TABLE clicks (user_id BIGINT) WITH ('connector' = 'datagen');\nINSERT INTO out_tbl SELECT user_id FROM clicks;\n",
    dialect: 'flink',
  },
  create(context) {
    const job = flinkJob(context);
    if (!job?.streaming) return {};
    return {
      done() {
        const submits = new Set(job.inserts.map((i) => i.submitAt));
        for (const at of submits) {
          if (job.option('execution.checkpointing.interval', at) !== undefined) continue;
          // The first word of the submitting statement: INSERT, or EXECUTE / BEGIN of a statement set.
          const word = /^[A-Za-z]+/.exec(context.text.slice(at, at + 16))?.[0] ?? '';
          context.report({ messageId: 'missing', start: at, end: at + word.length });
        }
      },
    };
  },
});
