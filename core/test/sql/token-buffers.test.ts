import assert from 'node:assert/strict';
import { parse, type ColumnRef, type TableRef } from '../../src/sql';
import { select, show } from './helpers';

/** The parser scans into reusable token arrays and a shared word cache; these tests pin what that must not change. */
describe('sql token arrays and word cache', () => {
  it('parses input denser than the first guess of one token per four characters', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `c${i % 10}`);
    const s = select(`SELECT ${names.join(',')} FROM t`);
    assert.equal(s.items.length, 3000);
    assert.equal(show(s.items[2999].expr), 'c9');
    assert.equal((s.from[0] as TableRef).name.parts[0].name, 't');
  });

  it('gives a small parse after a big one its own tokens', () => {
    const big = parse(`${'SELECT a, b FROM t WHERE a = 1;\n'.repeat(2000)}`, 'spark');
    assert.equal(big.statements.length, 2000);
    const small = select('SELECT x FROM y');
    assert.deepEqual([show(small.items[0].expr), (small.from[0] as TableRef).name.parts[0].name], ['x', 'y']);
    assert.deepEqual([small.items[0].expr.start, small.items[0].expr.end], [7, 8]);
  });

  it('parses hints (a nested scan) without disturbing the statement around them', () => {
    const s = select('SELECT /*+ BROADCAST(d) */ a FROM t JOIN d /*+ OPTIONS(\'k\' = \'v\') */ ON t.id = d.id', 'flink');
    assert.deepEqual(s.hints.map((h) => h.name), ['BROADCAST']);
    assert.equal(show(s.items[0].expr), 'a');
    assert.equal(s.from[0].kind, 'Join');
  });

  it('reads keywords in any case and keeps names as written, ASCII or not', () => {
    const s = select('sElEcT Straße, straße, `SELECT` FrOm dwd.ÄBC_table_with_a_long_name wHeRe x = 1');
    assert.deepEqual(s.items.map((i) => (i.expr as ColumnRef).parts[0].name), ['Straße', 'straße', 'SELECT']);
    assert.equal((s.from[0] as TableRef).name.parts[1].name, 'ÄBC_table_with_a_long_name');
    assert.equal(show(s.where), '(x = 1)');
  });

  it('does not confuse words that share a cache slot', () => {
    // Many distinct long names force evictions; every statement must still see its own words.
    for (let i = 0; i < 5000; i++) {
      const name = `column_number_${i}_of_the_wide_table`;
      const s = select(`SELECT ${name} FROM t WHERE ${name.toUpperCase()} IS NOT NULL`);
      assert.equal((s.items[0].expr as ColumnRef).parts[0].name, name);
    }
  });
});
