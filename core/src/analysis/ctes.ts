import type { Cte, Query, QueryBody } from '../sql/ast';
import type { Ctx } from './context';
import { evalQuery } from './query';
import { lowerNames } from './relations';
import type { Scope } from './scope';
import { renameColumns, Shape } from './shape';

/** Evaluates one CTE and makes it visible to the CTEs after it and to the query body. */
export function defineCte(cte: Cte, recursive: boolean, scope: Scope, ctx: Ctx): void {
  const name = cte.name.name.toLowerCase();
  const columns = lowerNames(cte.columns);
  const evaluate = (query: Query, c: Ctx) => renameColumns(evalQuery(query, scope, c), columns);
  if (recursive) {
    // Rounds only grow the sources and run on a probe, so the real diagnostics are reported once.
    const probe: Ctx = { ...ctx, warnings: [], problems: [] };
    scope.ctes.set(name, { columns: [], open: [] });
    let shape = evaluate({ ...cte.query, body: anchorOf(cte.query.body) }, probe);
    // Sources only grow; each round carries them one step along the columns feeding each other
    // (and may raise a kind once more), so this many rounds reach the fixpoint and always end.
    const rounds = 2 * shape.columns.length + 2;
    for (let round = 0; round < rounds; round++) {
      scope.ctes.set(name, shape);
      const next = evaluate(cte.query, probe);
      if (sameSources(shape, next)) break;
      shape = next;
    }
    scope.ctes.set(name, shape);
  }
  scope.ctes.set(name, evaluate(cte.query, ctx));
}

/** The non-recursive branch of `anchor UNION ALL step`: the leftmost operand. */
function anchorOf(body: QueryBody): QueryBody {
  let anchor = body;
  while (anchor.kind === 'SetOperation') anchor = anchor.left;
  return anchor;
}

function sameSources(a: Shape, b: Shape): boolean {
  if (a.columns.length !== b.columns.length || a.open.length !== b.open.length) return false;
  return a.columns.every((col, i) => {
    const other = b.columns[i].sources;
    return col.sources.size === other.size && [...col.sources].every(([s, kind]) => other.get(s) === kind);
  });
}
