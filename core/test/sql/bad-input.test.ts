import assert from 'node:assert/strict';
import { parse, tokenize, type Dialect } from '../../src/sql';

const dialects: Dialect[] = ['spark', 'hive', 'flink'];

describe('sql bad input', () => {
  it('parses empty text and whitespace', () => {
    for (const d of dialects) {
      assert.deepEqual(parse('', d).statements, []);
      assert.deepEqual(parse('  \n\t ', d).errors, []);
      assert.deepEqual(parse(';;;', d).statements, []);
    }
  });

  it('parses text that is only comments', () => {
    const s = parse('-- a\n/* b */\n/*---\nowner: x\n---*/', 'spark');
    assert.deepEqual([s.statements, s.errors], [[], []]);
  });

  it('survives binary bytes', () => {
    let bytes = '';
    for (let i = 0; i < 256; i++) bytes += String.fromCharCode(i);
    for (const d of dialects) {
      const s = parse(bytes + '\uD800\uDFFF\uFFFE', d);
      assert.ok(s.errors.length > 0);
      assert.equal(tokenize(bytes, d).map((t) => bytes.slice(t.start, t.end)).join(''), bytes);
    }
    const s = parse('\u0000\u0001;SELECT 1', 'spark');
    assert.deepEqual(s.statements.map((x) => x.kind), ['QueryStatement']);
  });

  it('parses a 5 MB file of repeated statements', () => {
    const unit = `INSERT OVERWRITE TABLE dws.t PARTITION (p_date = '\${date}')
SELECT a, count(DISTINCT b) AS n FROM dwd.s g JOIN dim.r r ON g.id = r.id
LATERAL VIEW OUTER explode(g.tags) t AS tag WHERE g.p_date = '\${date}' GROUP BY a;
`;
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const s = parse(text, 'spark');
    assert.deepEqual(s.errors, []);
    assert.equal(s.statements.length, Math.ceil(5_000_000 / unit.length));
  });

  it('parses 500-deep expressions and 300-deep subqueries', () => {
    const cases = [
      'SELECT ' + '('.repeat(500) + '1' + ')'.repeat(500),
      'SELECT ' + 'f('.repeat(500) + '1' + ')'.repeat(500),
      'SELECT * FROM ' + '(SELECT * FROM '.repeat(299) + 't' + ')'.repeat(299),
      'SELECT ' + 'CASE WHEN a THEN '.repeat(500) + 'b' + ' END'.repeat(500),
    ];
    for (const text of cases) assert.deepEqual(parse(text, 'spark').errors, [], text.slice(0, 30));
  });

  it('reports a statement as too deep when the caller leaves too little stack, and parses the next one', () => {
    const text = 'SELECT ' + 'f('.repeat(500) + '1' + ')'.repeat(500) + ';\nSELECT 2';
    // Use up most of the stack first, as a deeply nested caller would.
    const nested = (depth: number): ReturnType<typeof parse> => (depth === 0 ? parse(text, 'spark') : nested(depth - 1));
    let script: ReturnType<typeof parse> | undefined;
    for (let depth = 0; !script || script.errors.length === 0; depth += 500) script = nested(depth);
    assert.deepEqual(script.errors.map((e) => e.message), ['nesting too deep (the parser ran out of stack)']);
    assert.deepEqual(script.statements.map((s) => s.kind), ['QueryStatement']);
  });

  it('reports deep nesting instead of overflowing the stack', () => {
    const cases = [
      'SELECT ' + '('.repeat(10_000) + '1' + ')'.repeat(10_000),
      'SELECT ' + '('.repeat(10_000),
      'SELECT * FROM ' + '(SELECT * FROM '.repeat(5_000) + 't' + ')'.repeat(5_000),
      'SELECT ' + 'NOT '.repeat(10_000) + '1',
      'SELECT ' + '- '.repeat(10_000) + '1',
      'SELECT ' + 'CASE WHEN '.repeat(5_000),
      'SELECT ' + 'f('.repeat(5_000),
      'CREATE TABLE t (a ' + 'ARRAY<'.repeat(5_000) + 'INT' + '>'.repeat(5_000) + ')',
      'WITH ' + 'a AS (WITH '.repeat(5_000),
      'SELECT * FROM ' + '('.repeat(10_000) + 't',
    ];
    for (const text of cases) {
      const s = parse(text, 'spark');
      assert.equal(s.errors.length, 1, text.slice(0, 30));
      assert.match(s.errors[0].message, /nesting too deep/);
    }
  });

  it('parses long flat expressions without deep recursion', () => {
    const s = parse('SELECT ' + '1 + '.repeat(50_000) + '1 AND '.repeat(10_000) + 'TRUE', 'spark');
    assert.deepEqual(s.errors, []);
  });

  it('never throws on truncated prefixes of a realistic script', () => {
    const text = `WITH x AS (SELECT a, b FROM t WHERE c IN (1, 2)) INSERT OVERWRITE TABLE o PARTITION (p = '1')
SELECT CAST(a AS DECIMAL(10,2)), CASE WHEN b > 1 THEN 'x' ELSE 'y' END, sum(c) OVER (PARTITION BY a ORDER BY b ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
FROM x LEFT JOIN (SELECT * FROM u) u ON x.a = u.a LATERAL VIEW explode(arr) e AS v GROUP BY a HAVING count(*) > 1;
CREATE TABLE k (a INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'kafka');
MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v;`;
    for (let i = 0; i <= text.length; i++) {
      for (const d of dialects) {
        const s = parse(text.slice(0, i), d);
        for (const st of s.statements) assert.ok(st.start <= st.end && st.end <= i);
        for (const e of s.errors) assert.ok(e.start <= e.end && e.end <= i);
      }
    }
  });
});
