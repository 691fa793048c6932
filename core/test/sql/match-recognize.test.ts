import assert from 'node:assert/strict';
import { parse, type MatchRecognize, type PatternTerm, type RowPattern } from '../../src/sql';
import { select, show } from './helpers';

/** The MATCH_RECOGNIZE relation of `SELECT * FROM <from>`. */
function match(from: string): MatchRecognize {
  const r = select(`SELECT * FROM ${from}`, 'flink').from[0];
  assert.equal(r.kind, 'MatchRecognize');
  return r;
}

/** A row pattern written back compactly: `A B+ | (C D)*?`. */
function pattern(p: RowPattern): string {
  return p.alternatives.map((terms) => terms.map(term).join(' ')).join(' | ');
}

function term(t: PatternTerm): string {
  const core = t.variable?.name ?? t.anchor ?? (t.permute ? `PERMUTE(${t.permute.map(pattern).join(', ')})` : t.exclude ? `{- ${pattern(t.group!)} -}` : `(${pattern(t.group!)})`);
  return core + (t.quantifier ?? '');
}

const TICKER = `ticker MATCH_RECOGNIZE (
  PARTITION BY symbol
  ORDER BY rowtime
  MEASURES
    FIRST(A.rowtime) AS start_ts,
    LAST(B.price) AS bottom_price,
    FINAL LAST(C.rowtime) AS end_ts
  ONE ROW PER MATCH
  AFTER MATCH SKIP PAST LAST ROW
  PATTERN (A B+ C) WITHIN INTERVAL '1' HOUR
  DEFINE
    B AS B.price < A.price,
    C AS C.price > A.price
) AS m`;

