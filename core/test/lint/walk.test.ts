import assert from 'node:assert/strict';
import { walk } from '../../src/lint/walk';
import { parse } from '../../src/sql';

describe('lint walk', () => {
  it('visits every node, parents first, through arrays and nested arrays (VALUES rows)', () => {
    const script = parse('INSERT INTO t VALUES (1, x)', 'spark');
    const kinds: string[] = [];
    walk(script.statements[0], (n) => kinds.push(n.kind));
    assert.deepEqual(kinds.filter((k) => k !== 'Identifier' && k !== 'QualifiedName'), ['Insert', 'Query', 'Values', 'Literal', 'ColumnRef']);
  });

  it('reaches expressions inside CTEs, subqueries, joins and window specs', () => {
    const script = parse('WITH c AS (SELECT a FROM t) SELECT sum(b) OVER (PARTITION BY a) FROM c JOIN (SELECT b FROM s) d ON c.a = d.b', 'spark');
    const columns: string[] = [];
    walk(script.statements[0], (n) => {
      if (n.kind === 'ColumnRef') columns.push(n.parts.map((p) => p.name).join('.'));
    });
    assert.deepEqual(columns.sort(), ['a', 'a', 'b', 'b', 'c.a', 'd.b']);
  });
});
