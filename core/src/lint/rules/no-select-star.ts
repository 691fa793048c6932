import { starColumns, starReplacement } from '../../analysis';
import type { Star } from '../../sql';
import { createRule, type OffsetEdit } from '../rule';
import { outputSelects, scriptOutputs } from '../warehouse';

export default createRule({
  code: 'WH09',
  name: 'no-select-star',
  group: 'warehouse',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    star: "'{{star}}' in a published output: a column added upstream silently changes what is written; list the columns",
  },
  options: {},
  docs: {
    description: "What a job writes (INSERT, CTAS) and what a view publishes lists its columns: with `*`, an upstream column added or reordered changes the output or breaks the insert. The fix expands the star from the catalog, in order, qualified like the star; it is offered only when every column is known and the names are unambiguous. Stars inside CTEs and subqueries that the output lists columns from are fine.",
    incorrect: "INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}')\nSELECT * FROM ods.ods_x_di WHERE p_date = '${date}';\n",
    correct: "INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}')\nSELECT a, b FROM (SELECT * FROM ods.ods_x_di WHERE p_date = '${date}') s;\n",
    catalog: 'CREATE TABLE ods.ods_x_di (a BIGINT, b STRING) PARTITIONED BY (p_date STRING);\nCREATE TABLE dwd.dwd_x_di (a BIGINT, b STRING) PARTITIONED BY (p_date STRING);\n',
  },
  create(context) {
    let expansions: Map<Star, string[] | undefined> | undefined;
    const fixFor = (star: Star): OffsetEdit[] | undefined => {
      expansions ??= starColumns(context.script, context.catalog);
      const newText = starReplacement(context.text, star, expansions.get(star));
      return newText === undefined ? undefined : [{ start: star.start, end: star.end, newText }];
    };
    return {
      done() {
        for (const { query } of scriptOutputs(context)) {
          for (const select of outputSelects(query)) {
            for (const item of select.items) {
              if (item.expr.kind !== 'Star') continue;
              const star = item.expr;
              context.report({ messageId: 'star', data: { star: context.text.slice(star.start, star.end) }, start: star.start, end: star.end, fix: fixFor(star) });
            }
          }
        }
      },
    };
  },
});
