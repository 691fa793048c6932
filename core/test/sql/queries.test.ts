import assert from 'node:assert/strict';
import type { DerivedTable, GroupingSets, Join, QueryStatement, Relation, SetOperation, TableFunction, TableRef } from '../../src/sql';
import { one, query, select, show } from './helpers';

function names(rels: Relation[]): string[] {
  return rels.map(relName);
}

function relName(r: Relation): string {
  switch (r.kind) {
    case 'TableRef':
      return r.name.parts.map((p) => p.name).join('.') + (r.alias ? ` ${r.alias.name}` : '');
    case 'Join':
      return `(${relName(r.left)} ${r.natural ? 'NATURAL ' : ''}${r.joinType} ${relName(r.right)})`;
    case 'DerivedTable':
      return `${r.lateral ? 'LATERAL ' : ''}(query)${r.alias ? ` ${r.alias.name}` : ''}`;
    case 'TableFunction':
      return `${r.lateral ? 'LATERAL ' : ''}${show(r.call)}${r.alias ? ` ${r.alias.name}` : ''}`;
    case 'Pivot':
      return `${relName(r.source)} PIVOT`;
    case 'Unpivot':
      return `${relName(r.source)} UNPIVOT${r.alias ? ` ${r.alias.name}` : ''}`;
    case 'LateralViewSource':
      return `${relName(r.source)} LATERAL VIEW ${r.views.map((v) => show(v.call)).join(' ')}`;
    case 'PartitionedTableFunction':
      return `${r.name.parts.map((p) => p.name).join('.')}(ON ${relName(r.source)})${r.alias ? ` ${r.alias.name}` : ''}`;
    case 'MatchRecognize':
      return `${relName(r.source)} MATCH_RECOGNIZE${r.alias ? ` ${r.alias.name}` : ''}`;
  }
}

