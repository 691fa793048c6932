import { graphIndex, layerDepth } from '../graph-index';
import { createRule } from '../rule';
import { layerOfTable, layersOf, publishedWrites, TableReads } from '../warehouse';

export default createRule({
  code: 'WH04',
  name: 'layer-depth',
  group: 'warehouse',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    deep: "'{{table}}' already stands on {{depth}} {{layer}} table(s), so '{{target}}' would be {{next}} deep within {{layer}} (limit {{max}}); build it from the layer below",
  },
  options: {
    maxDepth: { description: 'How many tables of one layer may build on each other (1: a table never reads its own layer).', default: 3 },
  },
  docs: {
    description: 'Chains inside one layer (a DWS table built from a DWS table built from a DWS table ...) make long critical paths and hide what a table means; a table stands on at most `maxDepth` tables of its own layer, counting itself. Needs the project DAG.',
    incorrect: "INSERT OVERWRITE TABLE dws.dws_d_1d PARTITION (p_date = '${date}')\nSELECT a FROM dws.dws_c_1d WHERE p_date = '${date}';\n",
    correct: "INSERT OVERWRITE TABLE dws.dws_d_1d PARTITION (p_date = '${date}')\nSELECT a FROM dws.dws_b_1d WHERE p_date = '${date}';\n",
    file: 'jobs/dws_d_1d.sql',
    project: {
      'tables/dwd/dwd_a_di.sql': 'CREATE TABLE dwd.dwd_a_di (a BIGINT) PARTITIONED BY (p_date STRING);',
      'tables/dws/dws_a_1d.sql': 'CREATE TABLE dws.dws_a_1d (a BIGINT) PARTITIONED BY (p_date STRING);',
      'tables/dws/dws_b_1d.sql': 'CREATE TABLE dws.dws_b_1d (a BIGINT) PARTITIONED BY (p_date STRING);',
      'tables/dws/dws_c_1d.sql': 'CREATE TABLE dws.dws_c_1d (a BIGINT) PARTITIONED BY (p_date STRING);',
      'tables/dws/dws_d_1d.sql': 'CREATE TABLE dws.dws_d_1d (a BIGINT) PARTITIONED BY (p_date STRING);',
      'jobs/dws_a_1d.sql': "INSERT OVERWRITE TABLE dws.dws_a_1d PARTITION (p_date = '${date}') SELECT a FROM dwd.dwd_a_di;",
      'jobs/dws_b_1d.sql': "INSERT OVERWRITE TABLE dws.dws_b_1d PARTITION (p_date = '${date}') SELECT a FROM dws.dws_a_1d;",
      'jobs/dws_c_1d.sql': "INSERT OVERWRITE TABLE dws.dws_c_1d PARTITION (p_date = '${date}') SELECT a FROM dws.dws_b_1d;",
    },
  },
  create(context) {
    const { workspace } = context;
    if (context.file?.kind !== 'job' || !workspace) return {};
    const reads = new TableReads();
    return {
      TableRef: (node) => reads.add(node),
      Cte: (node) => reads.addCte(node),
      done() {
        const layers = layersOf(workspace);
        const writes = publishedWrites(context.script, context.analysis().lineage.writes, context.catalog);
        const max = context.options.maxDepth;
        for (const { ref, table } of reads.reads(context.script, context.catalog)) {
          const layer = layerOfTable(table, layers, workspace);
          // Only a same-layer read can be too deep: a job reading lower layers never builds the DAG.
          const target = writes.find((w) => w !== table && layerOfTable(w, layers, workspace) === layer);
          if (!target) continue;
          const depth = layer === undefined ? 0 : layerDepth(graphIndex(workspace.graph), table);
          if (depth < max) continue;
          const data = { table, depth: String(depth), layer: layer ?? '', target, next: String(depth + 1), max: String(max) };
          context.report({ messageId: 'deep', data, start: ref.name.start, end: ref.name.end });
        }
      },
    };
  },
});
