import { connectorOf, flinkJob, formatPolicy, overlay, reportOnce, reportSpan, type Options } from '../flink';
import { createRule } from '../rule';

type MessageId = 'groupId' | 'startupMode' | 'formatErrors';

/** What the source lacks, by message id; `upsert-kafka` always reads its topic from the start, so only the format counts there. */
function missing(connector: string, options: Options): { id: MessageId; format?: string }[] {
  const out: { id: MessageId; format?: string }[] = [];
  if (connector === 'kafka' && !options.has('properties.group.id')) out.push({ id: 'groupId' });
  if (connector === 'kafka' && !options.has('scan.startup.mode')) out.push({ id: 'startupMode' });
  const policy = formatPolicy(options);
  if (policy && !policy.keys.some((k) => options.has(k))) out.push({ id: 'formatErrors', format: policy.format });
  return out;
}

export default createRule({
  code: 'SR03',
  name: 'kafka-source-options',
  group: 'streaming',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    groupId: "Kafka source '{{table}}' has no 'properties.group.id': Flink then makes one up per table name, so offsets clash between jobs and are lost on rename; set it",
    startupMode: "Kafka source '{{table}}' has no 'scan.startup.mode': say where a fresh start reads from (earliest-offset, latest-offset, group-offsets, timestamp)",
    formatErrors: "Kafka source '{{table}}' has no error policy for its {{format}} format: one bad record fails the job; set '{{key}}' ('true' to skip bad records, 'false' to fail on purpose)",
  },
  options: {},
  docs: {
    description:
      "A Kafka source should name its consumer group ('properties.group.id'), where it starts ('scan.startup.mode') and what a malformed record does ('json.ignore-parse-errors' / 'json.fail-on-missing-field', 'csv.ignore-parse-errors', ...; formats without such an option, like avro and raw, need none). Options may also come from an OPTIONS hint where the job reads the table.",
    incorrect: "CREATE TEMPORARY TABLE clicks (user_id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'clicks', 'format' = 'json');\nINSERT INTO out_tbl SELECT user_id FROM clicks;\n",
    correct:
      "CREATE TEMPORARY TABLE clicks (user_id BIGINT) WITH (\n  'connector' = 'kafka',\n  'topic' = 'clicks',\n  'properties.group.id' = 'clicks_to_out',\n  'scan.startup.mode' = 'group-offsets',\n  'format' = 'json',\n  'json.ignore-parse-errors' = 'true'\n);\nINSERT INTO out_tbl SELECT user_id FROM clicks;\n",
    dialect: 'flink',
  },
  create(context) {
    const job = flinkJob(context);
    if (!job?.streaming) return {};
    const report = reportOnce(context.report);
    return {
      done() {
        for (const { decl, ref, hints } of job.scans()) {
          const connector = connectorOf(decl.options);
          if (connector !== 'kafka' && connector !== 'upsert-kafka') continue;
          const options = overlay(decl.options, hints);
          const at = reportSpan(decl, ref.name);
          for (const m of missing(connector, options)) {
            const key = m.format ? formatPolicy(options)!.keys[0] : '';
            report({ messageId: m.id, data: { table: decl.name, format: m.format ?? '', key }, start: at.start, end: at.end });
          }
        }
      },
    };
  },
});
