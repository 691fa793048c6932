import assert from 'node:assert/strict';
import { parse, type DerivedTable, type Join, type Pivot, type Relation, type TableRef, type Unpivot } from '../../src/sql';
import { select, shape, show } from './helpers';

function from(text: string, dialect: 'spark' | 'hive' = 'spark'): Relation {
  return select(text, dialect).from[0];
}

function textOf(text: string, node: { start: number; end: number }): string {
  return text.slice(node.start, node.end);
}

describe('sql TABLESAMPLE', () => {
  const cases: [string, string][] = [
    ['SELECT * FROM dwd.t TABLESAMPLE (10 PERCENT)', '10 PERCENT'],
    ['SELECT * FROM dwd.t TABLESAMPLE (0.5 PERCENT) s', '0.5 PERCENT'],
    ['SELECT * FROM dwd.t TABLESAMPLE (100 ROWS) AS s WHERE a = 1', '100 ROWS'],
    ['SELECT * FROM dwd.t TABLESAMPLE (BUCKET 1 OUT OF 4 ON user_id) s', 'BUCKET 1 OUT OF 4 ON user_id'],
    ['SELECT * FROM dwd.t TABLESAMPLE (BUCKET 1 OUT OF 4)', 'BUCKET 1 OUT OF 4'],
    ['SELECT * FROM dwd.t TABLESAMPLE (bucket 2 out of 8 on rand())', 'bucket 2 out of 8 on rand()'],
    ['SELECT * FROM dwd.t TABLESAMPLE (10M)', '10M'],
  ];
  for (const [text, sample] of cases) {
    it(`keeps the sample of: ${text}`, () => {
      for (const dialect of ['spark', 'hive'] as const) {
        const ref = from(text, dialect) as TableRef;
        assert.equal(ref.kind, 'TableRef');
        assert.equal(ref.sample, sample);
      }
    });
  }

  it('parses the alias after the sample and spans the whole reference', () => {
    const text = 'SELECT * FROM dwd.t TABLESAMPLE (BUCKET 1 OUT OF 4 ON id) AS s JOIN u ON s.id = u.id';
    const join = from(text) as Join;
    const ref = join.left as TableRef;
    assert.equal(ref.alias?.name, 's');
    assert.equal(textOf(text, ref), 'dwd.t TABLESAMPLE (BUCKET 1 OUT OF 4 ON id) AS s');
    assert.equal((join.right as TableRef).sample, undefined);
  });

  it('samples the right side of a join', () => {
    const join = from('SELECT * FROM dwd.t a JOIN dwd.u TABLESAMPLE (10 PERCENT) b ON a.id = b.id') as Join;
    assert.deepEqual([(join.right as TableRef).sample, (join.right as TableRef).alias?.name], ['10 PERCENT', 'b']);
  });

  it('samples a Spark subquery', () => {
    const derived = from('SELECT * FROM (SELECT a FROM dwd.t) TABLESAMPLE (10 PERCENT) s') as DerivedTable;
    assert.deepEqual([derived.kind, derived.sample, derived.alias?.name], ['DerivedTable', '10 PERCENT', 's']);
  });

  it('reports a malformed sample once', () => {
    const messages = (text: string, dialect: 'spark' | 'flink' = 'spark') => parse(text, dialect).errors.map((e) => e.message);
    assert.deepEqual(messages('SELECT * FROM t TABLESAMPLE (BUCKET x OUT OF 4)'), ["unexpected 'x', expected a bucket number"]);
    assert.deepEqual(messages('SELECT * FROM t TABLESAMPLE (BUCKET 1 OF 4)'), ["unexpected 'OF', expected 'OUT'"]);
    assert.deepEqual(messages('SELECT * FROM t TABLESAMPLE 10 PERCENT'), ["unexpected '10', expected '('"]);
    assert.deepEqual(messages('SELECT * FROM t TABLESAMPLE (10 PERCENT', 'spark'), ["unexpected end of input: expected ')' to close '(' at 1:29"]);
    assert.deepEqual(messages('SELECT * FROM t TABLESAMPLE (10 PERCENT)', 'flink'), ["unexpected 'TABLESAMPLE', expected ';'"]);
  });
});