describe('sql Flink MATCH_RECOGNIZE', () => {
  it('parses every clause of the documented example', () => {
    const m = match(TICKER);
    assert.equal(m.source.kind, 'TableRef');
    assert.deepEqual(m.partitionBy.map(show), ['symbol']);
    assert.deepEqual(m.orderBy.map((o) => show(o.expr)), ['rowtime']);
    assert.deepEqual(m.measures.map((x) => [x.semantics, show(x.expr), x.alias?.name]), [
      [undefined, 'FIRST(A.rowtime)', 'start_ts'], [undefined, 'LAST(B.price)', 'bottom_price'], ['FINAL', 'LAST(C.rowtime)', 'end_ts'],
    ]);
    assert.equal(m.rowsPerMatch, 'ONE ROW PER MATCH');
    assert.deepEqual([m.afterMatch?.to, m.afterMatch?.variable], ['PAST LAST ROW', undefined]);
    assert.equal(pattern(m.pattern), 'A B+ C');
    assert.equal(show(m.within), "INTERVAL '1' HOUR");
    assert.deepEqual(m.defines.map((d) => [d.variable.name, show(d.condition)]), [['B', '(B.price < A.price)'], ['C', '(C.price > A.price)']]);
    assert.equal(m.alias?.name, 'm');
  });

  it('spans the relation, its clauses and its pattern exactly', () => {
    const text = `SELECT * FROM ${TICKER}`;
    const m = select(text, 'flink').from[0] as MatchRecognize;
    const at = (s: { start: number; end: number } | undefined) => s && text.slice(s.start, s.end);
    assert.equal(at(m), TICKER);
    assert.equal(at(m.measures[2]), 'FINAL LAST(C.rowtime) AS end_ts');
    assert.equal(at(m.afterMatch), 'AFTER MATCH SKIP PAST LAST ROW');
    assert.equal(at(m.pattern), 'A B+ C');
    assert.equal(at(m.pattern.alternatives[0][1]), 'B+');
    assert.equal(at(m.defines[0]), 'B AS B.price < A.price');
    assert.equal(at(m.defines[1].variable), 'C');
  });

  it('reads quantifiers, groups, alternation, anchors, exclusions and PERMUTE', () => {
    const cases: [string, string][] = [
      ['A B* C? D+', 'A B* C? D+'],
      ['A B*? C?? D+?', 'A B*? C?? D+?'],
      ['A{3} B{2,} C{,4} D{1, 5}?', 'A{3} B{2,} C{,4} D{1,5}?'],
      ['A | B C', 'A | B C'],
      ['^ A (B C)+ $', '^ A (B C)+ $'],
      ['A {- B+ -} C', 'A {- B+ -} C'],
      ['PERMUTE(A, B C) D', 'PERMUTE(A, B C) D'],
      ['(A | B){2}', '(A | B){2}'],
    ];
    for (const [written, expected] of cases) {
      const m = match(`t MATCH_RECOGNIZE (ORDER BY ts PATTERN (${written}) DEFINE A AS TRUE)`);
      assert.equal(pattern(m.pattern), expected, written);
    }
  });

  it('reads the output modes, skip strategies and SUBSET', () => {
    const m = match('t MATCH_RECOGNIZE (ORDER BY ts MEASURES RUNNING AVG(U.p) avg_p ALL ROWS PER MATCH AFTER MATCH SKIP TO LAST B PATTERN (A B) SUBSET U = (A, B) DEFINE A AS TRUE)');
    assert.equal(m.rowsPerMatch, 'ALL ROWS PER MATCH');
    assert.deepEqual([m.measures[0].semantics, m.measures[0].alias?.name], ['RUNNING', 'avg_p']);
    assert.deepEqual([m.afterMatch?.to, m.afterMatch?.variable?.name], ['LAST', 'B']);
    assert.deepEqual(m.subsets.map((s) => [s.name.name, s.variables.map((v) => v.name)]), [['U', ['A', 'B']]]);
    const skips: [string, string, string | undefined][] = [
      ['TO NEXT ROW', 'NEXT ROW', undefined], ['TO FIRST A', 'FIRST', 'A'], ['TO A', 'VARIABLE', 'A'], ['PAST LAST ROW', 'PAST LAST ROW', undefined],
    ];
    for (const [written, to, variable] of skips) {
      const s = match(`t MATCH_RECOGNIZE (ORDER BY ts AFTER MATCH SKIP ${written} PATTERN (A) DEFINE A AS TRUE)`).afterMatch;
      assert.deepEqual([s?.to, s?.variable?.name], [to, variable], written);
    }
  });

  it('applies to a subquery and takes a column alias list, joins and a WHERE after it', () => {
    const m = match('(SELECT * FROM t) MATCH_RECOGNIZE (ORDER BY ts MEASURES A.p AS p PATTERN (A) DEFINE A AS TRUE) AS m (x)');
    assert.deepEqual([m.source.kind, m.alias?.name, m.columnAliases?.map((c) => c.name)], ['DerivedTable', 'm', ['x']]);
    const s = select('SELECT * FROM t MATCH_RECOGNIZE (ORDER BY ts PATTERN (A) DEFINE A AS TRUE) m JOIN u ON m.a = u.a WHERE m.a > 1', 'flink');
    assert.deepEqual([s.from[0].kind, s.from[0].kind === 'Join' && s.from[0].left.kind, show(s.where)], ['Join', 'MatchRecognize', '(m.a > 1)']);
  });

  it('reports a broken clause at the offending token', () => {
    const cases: [string, string, string][] = [
      ['ORDER BY ts MEASURES A.p AS p DEFINE A AS TRUE', "unexpected 'DEFINE', expected 'PATTERN'", 'DEFINE'],
      ['ORDER BY ts PATTERN (A)', "unexpected ')', expected 'DEFINE'", ')'],
      ['ORDER BY ts PATTERN () DEFINE A AS TRUE', "unexpected ')', expected a pattern variable", ')'],
      ['ORDER BY ts PATTERN (A B{}) DEFINE A AS TRUE', "unexpected '}', expected a repetition count", '}'],
      ['ORDER BY ts PATTERN (A) DEFINE A A.p > 1', "unexpected 'A', expected 'AS'", 'A'],
      ['ORDER BY ts ONE ROWS PER MATCH PATTERN (A) DEFINE A AS TRUE', "unexpected 'ROWS', expected 'ROW'", 'ROWS'],
      ['ORDER BY ts AFTER MATCH SKIP TO NEXT PATTERN (A) DEFINE A AS TRUE', "unexpected 'PATTERN', expected 'ROW'", 'PATTERN'],
      ['ORDER BY ts PATTERN (A {- B) DEFINE A AS TRUE', "unexpected ')', expected '-'", ')'],
    ];
    for (const [inside, message, token] of cases) {
      const text = `SELECT * FROM t MATCH_RECOGNIZE (${inside})`;
      const e = parse(text, 'flink').errors[0];
      assert.deepEqual(e && [e.message, text.slice(e.start, e.end)], [message, token], inside);
    }
  });
});
