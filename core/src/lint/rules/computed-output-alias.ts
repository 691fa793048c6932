import type { Query, Select } from '../../sql';
import { createRule } from '../rule';

export default createRule({
  code: 'ST10',
  name: 'computed-output-alias',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: false,
  messages: { unnamed: 'output expression has no alias, so the engine makes up its column name: add AS <name>' },
  options: {
    allowScalar: { description: 'Accept a select list of one expression (`SELECT count(*) FROM t`), as SQLFluff does.', default: true },
  },
  docs: {
    description:
      'In a query whose column names are kept (the statement itself, an INSERT, a CTE, a subquery in FROM, a view, a CTAS), every computed select item has an alias. Plain columns and `*` keep their names; a column list (`cte(a, b)`, `INSERT INTO t (a, b)`, `AS q(a, b)`) names them instead; IN, EXISTS and scalar subqueries need no names. Only the first branch of a UNION names the columns.',
    incorrect: 'INSERT OVERWRITE TABLE t SELECT id, count(*) FROM s GROUP BY id\n',
    correct: 'WITH c (id, n) AS (SELECT id, count(*) FROM s GROUP BY id)\nSELECT c.id, c.n + 1 AS n1 FROM c WHERE EXISTS (SELECT 1 FROM u)\n',
  },
  create(context) {
    const check = (query: Query | undefined) => {
      const select = query && namingSelect(query);
      if (!select || (context.options.allowScalar && select.items.length === 1)) return;
      for (const item of select.items) {
        if (item.alias || item.aliases || item.expr.kind === 'ColumnRef' || item.expr.kind === 'Star') continue;
        context.report({ messageId: 'unnamed', start: item.expr.start, end: item.expr.end });
      }
    };
    return {
      QueryStatement: (node) => check(node.query),
      Insert: (node) => check(node.columns ? undefined : node.query),
      Cte: (node) => check(node.columns ? undefined : node.query),
      CreateView: (node) => check(node.columns ? undefined : node.query),
      CreateTable: (node) => check(node.asQuery),
      DerivedTable: (node) => check(node.columnAliases ? undefined : node.query),
    };
  },
});

/** The SELECT whose items name a query's columns: the first branch of set operations, through parentheses. */
function namingSelect(query: Query): Select | undefined {
  let body = query.body;
  for (;;) {
    if (body.kind === 'Select') return body;
    if (body.kind === 'Query') body = body.body;
    else if (body.kind === 'SetOperation') body = body.left;
    else return undefined;
  }
}
