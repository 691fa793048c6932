import { connectorOf, flinkJob, type TableDecl } from '../flink';
import { createRule } from '../rule';

const KAFKA = new Set(['kafka', 'upsert-kafka']);
const GUARANTEE_KEYS = ['sink.delivery-guarantee', 'sink.semantic'];

/** True when a Kafka table asks for transactions (`exactly-once`, or the deprecated `sink.semantic`). */
function exactlyOnce(decl: TableDecl): boolean {
  if (!KAFKA.has(connectorOf(decl.options) ?? '')) return false;
  return GUARANTEE_KEYS.some((k) => decl.options.get(k)?.toLowerCase().replace('_', '-') === 'exactly-once');
}

export default createRule({
  code: 'SR08',
  name: 'exactly-once-sink',
  group: 'streaming',
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    noPrefix: "Kafka sink '{{table}}' is exactly-once but has no 'sink.transactional-id-prefix': Flink refuses to start it; set a prefix unique to this job",
    atLeastOnceCheckpoints: "Kafka sink '{{table}}' is exactly-once, but 'execution.checkpointing.mode' is AT_LEAST_ONCE: replays can duplicate what its transactions commit; use EXACTLY_ONCE checkpoints",
  },
  options: {},
  docs: {
    description:
      "A Kafka sink with 'sink.delivery-guarantee' = 'exactly-once' writes in transactions: it needs 'sink.transactional-id-prefix' (unique per job) and exactly-once checkpoints. The default, at-least-once, needs neither.",
    incorrect:
      "CREATE TEMPORARY TABLE out_topic (user_id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'out', 'format' = 'json', 'sink.delivery-guarantee' = 'exactly-once');\n",
    correct:
      "CREATE TEMPORARY TABLE out_topic (user_id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'out', 'format' = 'json', 'sink.delivery-guarantee' = 'exactly-once', 'sink.transactional-id-prefix' = 'clicks_to_out');\n",
    dialect: 'flink',
  },
  create(context) {
    const job = flinkJob(context);
    if (!job) return {};
    const noPrefix = (decl: TableDecl) => exactlyOnce(decl) && !decl.options.has('sink.transactional-id-prefix');
    // Declarations are checked where they are written: this script's, or the table file's (a job writing it is told too).
    const declarations = () => {
      for (const s of job.statements) {
        const decl = s.kind === 'CreateTable' ? job.table(s.name, s.start) : undefined;
        const at = decl?.create?.withOptions.find((p) => GUARANTEE_KEYS.includes(p.key.toLowerCase()));
        if (decl?.inScript && at && noPrefix(decl)) context.report({ messageId: 'noPrefix', data: { table: decl.name }, start: at.start, end: at.end });
      }
    };
    const sinks = () => {
      for (const { insert, submitAt } of job.inserts) {
        const sink = job.table(insert.table, insert.start);
        if (!sink || !exactlyOnce(sink)) continue;
        const data = { table: sink.name };
        const at = { start: insert.table.start, end: insert.table.end };
        if (!sink.inScript && noPrefix(sink)) context.report({ messageId: 'noPrefix', data, ...at });
        if (job.option('execution.checkpointing.mode', submitAt)?.toUpperCase().replace('-', '_') === 'AT_LEAST_ONCE') context.report({ messageId: 'atLeastOnceCheckpoints', data, ...at });
      }
    };
    return {
      done() {
        declarations();
        if (job.streaming) sinks();
      },
    };
  },
});
