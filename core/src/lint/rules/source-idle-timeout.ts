import { connectorOf, flinkJob, isZeroDuration, overlay, reportOnce, reportSpan } from '../flink';
import { createRule } from '../rule';

/** Sources whose partitions can fall silent and hold the job's watermark back. */
const PARTITIONED = new Set(['kafka', 'upsert-kafka']);

export default createRule({
  code: 'SR02',
  name: 'source-idle-timeout',
  group: 'streaming',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    missing:
      "Kafka source '{{table}}' has a watermark but no idle timeout: one silent partition stalls every window; set 'scan.watermark.idle-timeout' on it or SET 'table.exec.source.idle-timeout'",
  },
  options: {},
  docs: {
    description:
      "A Kafka source's watermark is the minimum over its partitions, so a partition without traffic holds every event-time operator back. Set an idle timeout on the table ('scan.watermark.idle-timeout', also as an OPTIONS hint) or for the job (SET 'table.exec.source.idle-timeout').",
    incorrect:
      "CREATE TEMPORARY TABLE clicks (\n  user_id BIGINT,\n  ts TIMESTAMP(3),\n  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND\n) WITH ('connector' = 'kafka', 'topic' = 'clicks', 'format' = 'json');\nINSERT INTO out_tbl SELECT user_id, ts FROM clicks;\n",
    correct:
      "SET 'table.exec.source.idle-timeout' = '30s';\nCREATE TEMPORARY TABLE clicks (\n  user_id BIGINT,\n  ts TIMESTAMP(3),\n  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND\n) WITH ('connector' = 'kafka', 'topic' = 'clicks', 'format' = 'json');\nINSERT INTO out_tbl SELECT user_id, ts FROM clicks;\n",
    dialect: 'flink',
  },
  create(context) {
    const job = flinkJob(context);
    if (!job?.streaming) return {};
    const report = reportOnce(context.report);
    return {
      done() {
        const global = job.option('table.exec.source.idle-timeout', job.submitAt);
        if (global !== undefined && !isZeroDuration(global)) return;
        for (const { decl, ref, hints } of job.scans()) {
          if (!decl.watermark || !PARTITIONED.has(connectorOf(decl.options) ?? '')) continue;
          const own = overlay(decl.options, hints).get('scan.watermark.idle-timeout');
          if (own !== undefined && !isZeroDuration(own)) continue;
          const at = reportSpan(decl, ref.name);
          report({ messageId: 'missing', data: { table: decl.name }, start: at.start, end: at.end });
        }
      },
    };
  },
});
