import type { Node } from '../sql/ast';
import type { TranslateContext } from './context';
import { dateBetween } from './date-comparisons';
import { rewriteBinary, rewriteCast, rewriteDataType, rewriteIdentifier, rewriteIndex, rewriteLiteral, rewriteStar, rewriteUnary, rewriteVariable } from './expressions';
import { rewriteFunction } from './functions';
import { rewriteLateralView } from './lateral-view';
import { rewriteGroupBy, rewriteQuery } from './queries';
import { rewriteJoin, rewriteTableFunction, rewriteTableRef } from './relations';

/** The node kinds whose DuckDB text differs from the source; `undefined` means "emit as written". */
export function rewrite(node: Node, ctx: TranslateContext): string | undefined {
  switch (node.kind) {
    case 'Identifier':
      return rewriteIdentifier(node);
    case 'Literal':
      return rewriteLiteral(node, ctx);
    case 'Variable':
      return rewriteVariable(node, ctx);
    case 'DataType':
      return rewriteDataType(node, ctx);
    case 'CastExpr':
      return rewriteCast(node, ctx);
    case 'BinaryExpr':
      return rewriteBinary(node, ctx);
    case 'UnaryExpr':
      return rewriteUnary(node, ctx);
    case 'BetweenExpr':
      return dateBetween(node, ctx);
    case 'IndexAccess':
      return rewriteIndex(node, ctx);
    case 'Star':
      return rewriteStar(node, ctx);
    case 'FunctionCall':
      return rewriteFunction(node, ctx);
    case 'Query':
      return rewriteQuery(node, ctx);
    case 'GroupBy':
      return rewriteGroupBy(node, ctx);
    case 'TableRef':
      return rewriteTableRef(node, ctx);
    case 'Join':
      return rewriteJoin(node, ctx);
    case 'TableFunction':
      return rewriteTableFunction(node, ctx);
    case 'LateralView':
      return rewriteLateralView(node, ctx);
    case 'Transform':
      return ctx.fail(node, `${node.keyword} ... USING '${node.script}' runs an external script, which DuckDB cannot: test the script's output table instead`);
    case 'Pivot':
    case 'Unpivot':
    case 'PartitionedTableFunction':
    case 'MatchRecognize':
      return ctx.fail(node, `${node.kind} has no DuckDB translation yet: rewrite it with GROUP BY/CASE or exclude this job from local runs`);
    default:
      return undefined;
  }
}
