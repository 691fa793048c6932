import type { PartitionReadFact } from '../../analysis';
import { createRule } from '../rule';
import { catalogAnalysis } from '../semantic';

/** Statements that scan what they read now; a view's filter is its reader's business. */
const SCANNING = new Set(['Insert', 'MultiInsert', 'QueryStatement', 'CreateTable']);

export default createRule({
  code: 'SE07',
  name: 'partition-filter',
  group: 'semantic',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    missing: "'{{table}}' is partitioned by {{partitions}} but nothing here filters on it, so every partition is scanned; where it is read, filter {{first}} with constants (= '${date}', a range, IN)",
    nonDeterministic: "this filter on the partition column of '{{table}}' depends on when the job runs (current date/time, random): reruns and backfills read other partitions and it may not prune; compare with a scheduler variable such as '${date}'",
  },
  options: {},
  docs: {
    description:
      "Reading a partitioned table needs a predicate on a partition column (in the WHERE or ON of the query that reads it, of its CTE or subquery, or of an outer query over a subquery's copy of the column) with constant values: `p_date = '${date}'`, a range, IN. A filter using current_date(), now() or rand() is flagged: it is not deterministic. Views are not checked.",
    catalog: 'CREATE TABLE dwd.dwd_live_like_di (room_id BIGINT, like_cnt INT) PARTITIONED BY (p_date STRING);\n',
    incorrect: 'SELECT room_id, sum(like_cnt) AS like_cnt FROM dwd.dwd_live_like_di GROUP BY room_id\n',
    correct: "SELECT room_id, sum(like_cnt) AS like_cnt FROM dwd.dwd_live_like_di WHERE p_date = '${date}' GROUP BY room_id\n",
  },
  create(context) {
    const reported = new Set<number>();
    const check = (read: PartitionReadFact) => {
      if (read.pruned || !SCANNING.has(read.statement)) return;
      const data = { table: read.table, partitions: read.partitions.join(', '), first: read.partitions[0] };
      const at = read.nonDeterministic;
      if (!at) context.report({ messageId: 'missing', data, start: read.start, end: read.end });
      else if (!reported.has(at.start)) {
        reported.add(at.start);
        context.report({ messageId: 'nonDeterministic', data, start: at.start, end: at.end });
      }
    };
    return {
      done() {
        catalogAnalysis(context)?.facts.partitionReads.forEach(check);
      },
    };
  },
});