describe('sql queries', () => {
  it('parses WITH with CTE column lists', () => {
    const q = query('WITH a (x, y) AS (SELECT 1, 2), b AS (SELECT x FROM a) SELECT * FROM b');
    assert.deepEqual(q.with?.ctes.map((c) => c.name.name), ['a', 'b']);
    assert.deepEqual(q.with?.ctes[0].columns?.map((c) => c.name), ['x', 'y']);
  });

  it('parses DISTINCT and hints', () => {
    const s = select('SELECT /*+ BROADCAST(d), MAPJOIN(x) */ DISTINCT a FROM t');
    assert.equal(s.distinct, true);
    assert.deepEqual(s.hints.map((h) => [h.name, h.args.map(show)]), [['BROADCAST', ['d']], ['MAPJOIN', ['x']]]);
  });

  it('parses all join kinds', () => {
    const s = select(`SELECT * FROM a
      JOIN b ON a.id = b.id
      INNER JOIN c USING (id)
      LEFT OUTER JOIN d ON TRUE
      RIGHT JOIN e ON TRUE
      FULL OUTER JOIN f ON TRUE
      CROSS JOIN g
      LEFT SEMI JOIN h ON TRUE
      LEFT ANTI JOIN i ON TRUE
      NATURAL JOIN j`);
    assert.equal(names(s.from)[0], '(((((((((a INNER b) INNER c) LEFT d) RIGHT e) FULL f) CROSS g) LEFT SEMI h) LEFT ANTI i) NATURAL INNER j)');
    const using = ((((((((s.from[0] as Join).left as Join).left as Join).left as Join).left as Join).left as Join).left as Join).left as Join);
    assert.deepEqual(using.using?.map((u) => u.name), ['id']);
  });

  it('parses comma joins and aliases', () => {
    assert.deepEqual(names(select('SELECT * FROM a x, b AS y, db.c').from), ['a x', 'b y', 'db.c']);
  });

  it('parses Flink lookup joins', () => {
    const s = select('SELECT * FROM o JOIN dim FOR SYSTEM_TIME AS OF o.proc_time AS d ON o.k = d.k', 'flink');
    const right = (s.from[0] as Join).right as TableRef;
    assert.equal(show(right.forSystemTime), 'o.proc_time');
    assert.equal(right.alias?.name, 'd');
  });

  it('parses derived tables, LATERAL subqueries and derived column aliases', () => {
    const s = select('SELECT * FROM (SELECT a FROM t) x (c), LATERAL (SELECT * FROM u WHERE u.a = x.c) y');
    assert.deepEqual(names(s.from), ['(query) x', 'LATERAL (query) y']);
    assert.deepEqual((s.from[0] as DerivedTable).columnAliases?.map((c) => c.name), ['c']);
  });

  it('parses set operations with INTERSECT binding tighter', () => {
    const q = query('SELECT 1 UNION ALL SELECT 2 INTERSECT SELECT 3 EXCEPT SELECT 4 MINUS SELECT 5 UNION DISTINCT SELECT 6');
    const top = q.body as SetOperation;
    assert.equal(top.op, 'UNION');
    assert.equal(top.all, false);
    const minus = top.left as SetOperation;
    assert.equal(minus.op, 'MINUS');
    const except = minus.left as SetOperation;
    const union = except.left as SetOperation;
    assert.equal(union.op, 'UNION');
    assert.equal(union.all, true);
    assert.equal((union.right as SetOperation).op, 'INTERSECT');
  });

  it('parses parenthesised set operands and a trailing ORDER BY/LIMIT on the whole query', () => {
    const q = query('(SELECT a FROM t) UNION (SELECT a FROM u) ORDER BY a LIMIT 10');
    assert.equal(q.body.kind, 'SetOperation');
    assert.equal(q.orderBy?.length, 1);
    assert.equal(show(q.limit), '10');
  });

  it('parses GROUP BY with GROUPING SETS, CUBE, ROLLUP and Hive WITH ROLLUP', () => {
    const g = select('SELECT a, b FROM t GROUP BY GROUPING SETS ((a, b), a, ())').groupBy;
    const sets = g?.items[0] as GroupingSets;
    assert.equal(sets.type, 'GROUPING SETS');
    assert.deepEqual(sets.sets.map((s) => s.map(show)), [['a', 'b'], ['a'], []]);
    assert.equal((select('SELECT a FROM t GROUP BY CUBE (a, b)').groupBy?.items[0] as GroupingSets).type, 'CUBE');
    assert.equal((select('SELECT a FROM t GROUP BY ROLLUP (a, b)').groupBy?.items[0] as GroupingSets).type, 'ROLLUP');
    assert.equal(select('SELECT a FROM t GROUP BY a, b WITH ROLLUP').groupBy?.with, 'ROLLUP');
  });

  it('parses HAVING, QUALIFY and the WINDOW clause', () => {
    const s = select('SELECT a, row_number() OVER w AS rn FROM t GROUP BY a HAVING count(*) > 1 WINDOW w AS (PARTITION BY a ORDER BY b) QUALIFY rn = 1');
    assert.equal(show(s.having), '(count(*) > 1)');
    assert.equal(s.windows[0].name.name, 'w');
    assert.equal(s.windows[0].spec.partitionBy.length, 1);
    assert.equal(show(s.qualify), '(rn = 1)');
  });

  it('parses ORDER/SORT/DISTRIBUTE/CLUSTER BY and LIMIT/OFFSET', () => {
    const q = query('SELECT a FROM t DISTRIBUTE BY a SORT BY b DESC LIMIT 5 OFFSET 10');
    assert.equal(q.distributeBy?.length, 1);
    assert.equal(q.sortBy?.[0].direction, 'DESC');
    assert.equal(show(q.offset), '10');
    assert.equal(query('SELECT a FROM t CLUSTER BY a').clusterBy?.length, 1);
    assert.equal(query('SELECT a FROM t ORDER BY a ASC, b').orderBy?.length, 2);
  });

  it('parses LATERAL VIEW [OUTER] with table and column aliases', () => {
    const s = select('SELECT * FROM t LATERAL VIEW explode(t.tags) x AS tag LATERAL VIEW OUTER posexplode(arr) p AS pos, v LATERAL VIEW json_tuple(j, \'a\', \'b\') jt AS a, b');
    assert.deepEqual(s.lateralViews.map((v) => [v.outer, show(v.call), v.tableAlias?.name, v.columnAliases.map((c) => c.name)]), [
      [false, 'explode(t.tags)', 'x', ['tag']],
      [true, 'posexplode(arr)', 'p', ['pos', 'v']],
      [false, "json_tuple(j, 'a', 'b')", 'jt', ['a', 'b']],
    ]);
    assert.equal(select('SELECT * FROM t LATERAL VIEW inline(arr) i').lateralViews[0].tableAlias?.name, 'i');
  });

  it('parses UDTF select items with AS (a, b)', () => {
    const item = select("SELECT explode(m) AS (k, v) FROM t").items[0];
    assert.deepEqual(item.aliases?.map((a) => a.name), ['k', 'v']);
  });

  it('parses UNNEST, CROSS JOIN UNNEST and LATERAL TABLE', () => {
    const s = select('SELECT * FROM t CROSS JOIN UNNEST(t.arr) WITH ORDINALITY AS u (x, i)', 'flink');
    const u = (s.from[0] as Join).right as TableFunction;
    assert.equal(u.withOrdinality, true);
    assert.equal(show(u.call), 'UNNEST(t.arr)');
    assert.deepEqual(u.columnAliases?.map((c) => c.name), ['x', 'i']);
    const l = select('SELECT * FROM t, LATERAL TABLE(split(t.s)) AS s (word, len)', 'flink').from[1] as TableFunction;
    assert.equal(l.lateral, true);
    assert.equal(show(l.call), 'split(t.s)');
    assert.equal(l.alias?.name, 's');
    const left = select('SELECT * FROM t LEFT JOIN LATERAL TABLE(f(x)) AS r (a) ON TRUE', 'flink').from[0] as Join;
    assert.equal(left.joinType, 'LEFT');
    assert.equal(left.right.kind, 'TableFunction');
  });

  it('parses Flink window TVFs', () => {
    const cases = [
      "TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE))",
      "TABLE(HOP(TABLE src, DESCRIPTOR(ts), INTERVAL '5' MINUTE, INTERVAL '1' HOUR))",
      "TABLE(CUMULATE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '1' DAY))",
      "TABLE(SESSION(TABLE src PARTITION BY k, DESCRIPTOR(ts), INTERVAL '5' MINUTE))",
      "TABLE(TUMBLE(DATA => TABLE src, TIMECOL => DESCRIPTOR(ts), SIZE => INTERVAL '1' MINUTE))",
    ];
    for (const c of cases) {
      const tf = select(`SELECT window_start, count(*) FROM ${c} GROUP BY window_start`, 'flink').from[0] as TableFunction;
      assert.equal(tf.kind, 'TableFunction', c);
      assert.equal(tf.call.args.length >= 3, true, c);
    }
    const tumble = (select("SELECT * FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE))", 'flink').from[0] as TableFunction).call;
    assert.deepEqual(tumble.args.map((a) => a.kind), ['TableArg', 'Descriptor', 'IntervalExpr']);
    const named = (select("SELECT * FROM TABLE(TUMBLE(DATA => TABLE src, TIMECOL => DESCRIPTOR(ts), SIZE => INTERVAL '1' MINUTE))", 'flink').from[0] as TableFunction).call;
    assert.deepEqual(named.args.map((a) => a.kind === 'NamedArg' && a.name.name), ['DATA', 'TIMECOL', 'SIZE']);
  });

  it('parses the Flink dedup / top-N pattern', () => {
    const s = select(`SELECT * FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY proc_time DESC) AS rn FROM src
    ) WHERE rn = 1`, 'flink');
    const inner = (s.from[0] as DerivedTable).query.body;
    assert.equal(inner.kind === 'Select' && inner.items[1].alias?.name, 'rn');
    assert.equal(show(s.where), '(rn = 1)');
  });

  it('parses VALUES as a query and in FROM', () => {
    const q = query("VALUES (1, 'a'), (2, 'b')");
    assert.equal(q.body.kind === 'Values' && q.body.rows.length, 2);
    const s = select('SELECT * FROM (VALUES (1), (2)) AS v (x)');
    assert.deepEqual((s.from[0] as DerivedTable).columnAliases?.map((c) => c.name), ['x']);
  });

  it('parses Hive FROM-first queries', () => {
    const q = query('FROM src s SELECT s.a WHERE s.b > 1');
    assert.equal(q.body.kind === 'Select' && names(q.body.from)[0], 'src s');
  });

  it('parses EXPLAIN', () => {
    const s = one('EXPLAIN EXTENDED SELECT 1') as QueryStatement;
    assert.equal(s.explain, true);
  });

  it('does not take clause keywords as aliases', () => {
    const s = select('SELECT a FROM t WHERE a > 1');
    assert.equal((s.from[0] as TableRef).alias, undefined);
    assert.equal(select('SELECT a b, c "d" FROM t').items[1].alias?.name, 'd');
  });

  it('records exact statement, query and relation spans', () => {
    const text = '  -- lead\n  SELECT a FROM db.t AS x  ;  ';
    const s = one(text) as QueryStatement;
    assert.equal(text.slice(s.start, s.end), 'SELECT a FROM db.t AS x');
    const rel = (s.query.body as { from: Relation[] }).from[0];
    assert.equal(text.slice(rel.start, rel.end), 'db.t AS x');
  });
});
