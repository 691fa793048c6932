import { createRule } from '../rule';

const WHY = 'no WHERE term links it to the relations before it: every row pairs with every row; add the join condition, or write CROSS JOIN if that is meant';

export default createRule({
  code: 'SE09',
  name: 'cartesian-join',
  group: 'semantic',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    join: `JOIN of '{{label}}' has no ON or USING, and ${WHY}`,
    comma: `'{{label}}' is joined with a comma, and ${WHY}`,
  },
  options: {},
  docs: {
    description:
      'A cartesian product nobody asked for: a JOIN without ON/USING, or a comma-separated FROM item, that no WHERE term links to the relations before it. CROSS JOIN says it is meant; LATERAL VIEW, UNNEST, table functions, LATERAL and single-row subqueries are not products.',
    incorrect: "SELECT o.order_id, g.gift_name\nFROM dwd.dwd_live_order_di o, dim.dim_gift_df g\nWHERE o.p_date = '${date}' AND g.p_date = '${date}'\n",
    correct: "SELECT o.order_id, g.gift_name\nFROM dwd.dwd_live_order_di o, dim.dim_gift_df g\nWHERE o.gift_id = g.gift_id AND o.p_date = '${date}' AND g.p_date = '${date}'\n",
  },
  create(context) {
    return {
      done() {
        for (const c of context.analysis().facts.cartesianJoins) context.report({ messageId: c.form, data: { label: c.label }, start: c.start, end: c.end });
      },
    };
  },
});
