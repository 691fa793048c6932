import type { Node, Token, WithClause } from '../../sql';
import { createRule, type OffsetEdit } from '../rule';
import { nextSignificant } from '../token-scan';
import { walk } from '../walk';

export default createRule({
  code: 'ST11',
  name: 'unused-cte',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { unused: "CTE '{{name}}' is never used: remove it" },
  options: {},
  docs: {
    description:
      'Every CTE is read by the statement, directly or through other CTEs it reads. A CTE read only by itself (recursion) or by unused CTEs counts as unused. The fix removes it with its comma.',
    incorrect: 'WITH a AS (SELECT 1 AS x), b AS (SELECT x FROM a)\nSELECT x FROM a\n',
    correct: 'WITH a AS (SELECT 1 AS x), b AS (SELECT x FROM a)\nSELECT x FROM b\n',
  },
  create(context) {
    const check = (clause: WithClause | undefined, statement: Node) => {
      if (!clause) return;
      const used = reachable(clause, statement);
      clause.ctes.forEach((cte, i) => {
        if (used.has(cte.name.name.toLowerCase())) return;
        context.report({ messageId: 'unused', data: { name: cte.name.name }, start: cte.name.start, end: cte.name.end, fix: [removal(clause, i, context.tokens, context)] });
      });
    };
    return {
      Query: (node) => check(node.with, node),
      MultiInsert: (node) => check(node.with, node),
    };
  },
});

/** Lower-cased names of the CTEs the statement reads, following CTEs that read CTEs. */
function reachable(clause: WithClause, statement: Node): Set<string> {
  const defined = new Map(clause.ctes.map((cte) => [cte.name.name.toLowerCase(), cte]));
  const used = new Set<string>();
  const pending: string[] = [];
  const visit = (node: Node) =>
    walk(node, (n) => {
      const name = tableName(n);
      if (name !== undefined && defined.has(name) && !used.has(name)) {
        used.add(name);
        pending.push(name);
      }
    });
  // The statement minus its WITH clause is what reads the CTEs in the first place.
  visit({ ...statement, with: undefined } as Node);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) visit(defined.get(name)!.query);
  return used;
}

/** The unqualified table name a node reads, lower-cased: `FROM c`, Flink `TABLE c` in a TVF, Spark `TABLE c` as a query. */
function tableName(node: Node): string | undefined {
  if (node.kind !== 'TableRef' && node.kind !== 'TableArg' && node.kind !== 'TableQuery') return undefined;
  const parts = node.name.parts;
  return parts.length === 1 ? parts[0].name.toLowerCase() : undefined;
}

/** The edit that deletes the `i`-th CTE and one comma next to it, or the whole WITH clause for its only CTE. */
function removal(clause: WithClause, i: number, tokens: readonly Token[], at: { tokenIndexAt(offset: number): number }): OffsetEdit {
  const { ctes } = clause;
  if (ctes.length === 1) return { start: clause.start, end: spaceAfter(clause.end, tokens, at), newText: '' };
  if (i === ctes.length - 1) return { start: ctes[i - 1].end, end: ctes[i].end, newText: '' };
  const comma = nextSignificant(tokens, at.tokenIndexAt(ctes[i].end - 1));
  return { start: ctes[i].start, end: spaceAfter(tokens[comma].end, tokens, at), newText: '' };
}

/** `offset`, moved past the whitespace token that starts there, if any. */
function spaceAfter(offset: number, tokens: readonly Token[], at: { tokenIndexAt(offset: number): number }): number {
  const token = tokens[at.tokenIndexAt(offset)];
  return token.kind === 'whitespace' && token.start === offset ? token.end : offset;
}
