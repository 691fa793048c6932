import type { Expr, Join, Relation } from '../../sql/ast';
import { flinkJob, hasTimeBound, isRanking, nameOf, timeBoundColumns, windowTvf } from '../flink';
import { createRule } from '../rule';

export default createRule({
  code: 'SR01',
  name: 'watermark-required',
  group: 'streaming',
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    window: "window column '{{column}}' of '{{table}}' is not a time attribute: declare WATERMARK FOR {{column}} on the source (event time) or window over a PROCTIME() column",
    intervalJoin: "interval join on '{{column}}', which is not a time attribute: Flink runs it as a regular join that keeps both inputs forever; declare WATERMARK FOR {{column}} on its source",
    temporalTime: "FOR SYSTEM_TIME AS OF '{{column}}' needs a time attribute: declare WATERMARK FOR {{column}} on its source (event-time temporal join) or use a PROCTIME() column (lookup join)",
    versionedWatermark: "event-time temporal join: the versioned table '{{table}}' has no WATERMARK; declare one on its version time column, or join FOR SYSTEM_TIME AS OF a PROCTIME() column for a lookup join",
    overOrder: "OVER aggregation ordered by '{{column}}', which is not a time attribute: Flink orders streaming OVER windows by event or processing time only; declare WATERMARK FOR {{column}} on its source or order by a PROCTIME() column",
    versionedKey: "event-time temporal join: the versioned table '{{table}}' has no PRIMARY KEY; declare PRIMARY KEY (...) NOT ENFORCED on it",
  },
  options: {},
  docs: {
    description:
      'Event-time operations (window TVFs, interval joins, event-time temporal joins, OVER aggregations) need time attributes: a column with WATERMARK FOR on the source, kept as a bare column through views and CTEs. Without one Flink rejects the window, or silently runs the join as a regular one.',
    incorrect:
      "CREATE TEMPORARY TABLE clicks (user_id BIGINT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');\nINSERT INTO out_tbl\nSELECT window_start, COUNT(*) AS cnt\nFROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE))\nGROUP BY window_start, window_end;\n",
    correct:
      "CREATE TEMPORARY TABLE clicks (user_id BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'datagen');\nINSERT INTO out_tbl\nSELECT window_start, COUNT(*) AS cnt\nFROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE))\nGROUP BY window_start, window_end;\n",
    dialect: 'flink',
  },
  create(context) {
    const job = flinkJob(context);
    if (!job?.streaming) return {};
    const intervalJoin = (condition: Expr, relations: readonly Relation[]) => {
      const column = timeBoundColumns(condition).find((c) => job.times.ofColumn(c.parts, relations) === 'none');
      if (column) context.report({ messageId: 'intervalJoin', data: { column: column.parts[column.parts.length - 1].name }, start: column.start, end: column.end });
    };
    // Ranking functions are Top-N / dedup, which may order by anything; aggregates OVER a window may not.
    const overAggregate = (e: Expr, from: readonly Relation[]) => {
      const order = e.kind === 'FunctionCall' && e.over && !isRanking(e) && e.over.orderBy.length === 1 ? e.over.orderBy[0].expr : undefined;
      if (order?.kind !== 'ColumnRef' || job.times.ofColumn(order.parts, from) !== 'none') return;
      context.report({ messageId: 'overOrder', data: { column: order.parts[order.parts.length - 1].name }, start: order.start, end: order.end });
    };
    const temporalJoin = (join: Join) => {
      const right = join.right;
      if (right.kind !== 'TableRef' || right.forSystemTime?.kind !== 'ColumnRef') return;
      const time = right.forSystemTime;
      const kind = job.times.ofColumn(time.parts, [join.left]);
      const column = time.parts[time.parts.length - 1].name;
      if (kind === 'none') context.report({ messageId: 'temporalTime', data: { column }, start: time.start, end: time.end });
      if (kind !== 'rowtime') return;
      const versioned = job.resolveAt(right.name, right.start);
      if (versioned?.kind !== 'table' || !versioned.decl.columns) return;
      const data = { table: nameOf(right.name) };
      if (!versioned.decl.watermark) context.report({ messageId: 'versionedWatermark', data, start: right.name.start, end: right.name.end });
      if (versioned.decl.primaryKey?.length === 0) context.report({ messageId: 'versionedKey', data, start: right.name.start, end: right.name.end });
    };
    return {
      TableFunction(node) {
        const tvf = windowTvf(node.call);
        if (!tvf?.column || job.times.ofTableArg(tvf.table, tvf.column.name.toLowerCase()) !== 'none') return;
        context.report({ messageId: 'window', data: { column: tvf.column.name, table: nameOf(tvf.table.name) }, start: tvf.column.start, end: tvf.column.end });
      },
      Join(node) {
        if (node.on && hasTimeBound(node.on)) intervalJoin(node.on, [node.left, node.right]);
        temporalJoin(node);
      },
      Select(node) {
        // The comma form: `FROM a, b WHERE a.id = b.id AND a.ts BETWEEN b.ts - INTERVAL ... AND b.ts`.
        if (node.from.length > 1 && node.where && hasTimeBound(node.where)) intervalJoin(node.where, node.from);
        for (const item of node.items) overAggregate(item.expr, node.from);
      },
    };
  },
});
