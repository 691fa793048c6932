import { changelogFormat, connectorOf, flinkJob, upsertKey, type JobInsert } from '../flink';
import { createRule } from '../rule';

/** Sinks that can only append: an update would be rejected by the planner. */
const APPEND_ONLY = new Set(['kafka', 'filesystem', 'kinesis', 'firehose']);
/** Flink's own connectors that apply updates by primary key and need one declared to do so (HBase keys by its rowkey, Doris and others in the database). */
const UPSERT = new Set(['upsert-kafka', 'jdbc', 'elasticsearch-6', 'elasticsearch-7', 'opensearch', 'mongodb']);

export default createRule({
  code: 'SR05',
  name: 'updating-query-sink',
  group: 'streaming',
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    appendOnly: "'{{sink}}' ({{connector}}) takes only appends, but this query emits updates ({{reason}}): write to an upsert sink with a PRIMARY KEY, or make the query append-only (e.g. a window aggregation)",
    upsertKafkaKey: "'{{sink}}' (upsert-kafka) has no PRIMARY KEY: upsert-kafka writes it as the message key and cannot run without one; declare PRIMARY KEY (...) NOT ENFORCED",
    noPrimaryKey: "'{{sink}}' ({{connector}}) needs PRIMARY KEY (...) NOT ENFORCED to apply {{reason}}: declare the key the query groups by",
    keyMismatch: "PRIMARY KEY ({{pk}}) of '{{sink}}' does not match the query's key ({{key}}): rows would overwrite or outlive each other; declare PRIMARY KEY ({{key}}) NOT ENFORCED",
  },
  options: {},
  docs: {
    description:
      "Flink queries that emit updates (a GROUP BY without a window, SELECT DISTINCT, an outer regular join, a Top-N, a dedup keeping the last row, a changelog source) need a sink that applies them: an upsert sink (upsert-kafka, jdbc, ...) whose PRIMARY KEY ... NOT ENFORCED is the query's grouping key. Plain 'kafka' and 'filesystem' sinks take appends only.",
    incorrect:
      "CREATE TEMPORARY TABLE clicks (user_id BIGINT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');\nCREATE TEMPORARY TABLE user_clicks (user_id BIGINT, cnt BIGINT) WITH ('connector' = 'kafka', 'topic' = 'user_clicks', 'format' = 'json');\nINSERT INTO user_clicks SELECT user_id, COUNT(*) AS cnt FROM clicks GROUP BY user_id;\n",
    correct:
      "CREATE TEMPORARY TABLE clicks (user_id BIGINT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');\nCREATE TEMPORARY TABLE user_clicks (user_id BIGINT, cnt BIGINT, PRIMARY KEY (user_id) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'user_clicks', 'key.format' = 'json', 'value.format' = 'json');\nINSERT INTO user_clicks SELECT user_id, COUNT(*) AS cnt FROM clicks GROUP BY user_id;\n",
    dialect: 'flink',
  },
  create(context) {
    const job = flinkJob(context);
    if (!job?.streaming) return {};
    const check = ({ insert }: JobInsert) => {
      const sink = job.table(insert.table, insert.start);
      const connector = sink && connectorOf(sink.options);
      if (!sink || !connector) return;
      const at = { start: insert.table.start, end: insert.table.end };
      const pk = sink.primaryKey;
      if (connector === 'upsert-kafka' && pk?.length === 0) return context.report({ messageId: 'upsertKafkaKey', data: { sink: sink.name }, ...at });
      const [cause] = job.changelog.ofQuery(insert.query).updating;
      if (!cause) return;
      const data = { sink: sink.name, connector, reason: cause.what };
      if (APPEND_ONLY.has(connector) && !changelogFormat(sink.options)) return context.report({ messageId: 'appendOnly', data, ...at });
      if (!UPSERT.has(connector) || !pk) return;
      if (pk.length === 0) return context.report({ messageId: 'noPrimaryKey', data, ...at });
      const key = upsertKey(insert, sink, context.text);
      if (key && !sameSet(key, pk)) context.report({ messageId: 'keyMismatch', data: { ...data, pk: pk.join(', '), key: key.join(', ') }, ...at });
    };
    return {
      done: () => job.inserts.forEach(check),
    };
  },
});

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
