import { flinkJob, isZeroDuration, reportOnce } from '../flink';
import { createRule } from '../rule';

export default createRule({
  code: 'SR06',
  name: 'state-ttl',
  group: 'streaming',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    unbounded: "{{what}} keeps state for every key forever: SET 'table.exec.state.ttl' (e.g. '36h') before the INSERT, or add a /*+ STATE_TTL(...) */ hint to its SELECT",
  },
  options: {},
  docs: {
    description:
      "Regular joins, GROUP BY without a window, DISTINCT, dedup and Top-N keep state per key with no end; without a state TTL ('table.exec.state.ttl', or a STATE_TTL hint for joins and aggregations) the job's state grows until it fails.",
    incorrect:
      "CREATE TEMPORARY TABLE clicks (user_id BIGINT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');\nINSERT INTO user_clicks SELECT user_id, COUNT(*) AS cnt FROM clicks GROUP BY user_id;\n",
    correct:
      "SET 'table.exec.state.ttl' = '36h';\nCREATE TEMPORARY TABLE clicks (user_id BIGINT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');\nINSERT INTO user_clicks SELECT user_id, COUNT(*) AS cnt FROM clicks GROUP BY user_id;\n",
    dialect: 'flink',
  },
  create(context) {
    const job = flinkJob(context);
    if (!job?.streaming) return {};
    const report = reportOnce(context.report);
    return {
      done() {
        for (const { insert, submitAt } of job.inserts) {
          const ttl = job.option('table.exec.state.ttl', submitAt);
          if (ttl !== undefined && !isZeroDuration(ttl)) continue;
          for (const op of job.changelog.ofQuery(insert.query).unbounded) {
            if (!op.hinted) report({ messageId: 'unbounded', data: { what: op.what }, start: op.start, end: op.end });
          }
        }
      },
    };
  },
});
