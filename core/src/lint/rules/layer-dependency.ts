import type { Statement } from '../../sql';
import { createRule } from '../rule';
import { layerOfTable, layersOf, publishedWrites, TableReads } from '../warehouse';

export default createRule({
  code: 'WH03',
  name: 'layer-dependency',
  group: 'warehouse',
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    forbidden: "a {{target}} table must not read {{layer}} table '{{table}}'; layer {{target}} reads {{allowed}} (option `allowed`)",
  },
  options: {
    allowed: {
      description: 'For each layer a job writes, the layers it may read. Layers not listed here, and tables of no layer (topics, other teams), are not checked.',
      default: {
        ods: ['ods', 'dim'],
        dim: ['ods', 'dim', 'dwd', 'dws'],
        dwd: ['ods', 'dim', 'dwd'],
        dws: ['ods', 'dim', 'dwd', 'dws'],
        ads: ['dim', 'dwd', 'dws', 'ads'],
      } as Record<string, string[]>,
    },
  },
  docs: {
    description: 'Data flows up the layers: ODS -> DWD -> DWS -> ADS, with DIM readable by all. A job (or a view in tables/) must not read a layer above the one it writes (DWD from DWS or ADS), and ADS never reads raw ODS. The matrix is an option; a table\'s layer is its folder under tables/, else its database or prefix.',
    incorrect: "INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}')\nSELECT a FROM dws.dws_x_1d WHERE p_date = '${date}';\n",
    correct: "INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}')\nSELECT o.a FROM ods.ods_x_di o JOIN dim.dim_y_df d ON o.a = d.a WHERE o.p_date = '${date}' AND d.p_date = '${date}';\n",
    file: 'jobs/dwd_x_di.sql',
  },
  create(context) {
    const { file, script } = context;
    // Jobs, and views (or CTAS) in table files: they publish what they read too.
    const publishesQuery = (s: Statement) => s.kind === 'CreateView' || (s.kind === 'CreateTable' && s.asQuery !== undefined);
    if (!file || (file.kind === 'table' && !script.statements.some(publishesQuery))) return {};
    const reads = new TableReads();
    return {
      TableRef: (node) => reads.add(node),
      Cte: (node) => reads.addCte(node),
      done() {
        const layers = layersOf(context.workspace);
        const layerOf = (table: string) => layerOfTable(table, layers, context.workspace);
        const writes = publishedWrites(context.script, context.analysis().lineage.writes, context.catalog);
        const targets = [...new Set(writes.map(layerOf))].filter((l): l is string => l !== undefined && l in context.options.allowed);
        if (targets.length === 0) return;
        for (const { ref, table } of reads.reads(context.script, context.catalog)) {
          const layer = layerOf(table);
          if (layer === undefined || writes.includes(table)) continue;
          for (const target of targets) {
            const allowed = context.options.allowed[target];
            if (allowed.includes(layer)) continue;
            context.report({ messageId: 'forbidden', data: { target, layer, table, allowed: allowed.join(', ') }, start: ref.name.start, end: ref.name.end });
            break;
          }
        }
      },
    };
  },
});