describe('sql PIVOT and UNPIVOT', () => {
  it('parses a PIVOT with aliased aggregates and values', () => {
    const text = "SELECT * FROM dwd.sales PIVOT (sum(amount) AS total, avg(amount) FOR client IN ('ios' AS ios, 'android' android, 'web')) WHERE x = 1";
    const pivot = from(text) as Pivot;
    assert.equal(pivot.kind, 'Pivot');
    assert.equal((pivot.source as TableRef).name.parts.map((p) => p.name).join('.'), 'dwd.sales');
    assert.deepEqual(pivot.aggregates.map((a) => [show(a.expr), a.alias?.name]), [['sum(amount)', 'total'], ['avg(amount)', undefined]]);
    assert.deepEqual(pivot.forColumns.map((c) => c.name), ['client']);
    assert.deepEqual(pivot.values.map((v) => [show(v.expr), v.alias?.name]), [["'ios'", 'ios'], ["'android'", 'android'], ["'web'", undefined]]);
    assert.equal(textOf(text, pivot), text.slice(14, text.indexOf(' WHERE')));
    assert.equal(textOf(text, pivot.values[0]), "'ios' AS ios");
    assert.equal(textOf(text, pivot.aggregates[0]), 'sum(amount) AS total');
  });

  it('parses a multi-column PIVOT over a subquery', () => {
    const pivot = from("SELECT * FROM (SELECT a, c, d FROM dwd.t) s PIVOT (sum(a) FOR (c, d) IN ((1, 'x') AS one, (2, 'y') AS two))") as Pivot;
    assert.equal(pivot.source.kind, 'DerivedTable');
    assert.deepEqual(pivot.forColumns.map((c) => c.name), ['c', 'd']);
    assert.deepEqual(pivot.values.map((v) => [show(v.expr), v.alias?.name]), [["(1, 'x')", 'one'], ["(2, 'y')", 'two']]);
  });

  it('parses an UNPIVOT with a single value column', () => {
    const text = 'SELECT * FROM dwd.t UNPIVOT INCLUDE NULLS (val FOR quarter IN (q1 AS first, t.q2, q3 third)) AS u';
    const u = from(text) as Unpivot;
    assert.deepEqual(shape({ ...u, source: undefined }), {
      kind: 'Unpivot',
      nulls: 'INCLUDE',
      valueColumns: [{ kind: 'Identifier', name: 'val', quoted: false }],
      nameColumn: { kind: 'Identifier', name: 'quarter', quoted: false },
      columns: [
        { kind: 'UnpivotColumn', columns: [{ kind: 'ColumnRef', parts: [{ kind: 'Identifier', name: 'q1', quoted: false }] }], alias: { kind: 'Identifier', name: 'first', quoted: false } },
        { kind: 'UnpivotColumn', columns: [{ kind: 'ColumnRef', parts: [{ kind: 'Identifier', name: 't', quoted: false }, { kind: 'Identifier', name: 'q2', quoted: false }] }] },
        { kind: 'UnpivotColumn', columns: [{ kind: 'ColumnRef', parts: [{ kind: 'Identifier', name: 'q3', quoted: false }] }], alias: { kind: 'Identifier', name: 'third', quoted: false } },
      ],
      alias: { kind: 'Identifier', name: 'u', quoted: false },
    });
    assert.equal(textOf(text, u), text.slice(14));
  });

  it('parses an UNPIVOT with several value columns', () => {
    const u = from('SELECT * FROM dwd.t UNPIVOT EXCLUDE NULLS ((v1, v2) FOR name IN ((a, b) AS x, (c, d) AS y))') as Unpivot;
    assert.equal(u.nulls, 'EXCLUDE');
    assert.deepEqual(u.valueColumns.map((c) => c.name), ['v1', 'v2']);
    assert.deepEqual(u.columns.map((c) => [c.columns.map(show).join(','), c.alias?.name]), [['a,b', 'x'], ['c,d', 'y']]);
    assert.equal(u.alias, undefined);
  });

  it('chains PIVOT, UNPIVOT and joins left to right', () => {
    const s = select('SELECT * FROM dwd.t PIVOT (sum(a) FOR c IN (1, 2)) UNPIVOT (v FOR n IN (`1`, `2`)) JOIN dwd.u ON 1 = 1, dwd.w');
    assert.equal(s.from.length, 2);
    const join = s.from[0] as Join;
    assert.equal(join.kind, 'Join');
    assert.equal(join.left.kind, 'Unpivot');
    assert.equal((join.left as Unpivot).source.kind, 'Pivot');
    const pivotOfJoin = from('SELECT * FROM dwd.t JOIN dwd.u ON 1 = 1 PIVOT (sum(a) FOR c IN (1, 2))') as Pivot;
    assert.equal(pivotOfJoin.source.kind, 'Join');
  });

  it('leaves PIVOT to Spark and reports a broken one once', () => {
    const messages = (text: string, dialect: 'spark' | 'hive' = 'spark') => parse(text, dialect).errors.map((e) => e.message);
    assert.deepEqual(messages('SELECT * FROM t PIVOT (sum(a) FOR c IN (1, 2))', 'hive'), ["unexpected 'PIVOT', expected ';'"]);
    assert.deepEqual(messages('SELECT * FROM t PIVOT (sum(a) c IN (1, 2))'), ["unexpected 'IN', expected 'FOR'"]);
    assert.deepEqual(messages('SELECT * FROM t UNPIVOT (v FOR n IN ())'), ["unexpected ')', expected a column name"]);
    const partial = parse('SELECT * FROM t PIVOT (sum(a) FOR', 'spark');
    const pivot = (partial.statements[0] as { query: { body: { from: Relation[] } } }).query.body.from[0] as Pivot;
    assert.deepEqual([pivot.kind, pivot.aggregates.length, partial.errors.length], ['Pivot', 1, 1]);
  });
});
