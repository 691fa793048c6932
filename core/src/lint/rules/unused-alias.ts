import type { Expr, Identifier, Node, OrderItem, Query, Relation, Select, TableRef } from '../../sql';
import { createRule } from '../rule';
import { isWord, previousSignificant } from '../token-scan';
import { walk } from '../walk';

/** What the references of one SELECT say about its table aliases. */
interface References {
  /** Lower-cased first parts of qualified column references and `x.*`. */
  qualifiers: Set<string>;
  /** A bare column or `*` was seen: it may come from any table, so no alias is known to be unused. */
  unqualified: boolean;
}

export default createRule({
  code: 'ST12',
  name: 'unused-alias',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { unused: "table alias '{{alias}}' is never used: remove the alias, or the join if the table is not needed" },
  options: {},
  docs: {
    description:
      'In a SELECT that reads more than one source and qualifies every column it names, each table alias is used somewhere (select list, ON, WHERE, GROUP BY, ORDER BY, subqueries). A bare column or `*` could come from any table, so such a SELECT is never reported; USING and NATURAL joins neither. The fix drops the alias when the table name itself is free.',
    incorrect: 'SELECT a.id FROM orders AS a CROSS JOIN users AS b\n',
    correct: 'SELECT a.id, b.name FROM orders AS a JOIN users AS b ON a.user_id = b.id\n',
  },
  create(context) {
    const { text, tokens } = context;
    const handled = new WeakSet<Select>();
    const check = (select: Select, extras: readonly (Expr | OrderItem)[]) => {
      const sources = collectSources(select.from);
      if (sources.count + select.lateralViews.length < 2 || sources.blocked) return;
      const aliased = sources.tables.filter((t) => t.alias && !t.columnAliases);
      if (aliased.length === 0) return;
      const refs = references(select, extras);
      if (refs.unqualified) return;
      for (const table of aliased) {
        const alias = table.alias!;
        if (refs.qualifiers.has(alias.name.toLowerCase())) continue;
        const own = lastPart(table).name.toLowerCase();
        // Without its alias the table answers to its own name, which must not clash with another source or capture a reference.
        const clash = sources.tables.some((t) => t !== table && (t.alias ?? lastPart(t)).name.toLowerCase() === own);
        const free = !clash && !refs.qualifiers.has(own);
        context.report({ messageId: 'unused', data: { alias: alias.name }, start: alias.start, end: alias.end, fix: free ? [removeAlias(table)] : undefined });
      }
    };
    return {
      Query(node) {
        if (node.body.kind !== 'Select') return;
        handled.add(node.body);
        check(node.body, queryExtras(node));
      },
      Select(node) {
        if (!handled.has(node)) check(node, []);
      },
    };

    function removeAlias(table: TableRef) {
      const alias = table.alias!;
      let before = previousSignificant(tokens, context.tokenIndexAt(alias.start));
      if (isWord(text, tokens[before], 'AS')) before = previousSignificant(tokens, before);
      return { start: tokens[before].end, end: alias.end, newText: '' };
    }
  },
});

/** ORDER BY and the other clauses a query adds after its SELECT, which may name the SELECT's aliases. */
function queryExtras(query: Query): (Expr | OrderItem)[] {
  return [...(query.orderBy ?? []), ...(query.sortBy ?? []), ...(query.distributeBy ?? []), ...(query.clusterBy ?? [])];
}

function lastPart(table: TableRef) {
  return table.name.parts[table.name.parts.length - 1];
}

/** The FROM sources: how many, the plain tables among them, and whether a USING/NATURAL join hides column origins. */
function collectSources(from: readonly Relation[]): { count: number; tables: TableRef[]; blocked: boolean } {
  const out = { count: 0, tables: [] as TableRef[], blocked: false };
  const visit = (r: Relation): void => {
    if (r.kind === 'Join') {
      if (r.using || r.natural) out.blocked = true;
      visit(r.left);
      visit(r.right);
      return;
    }
    if (r.kind === 'LateralViewSource') out.count += r.views.length;
    out.count++;
    if (r.kind === 'TableRef') out.tables.push(r);
  };
  from.forEach(visit);
  return out;
}

/**
 * The column references of a SELECT and its trailing clauses, nested queries included (they may
 * correlate). A qualifier that names no relation declared here (`info.name` on a struct column,
 * an outer query's alias) may hide a bare column, so it counts as unqualified.
 */
function references(select: Select, extras: readonly Node[]): References {
  const refs: References = { qualifiers: new Set(), unqualified: false };
  const declared = new Set<string>();
  const visit = (node: Node) => {
    const name = declaredName(node);
    if (name !== undefined) declared.add(name);
    if (node.kind === 'ColumnRef') {
      if (node.parts.length > 1) refs.qualifiers.add(node.parts[0].name.toLowerCase());
      else refs.unqualified = true;
    } else if (node.kind === 'Star') {
      if (node.qualifier?.length) refs.qualifiers.add(node.qualifier[0].name.toLowerCase());
      else refs.unqualified = true;
    }
  };
  // A subquery in FROM cannot see this SELECT's aliases (unless LATERAL): its own columns say nothing here.
  walk({ ...select, from: [] } as Node, visit);
  for (const relation of select.from) walkRelation(relation, visit);
  for (const extra of extras) walk(extra, visit);
  for (const q of refs.qualifiers) if (!declared.has(q)) refs.unqualified = true;
  return refs;
}

/** Relations that may carry an alias of their own. */
const ALIASED = new Set(['DerivedTable', 'TableFunction', 'Pivot', 'Unpivot', 'PartitionedTableFunction', 'MatchRecognize']);

/** The lower-cased name a relation answers to: its alias, or a table's own name. */
function declaredName(node: Node): string | undefined {
  if (node.kind === 'LateralView') return node.tableAlias?.name.toLowerCase();
  if (node.kind === 'TableRef') return (node.alias ?? lastPart(node)).name.toLowerCase();
  return ALIASED.has(node.kind) ? (node as { alias?: Identifier }).alias?.name.toLowerCase() : undefined;
}

function walkRelation(relation: Relation, visit: (node: Node) => void): void {
  if (relation.kind === 'Join') {
    walkRelation(relation.left, visit);
    walkRelation(relation.right, visit);
    if (relation.on) walk(relation.on, visit);
  } else if (relation.kind !== 'DerivedTable' || relation.lateral) {
    walk(relation, visit);
  } else {
    visit(relation);
  }
}
