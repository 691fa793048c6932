import assert from 'node:assert/strict';
import { analyze, lineage } from '../../src/analysis';
import { parse } from '../../src/sql';
import { lineageCases } from './lineage-harness';

const TICKER = "CREATE TEMPORARY TABLE ticker (symbol STRING, price DOUBLE, tax DOUBLE, rowtime TIMESTAMP(3), WATERMARK FOR rowtime AS rowtime) WITH ('connector' = 'kafka');\n";
const match = (body: string, select = '*') => `${TICKER}INSERT INTO out SELECT ${select} FROM ticker MATCH_RECOGNIZE (${body}) AS m`;
const V_SHAPE = 'PATTERN (A B+ C) DEFINE B AS B.price < A.price, C AS C.price > A.price';

lineageCases('lineage: MATCH_RECOGNIZE', [
  {
    name: 'ONE ROW PER MATCH: partition columns, then each measure from its defining columns',
    dialect: 'flink',
    sql: match(`PARTITION BY symbol ORDER BY rowtime MEASURES FIRST(A.rowtime) AS start_ts, A.price AS start_price, LAST(B.price) - A.tax AS drop_net ONE ROW PER MATCH ${V_SHAPE}`),
    edges: [
      'ticker.symbol -> out.symbol direct', 'ticker.rowtime -> out.start_ts aggregate', 'ticker.price -> out.start_price direct',
      'ticker.price -> out.drop_net aggregate', 'ticker.tax -> out.drop_net expression',
    ],
    filters: [],
    reads: ['ticker'],
    writes: ['out'],
    warns: false,
  },
  {
    name: 'DEFINE and ORDER BY columns are filters when no measure uses them',
    dialect: 'flink',
    sql: match(`PARTITION BY symbol ORDER BY rowtime MEASURES MATCH_NUMBER() AS n, CLASSIFIER() AS cls PATTERN (A) DEFINE A AS A.tax > 1`),
    edges: ['ticker.symbol -> out.symbol direct'],
    filters: ['ticker.rowtime', 'ticker.tax'],
  },
  {
    name: 'ALL ROWS PER MATCH: every input column, then the measures',
    dialect: 'flink',
    sql: match(`PARTITION BY symbol ORDER BY rowtime MEASURES RUNNING SUM(A.tax) AS run_tax ALL ROWS PER MATCH PATTERN (A+) DEFINE A AS A.price > 0`),
    edges: [
      'ticker.symbol -> out.symbol direct', 'ticker.price -> out.price direct', 'ticker.tax -> out.tax direct',
      'ticker.rowtime -> out.rowtime direct', 'ticker.tax -> out.run_tax aggregate',
    ],
    filters: [],
  },
  {
    name: 'the alias qualifies the output; an unqualified measure column is an input column',
    dialect: 'flink',
    sql: match('ORDER BY rowtime MEASURES price AS last_price, SUM(U.tax) AS tax_sum PATTERN (A B) SUBSET U = (A, B) DEFINE A AS TRUE', 'm.last_price, m.tax_sum'),
    edges: ['ticker.price -> out.last_price direct', 'ticker.tax -> out.tax_sum aggregate'],
    filters: ['ticker.rowtime'],
  },
  {
    name: 'over a subquery, renamed by a column list',
    dialect: 'flink',
    sql: `${TICKER}INSERT INTO out SELECT s, p FROM (SELECT symbol, price * 2 AS p2, rowtime FROM ticker) MATCH_RECOGNIZE (PARTITION BY symbol ORDER BY rowtime MEASURES A.p2 AS p PATTERN (A) DEFINE A AS A.p2 > 0) AS m (s, p)`,
    edges: ['ticker.symbol -> out.s direct', 'ticker.price -> out.p expression'],
    filters: ['ticker.rowtime'],
  },
  {
    name: 'over a table without DDL: pattern variables qualify its open columns',
    dialect: 'flink',
    sql: 'INSERT INTO out SELECT * FROM events MATCH_RECOGNIZE (PARTITION BY uid ORDER BY ts MEASURES LAST(B.page) AS exit_page PATTERN (A B) DEFINE B AS B.kind = \'exit\')',
    edges: ['events.uid -> out.uid direct', 'events.page -> out.exit_page aggregate'],
    filters: ['events.kind', 'events.ts'],
    reads: ['events'],
  },
]);

describe('MATCH_RECOGNIZE name resolution', () => {
  const check = (sql: string) => analyze(parse(sql, 'flink')).sort((a, b) => a.start - b.start).map((d) => [d.code, d.message, sql.slice(d.start, d.end)]);

  it('reports a wrong column in DEFINE and MEASURES where it is written', () => {
    const sql = match('PARTITION BY symbol ORDER BY rowtime MEASURES A.pricee AS p, LAST(tx) AS t PATTERN (A B) DEFINE B AS B.price < A.prise');
    assert.deepEqual(check(sql), [
      ['unknown-column', "unknown column 'A.pricee' in 'ticker'; did you mean 'price'?", 'pricee'],
      ['unknown-column', "unknown column 'tx'; did you mean 'tax'?", 'tx'],
      ['unknown-column', "unknown column 'A.prise' in 'ticker'; did you mean 'price'?", 'prise'],
    ]);
  });

  it('reports a wrong PARTITION BY / ORDER BY column, and a column the output does not have', () => {
    const sql = match('PARTITION BY symbl ORDER BY rowtim MEASURES A.price AS p PATTERN (A) DEFINE A AS TRUE', 'm.tax');
    assert.deepEqual(check(sql), [
      ['unknown-column', "unknown column 'm.tax' in 'm'", 'tax'],
      ['unknown-column', "unknown column 'symbl'; did you mean 'symbol'?", 'symbl'],
      ['unknown-column', "unknown column 'rowtim'; did you mean 'rowtime'?", 'rowtim'],
    ]);
  });

  it('pattern variables are no relation outside MEASURES and DEFINE', () => {
    const sql = match('PARTITION BY symbol ORDER BY rowtime MEASURES A.price AS p PATTERN (A) DEFINE A AS TRUE', 'A.price');
    assert.deepEqual(check(sql).map((d) => d[2]), ['A']);
    assert.equal(lineage(parse(sql, 'flink')).warnings.length > 0, true);
  });
});
