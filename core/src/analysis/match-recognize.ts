import { implicitName } from '../catalog/output-names';
import type { MatchRecognize, RowPattern } from '../sql/ast';
import type { Ctx } from './context';
import { addFilterExpr, addFilters, exprSources } from './expr';
import { inputColumns } from './pivots';
import { addRelation, lowerNames } from './relations';
import { makeRel, Rel, Scope } from './scope';
import { Col, renameColumns } from './shape';

/**
 * Flink `MATCH_RECOGNIZE`: ONE ROW PER MATCH yields the PARTITION BY columns then the measures;
 * ALL ROWS PER MATCH every input column then the measures. Inside MEASURES and DEFINE a pattern
 * variable (`A.price`) qualifies an input column, so a measure derives from the columns it
 * names. PARTITION BY, ORDER BY and DEFINE columns pick and order the rows: filters.
 */
export function matchRecognizeRel(match: MatchRecognize, scope: Scope, ctx: Ctx): Rel {
  const inner = new Scope(scope.parent);
  addRelation(inner, match.source, ctx);
  const input = inputColumns(inner);
  const open = inner.rels.flatMap((r) => r.shape.open);
  const rows = inner.rels.length === 1 ? inner.rels[0] : makeRel([], 'match_recognize input', { columns: input, open });
  for (const name of patternVariables(match)) inner.addQualifier(name, rows);
  const partitions: Col[] = match.partitionBy.map((e, i) => {
    const sources = exprSources(e, inner, ctx);
    addFilters(ctx, sources);
    return { name: implicitName(e) ?? `_c${i}`, sources, span: e, nameSpan: e };
  });
  for (const o of match.orderBy) addFilterExpr(o.expr, inner, ctx);
  for (const d of match.defines) addFilterExpr(d.condition, inner, ctx);
  const measures: Col[] = match.measures.map((m, i) => ({
    name: m.alias?.name.toLowerCase() ?? implicitName(m.expr) ?? `_c${partitions.length + i}`,
    sources: exprSources(m.expr, inner, ctx),
    span: m,
    nameSpan: m.alias ?? m.expr,
  }));
  const allRows = match.rowsPerMatch === 'ALL ROWS PER MATCH';
  // One row per match has only the columns named above: undeclared input columns are not among them.
  const shape = { columns: [...(allRows ? input : partitions), ...measures], open: allRows ? open : [] };
  const alias = match.alias?.name.toLowerCase();
  return makeRel(alias ? [alias] : [], alias ?? 'match_recognize', renameColumns(shape, lowerNames(match.columnAliases)));
}

/** Lower-case names of the pattern's variables, the SUBSET names and the DEFINEd variables. */
function patternVariables(match: MatchRecognize): Set<string> {
  const out = new Set<string>();
  const visit = (pattern: RowPattern) => {
    for (const term of pattern.alternatives.flat()) {
      if (term.variable) out.add(term.variable.name.toLowerCase());
      if (term.group) visit(term.group);
      term.permute?.forEach(visit);
    }
  };
  visit(match.pattern);
  for (const s of match.subsets) out.add(s.name.name.toLowerCase());
  for (const d of match.defines) out.add(d.variable.name.toLowerCase());
  return out;
}
