import type { Query } from '../../sql';
import { createRule } from '../rule';

export default createRule({
  code: 'SE10',
  name: 'order-by-without-limit',
  group: 'semantic',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    orderBy: 'ORDER BY without LIMIT in an INSERT sorts every row globally (Hive on a single reducer) for nothing: a table keeps no row order; drop it, or use DISTRIBUTE BY / SORT BY to lay out files',
  },
  options: {},
  docs: {
    description:
      'A batch INSERT whose query ends in ORDER BY without LIMIT: a global sort of the whole result that the written table does not keep. Streaming (Flink) jobs are not checked unless their front matter says `type: batch`.',
    incorrect: "INSERT OVERWRITE TABLE ads.ads_live_room_rank_1d PARTITION (p_date = '${date}')\nSELECT room_id, watch_uv FROM dws.dws_live_room_1d WHERE p_date = '${date}'\nORDER BY watch_uv DESC\n",
    correct: "INSERT OVERWRITE TABLE ads.ads_live_room_rank_1d PARTITION (p_date = '${date}')\nSELECT room_id, watch_uv FROM dws.dws_live_room_1d WHERE p_date = '${date}'\nORDER BY watch_uv DESC\nLIMIT 100\n",
  },
  create(context) {
    const { text, tokens } = context;
    const streaming = context.dialect === 'flink' && context.file?.frontMatter?.data.type !== 'batch';
    /** The `ORDER` keyword before the first sort key. */
    const orderKeyword = (query: Query, first: number): number => {
      for (let i = context.tokenIndexAt(first); i >= 0 && tokens[i].start >= query.start; i--) {
        if (tokens[i].kind === 'word' && text.slice(tokens[i].start, tokens[i].end).toUpperCase() === 'ORDER') return tokens[i].start;
      }
      return first;
    };
    return {
      Insert(node) {
        const query = node.query;
        const ordering = query.orderBy ?? (query.orderByAll ? [query.orderByAll] : undefined);
        if (streaming || !ordering || ordering.length === 0 || query.limit) return;
        const end = ordering[ordering.length - 1].end;
        context.report({ messageId: 'orderBy', start: orderKeyword(query, ordering[0].start), end });
      },
    };
  },
});
