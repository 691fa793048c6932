import { functionName } from '../../analysis/functions';
import { connectorOf, flinkJob, hasTimeBound, isZeroDuration, overlay, reportOnce, reportSpan, windowTvf, type FlinkJob, type OperatorNode, type TableDecl } from '../flink';
import { createRule } from '../rule';

/** Sources whose partitions can fall silent and hold the job's watermark back. */
const PARTITIONED = new Set(['kafka', 'upsert-kafka']);

/** Legacy group-window functions (`GROUP BY TUMBLE(ts, INTERVAL '1' MINUTE)`). */
const GROUP_WINDOWS = new Set(['tumble', 'hop', 'session']);

/** An operator that waits for watermarks: event-time windows, interval and temporal joins, MATCH_RECOGNIZE. */
function waitsForWatermark(job: FlinkJob, node: OperatorNode): boolean {
  if (node.kind === 'MatchRecognize') return true;
  if (node.kind === 'Join') return (node.on !== undefined && hasTimeBound(node.on)) || (node.right.kind === 'TableRef' && node.right.forSystemTime?.kind === 'ColumnRef' && job.times.ofColumn(node.right.forSystemTime.parts, [node.left]) === 'rowtime');
  if (node.kind === 'GroupBy') return node.items.some((i) => i.kind === 'FunctionCall' && GROUP_WINDOWS.has(functionName(i)));
  const tvf = windowTvf(node.call);
  return tvf?.column !== undefined && job.times.ofTableArg(tvf.table, tvf.column.name.toLowerCase()) !== 'proctime';
}

/** The tables whose watermarks an operator waits for; `all` when a legacy group window hides which. */
function watermarkInputs(job: FlinkJob): Set<TableDecl> | 'all' {
  const out = new Set<TableDecl>();
  for (const op of job.operators()) {
    if (!waitsForWatermark(job, op)) continue;
    if (op.kind === 'GroupBy') return 'all';
    job.tablesFeeding(op.kind === 'TableFunction' ? windowTvf(op.call)!.table : op.kind === 'MatchRecognize' ? op.source : op, out);
  }
  return out;
}


export default createRule({
  code: 'SR02',
  name: 'source-idle-timeout',
  group: 'streaming',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    missing:
      "Kafka source '{{table}}' has a watermark but no idle timeout: one silent partition holds back every event-time operator; set 'scan.watermark.idle-timeout' on it or SET 'table.exec.source.idle-timeout'",
  },
  options: {},
  docs: {
    description:
      "A Kafka source's watermark is the minimum over its partitions, so a partition without traffic holds every event-time operator back (reported for the sources that feed one: event-time windows, interval or temporal joins, MATCH_RECOGNIZE). Set an idle timeout on the table ('scan.watermark.idle-timeout', also as an OPTIONS hint) or for the job (SET 'table.exec.source.idle-timeout').",
    incorrect:
      "CREATE TEMPORARY TABLE clicks (\n  user_id BIGINT,\n  ts TIMESTAMP(3),\n  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND\n) WITH ('connector' = 'kafka', 'topic' = 'clicks', 'format' = 'json');\nINSERT INTO out_tbl\nSELECT window_start, COUNT(*) AS cnt FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE))\nGROUP BY window_start, window_end;\n",
    correct:
      "SET 'table.exec.source.idle-timeout' = '30s';\nCREATE TEMPORARY TABLE clicks (\n  user_id BIGINT,\n  ts TIMESTAMP(3),\n  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND\n) WITH ('connector' = 'kafka', 'topic' = 'clicks', 'format' = 'json');\nINSERT INTO out_tbl\nSELECT window_start, COUNT(*) AS cnt FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE))\nGROUP BY window_start, window_end;\n",
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
        const inputs = watermarkInputs(job);
        for (const { decl, ref, hints } of job.scans()) {
          if (!decl.watermark || !PARTITIONED.has(connectorOf(decl.options) ?? '') || (inputs !== 'all' && !inputs.has(decl))) continue;
          const own = overlay(decl.options, hints).get('scan.watermark.idle-timeout');
          if (own !== undefined && !isZeroDuration(own)) continue;
          const at = reportSpan(decl, ref.name);
          report({ messageId: 'missing', data: { table: decl.name }, start: at.start, end: at.end });
        }
      },
    };
  },
});
