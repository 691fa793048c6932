import assert from 'node:assert/strict';
import { parse, type CaseExpr, type CastExpr, type FunctionCall, type IntervalExpr, type Lambda, type Literal } from '../../src/sql';
import { expr, select, shape, show } from './helpers';

describe('sql expressions', () => {
  const precedence: [string, string][] = [
    ['a OR b AND c', '(a OR (b AND c))'],
    ['NOT a = 1 AND b', '((NOT (a = 1)) AND b)'],
    ['a + b * c - d', '((a + (b * c)) - d)'],
    ['a || b = c', '((a || b) = c)'],
    ['-a * b', '((- a) * b)'],
    ['a & b | c ^ d', '((a & b) | (c ^ d))'],
    ['a = 1 OR b <> 2 AND c <=> d', '((a = 1) OR ((b <> 2) AND (c <=> d)))'],
    ['a IS NOT NULL AND b IS TRUE', '((a IS NOT NULL) AND (b IS TRUE))'],
    ['a IS DISTINCT FROM b', '(a IS DISTINCT FROM b)'],
    ['x NOT BETWEEN 1 AND 2 + 3 AND y', '((x NOT BETWEEN 1 AND (2 + 3)) AND y)'],
    ['x IN (1, 2) OR y NOT IN (3)', '((x IN (1, 2)) OR (y NOT IN (3)))'],
    ["name NOT LIKE 'a%' AND s RLIKE '^x'", "((name NOT LIKE 'a%') AND (s RLIKE '^x'))"],
    ["s REGEXP 'x' OR s ILIKE 'y'", "((s REGEXP 'x') OR (s ILIKE 'y'))"],
    ['a == b', '(a = b)'],
    ['a % 2 DIV 3', '((a % 2) DIV 3)'],
    ['(a + b) * c', '((a + b) * c)'],
  ];
  for (const [input, want] of precedence) {
    it(`parses ${input}`, () => assert.equal(show(expr(input)), want));
  }

  it('keeps LIKE ... ESCAPE', () => {
    const e = expr("a LIKE 'x!%' ESCAPE '!'");
    assert.equal(e.kind === 'BinaryExpr' && show(e.escape), "'!'");
  });

  it('parses dotted names as one ColumnRef and access on calls as FieldAccess', () => {
    assert.deepEqual(shape(expr('db.t.c')), { kind: 'ColumnRef', parts: ['db', 't', 'c'].map((name) => ({ kind: 'Identifier', name, quoted: false })) });
    assert.equal(show(expr("max(named_struct('v', x)).u")), "max(named_struct('v', x)).u");
    assert.equal(expr('f(x).y').kind, 'FieldAccess');
    assert.equal(show(expr("arr[0].f['k']")), "arr[0].f['k']");
    assert.equal(expr('m[\'k\']').kind, 'IndexAccess');
  });

  it('parses quoted identifiers without their quotes', () => {
    const e = expr('`my col`.`x``y`');
    assert.deepEqual(e.kind === 'ColumnRef' && e.parts.map((p) => [p.name, p.quoted]), [['my col', true], ['x`y', true]]);
  });

  it('parses CASE in both forms', () => {
    const searched = expr("CASE WHEN a > 1 THEN 'x' WHEN a > 0 THEN 'y' ELSE 'z' END") as CaseExpr;
    assert.equal(searched.operand, undefined);
    assert.equal(searched.whens.length, 2);
    assert.equal(show(searched.else), "'z'");
    const simple = expr("CASE a WHEN 1 THEN 'one' END") as CaseExpr;
    assert.equal(show(simple.operand), 'a');
    assert.equal(simple.else, undefined);
  });

  it('parses CAST, TRY_CAST and ::', () => {
    const c = expr('CAST(a AS DECIMAL(10, 2))') as CastExpr;
    assert.equal(c.type.text, 'DECIMAL(10,2)');
    assert.equal(c.try, false);
    assert.equal((expr('TRY_CAST(a AS INT)') as CastExpr).try, true);
    assert.equal(show(expr('a::bigint + 1')), '(CAST(a AS BIGINT) + 1)');
    assert.equal((expr('CAST(m AS MAP<STRING, ARRAY<INT>>)') as CastExpr).type.text, 'MAP<STRING,ARRAY<INT>>');
  });

  it('parses typed literals and literals', () => {
    assert.deepEqual(shape(expr("DATE '2024-01-01'")), { kind: 'Literal', type: 'string', value: '2024-01-01', typeName: 'DATE' });
    assert.equal((expr("TIMESTAMP '2024-01-01 00:00:00'") as Literal).typeName, 'TIMESTAMP');
    assert.equal((expr("'it''s'") as Literal).value, "it's");
    assert.equal((expr("'a\\tb'") as Literal).value, 'a\tb');
    assert.deepEqual(shape(expr('NULL')), { kind: 'Literal', type: 'null', value: 'NULL' });
    assert.deepEqual(shape(expr('true')), { kind: 'Literal', type: 'boolean', value: 'TRUE' });
  });

  it('parses INTERVAL in its forms', () => {
    const cases: [string, string | undefined][] = [
      ["INTERVAL '5' SECOND", 'SECOND'], ['INTERVAL 1 DAY', 'DAY'], ["INTERVAL '1' HOUR TO SECOND", 'HOUR TO SECOND'], ["INTERVAL '1 day'", undefined],
    ];
    for (const [text, unit] of cases) {
      const e = expr(text) as IntervalExpr;
      assert.equal(e.kind, 'IntervalExpr');
      assert.equal(e.unit, unit);
    }
    assert.equal(show(expr("ts - INTERVAL '5' SECOND")), "(ts - INTERVAL '5' SECOND)");
  });

  it('parses Spark multi-unit intervals with every value and unit in order', () => {
    const text = "INTERVAL 1 DAY 2 HOURS -30 MINUTES '4' SECONDS";
    const e = expr(text) as IntervalExpr;
    assert.deepEqual([e.unit, show(e.value)], ['DAY', '1']);
    assert.deepEqual(e.parts?.map((p) => [show(p.value), p.unit]), [['1', 'DAY'], ['2', 'HOURS'], ['(- 30)', 'MINUTES'], ["'4'", 'SECONDS']]);
    assert.deepEqual([e.start, e.end], [7, 7 + text.length]);
    assert.equal(show(expr('ts + INTERVAL 3 HOURS 30 MINUTES')), '(ts + INTERVAL 3 HOURS)');
    assert.equal((expr('INTERVAL 1 DAY') as IntervalExpr).parts, undefined);
    assert.equal((expr('INTERVAL 1 DAY 2 HOURS', 'flink') as IntervalExpr).parts?.length, 2);
  });

  it('keeps a multi-unit interval followed by an alias or operator apart from it', () => {
    const s = select('SELECT INTERVAL 1 DAY 2 HOURS AS gap, INTERVAL 1 DAY - INTERVAL 2 HOURS');
    assert.equal(s.items[0].alias?.name, 'gap');
    assert.equal(show(s.items[1].expr), '(INTERVAL 1 DAY - INTERVAL 2 HOURS)');
  });

  it('rejects multi-unit intervals in Hive, which has none', () => {
    const script = parse('SELECT INTERVAL 1 DAY 2 HOURS', 'hive');
    assert.deepEqual(script.errors.map((e) => e.message), ["unexpected '2', expected ';'"]);
  });

  it('parses day-time intervals and hex literals', () => {
    const dt = expr("INTERVAL '1 2:03:04' DAY TO SECOND") as IntervalExpr;
    assert.deepEqual([(dt.value as Literal).value, dt.unit], ['1 2:03:04', 'DAY TO SECOND']);
    assert.deepEqual(shape(expr("X'1F'")), { kind: 'Literal', type: 'string', value: '1F', typeName: 'X' });
    const lower = expr("x'ab'") as Literal;
    assert.deepEqual([lower.typeName, lower.value, lower.start, lower.end], ['X', 'ab', 7, 12]);
  });

  it('parses lambdas with one and several parameters', () => {
    const one = expr('transform(xs, x -> x + 1)') as FunctionCall;
    assert.equal(show(one.args[1]), '(x) -> (x + 1)');
    const two = (expr('aggregate(xs, 0, (acc, x) -> acc + x)') as FunctionCall).args[2] as Lambda;
    assert.deepEqual(two.params.map((p) => p.name), ['acc', 'x']);
  });

  it('parses stars and counts', () => {
    assert.deepEqual(shape(expr('*')), { kind: 'Star' });
    assert.equal(show(expr('t.*')), 't.*');
    const count = expr('count(*)') as FunctionCall;
    assert.equal(count.star, true);
    const distinct = expr('count(DISTINCT a, b)') as FunctionCall;
    assert.equal(distinct.distinct, true);
    assert.equal(distinct.args.length, 2);
    const s = select('SELECT * EXCEPT (a, b) FROM t').items[0].expr;
    assert.deepEqual(s.kind === 'Star' && s.except?.map((i) => i.name), ['a', 'b']);
  });

  it('accepts keyword-named functions', () => {
    for (const f of ["if(a, 1, 2)", 'left(s, 3)', 'right(s, 2)', "date('2024-01-01')", 'timestamp(x)', 'PROCTIME()']) {
      assert.equal(expr(f).kind, 'FunctionCall', f);
    }
    for (const f of ['current_date', 'CURRENT_TIMESTAMP']) {
      const e = expr(f) as FunctionCall;
      assert.equal(e.kind, 'FunctionCall', f);
      assert.equal(e.args.length, 0);
    }
  });

  it('parses ARRAY[...] and MAP[...] constructors', () => {
    assert.equal(show(expr('ARRAY[1, 2]')), 'ARRAY(1, 2)');
    assert.equal(show(expr("MAP['k', v]")), "MAP('k', v)");
  });

  it('parses variables', () => {
    assert.deepEqual(shape(expr('${date}')), { kind: 'Variable', name: 'date' });
    assert.equal(show(expr("p_date = '${date}'")), "(p_date = '${date}')");
  });

  it('parses scalar, IN and EXISTS subqueries', () => {
    assert.equal(expr('(SELECT max(a) FROM t)').kind, 'SubqueryExpr');
    const inq = expr('a IN (SELECT b FROM u)');
    assert.equal(inq.kind === 'InExpr' && inq.query?.kind, 'Query');
    const ex = expr('NOT EXISTS (SELECT 1 FROM u WHERE u.id = t.id)');
    assert.equal(ex.kind === 'UnaryExpr' && ex.operand.kind, 'ExistsExpr');
  });

  const existsForms: [string, string, ('spark' | 'hive' | 'flink')?][] = [
    ['EXISTS (SELECT 1)', 'ExistsExpr'],
    ['EXISTS ((SELECT 1) UNION ALL (SELECT 2))', 'ExistsExpr'],
    ['exists (WITH c AS (SELECT 1) SELECT * FROM c)', 'ExistsExpr'],
    ["exists(map_keys(ext), k -> k = 'ab')", 'FunctionCall'],
    ['exists(arr, x -> x > 0)', 'FunctionCall'],
    ['EXISTS (SELECT 1)', 'ExistsExpr', 'hive'],
    ['EXISTS (SELECT 1)', 'ExistsExpr', 'flink'],
  ];
  for (const [input, kind, dialect] of existsForms) {
    it(`parses ${input} as ${kind} (${dialect ?? 'spark'})`, () => assert.equal(expr(input, dialect).kind, kind));
  }

  it('keeps the lambda of Spark exists(array, lambda)', () => {
    const call = expr('exists(arr, x -> x > 0)') as FunctionCall;
    assert.deepEqual([call.name.parts[0].name, call.args.map((a) => a.kind)], ['exists', ['ColumnRef', 'Lambda']]);
  });

  it('parses window functions with frames, FILTER and IGNORE NULLS', () => {
    const w = expr('sum(x) OVER (PARTITION BY a, b ORDER BY ts DESC NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)') as FunctionCall;
    assert.equal(w.over?.partitionBy.length, 2);
    assert.deepEqual(shape(w.over?.orderBy[0]), { kind: 'OrderItem', expr: { kind: 'ColumnRef', parts: [{ kind: 'Identifier', name: 'ts', quoted: false }] }, direction: 'DESC', nulls: 'LAST' });
    assert.equal(w.over?.frame?.unit, 'ROWS');
    assert.equal(w.over?.frame?.from.type, 'UNBOUNDED PRECEDING');
    assert.equal(w.over?.frame?.to?.type, 'CURRENT ROW');
    const r = expr('avg(x) OVER (ORDER BY ts RANGE BETWEEN 3 PRECEDING AND 1 FOLLOWING)') as FunctionCall;
    assert.equal(r.over?.frame?.from.type, 'PRECEDING');
    assert.equal(show(r.over?.frame?.from.offset), '3');
    const f = expr('count(*) FILTER (WHERE a > 1)') as FunctionCall;
    assert.equal(show(f.filter), '(a > 1)');
    const n = expr('first_value(x) IGNORE NULLS OVER w') as FunctionCall;
    assert.equal(n.nulls, 'IGNORE');
    assert.equal(n.over?.baseName?.name, 'w');
    assert.equal((expr('first(x IGNORE NULLS)') as FunctionCall).nulls, 'IGNORE');
  });

  it('parses standard-SQL function forms', () => {
    assert.equal(show(expr('EXTRACT(YEAR FROM d)')), "EXTRACT('YEAR', d)");
    assert.equal(show(expr('SUBSTRING(s FROM 1 FOR 2)')), 'SUBSTRING(s, 1, 2)');
    assert.equal(show(expr("TRIM(BOTH ' ' FROM s)")), "TRIM(' ', s)");
  });

  it('records exact spans', () => {
    const text = 'SELECT a.b + f(c) AS x FROM t';
    const item = select(text).items[0];
    assert.equal(text.slice(item.start, item.end), 'a.b + f(c) AS x');
    assert.equal(text.slice(item.expr.start, item.expr.end), 'a.b + f(c)');
    const bin = item.expr;
    assert.equal(bin.kind === 'BinaryExpr' && text.slice(bin.right.start, bin.right.end), 'f(c)');
  });
});
