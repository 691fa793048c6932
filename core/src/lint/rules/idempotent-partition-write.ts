import { createRule } from '../rule';
import { isStreaming, writtenName } from '../warehouse';

export default createRule({
  code: 'WH06',
  name: 'idempotent-partition-write',
  group: 'warehouse',
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    insertInto: "INSERT INTO partitioned table '{{table}}' appends, so a rerun duplicates rows; write INSERT OVERWRITE TABLE {{table}} PARTITION (...)",
    noPartition: "INSERT OVERWRITE of partitioned table '{{table}}' without PARTITION rewrites every partition; name the ones this run owns: PARTITION ({{columns}})",
  },
  options: {},
  docs: {
    description: "A batch job is rerun (retries, backfills), so it replaces the partitions it owns: INSERT OVERWRITE TABLE t PARTITION (p_date = '${date}'), never INSERT INTO a partitioned table. Streaming jobs (type: streaming, Flink) append by nature and are exempt; so is Spark's INSERT INTO ... REPLACE WHERE.",
    incorrect: "INSERT INTO TABLE dwd.dwd_x_di PARTITION (p_date = '${date}')\nSELECT a FROM ods.ods_x_di WHERE p_date = '${date}';\n",
    correct: "INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}')\nSELECT a FROM ods.ods_x_di WHERE p_date = '${date}';\n",
  },
  create(context) {
    if (isStreaming(context.file, context.dialect)) return {};
    return {
      Insert(node) {
        if (node.replaceWhere) return;
        const table = writtenName(node.table);
        const partitions = context.catalog?.get(table.toLowerCase())?.columns.filter((c) => c.partition) ?? [];
        const at = { start: node.start, end: node.table.end };
        if (!node.overwrite && (node.partition.length > 0 || partitions.length > 0)) {
          context.report({ messageId: 'insertInto', data: { table }, ...at });
        } else if (node.overwrite && node.partition.length === 0 && partitions.length > 0) {
          const columns = partitions.map((c) => `${c.name} = ...`).join(', ');
          context.report({ messageId: 'noPartition', data: { table, columns }, ...at });
        }
      },
    };
  },
});
