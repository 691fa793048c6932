import type { InsertFact } from '../../analysis';
import { createRule } from '../rule';
import { catalogAnalysis } from '../semantic';

export default createRule({
  code: 'SE05',
  name: 'insert-column-name',
  group: 'semantic',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    alias: "select item {{position}} is named '{{name}}' but is written into column '{{target}}' of '{{table}}': INSERT matches columns by position, not by name; reorder the select list or fix the alias",
    swapped: "select item {{position}} is column '{{name}}' but is written into column '{{target}}' of '{{table}}', which has its own '{{name}}': INSERT matches columns by position; reorder the select list",
  },
  options: {},
  docs: {
    description:
      "A positional INSERT whose select item is named after a different target column than the one at its position: an alias that differs from the target column, or a column carrying the name of another target column (swapped columns). Items with the engine's generated names are not checked.",
    catalog: [
      'CREATE TABLE dws.dws_live_room_1d (room_id BIGINT, anchor_id BIGINT, watch_uv BIGINT) PARTITIONED BY (p_date STRING);',
      'CREATE TABLE ads.ads_live_room_1d (room_id BIGINT, anchor_id BIGINT, uv BIGINT) PARTITIONED BY (p_date STRING);',
      '',
    ].join('\n'),
    incorrect: "INSERT OVERWRITE TABLE ads.ads_live_room_1d PARTITION (p_date = '${date}')\nSELECT anchor_id, room_id, watch_uv AS viewers FROM dws.dws_live_room_1d WHERE p_date = '${date}'\n",
    correct: "INSERT OVERWRITE TABLE ads.ads_live_room_1d PARTITION (p_date = '${date}')\nSELECT room_id, anchor_id, watch_uv AS uv FROM dws.dws_live_room_1d WHERE p_date = '${date}'\n",
  },
  create(context) {
    const check = (insert: InsertFact) => {
      const targets = new Set(insert.columns.map((c) => c.target));
      insert.columns.forEach((c, i) => {
        if (c.name === c.target || c.naming === 'generated') return;
        if (c.naming === 'column' && !targets.has(c.name)) return;
        const data = { name: c.name, target: c.target, position: String(i + 1), table: insert.table };
        context.report({ messageId: c.naming === 'alias' ? 'alias' : 'swapped', data, start: c.nameStart, end: c.nameEnd });
      });
    };
    return {
      done() {
        catalogAnalysis(context)?.facts.inserts.forEach(check);
      },
    };
  },
});
