import assert from 'node:assert/strict';
import { parseHiveType } from '../../src/engines/hive-type';
import { diffRows } from '../../src/tasks/test-diff';
import type { SpecRow } from '../../src/tasks/test-rows';
import { exactNumber, sameValue, showValue } from '../../src/tasks/test-values';

describe('strata test: typed comparison', () => {
  // [column type, expected (as plainValue makes it), actual (as Engine.query gives it), equal]
  const cases: [string, unknown, unknown, boolean][] = [
    ['DECIMAL(18,2)', '1', '1.00', true],
    ['DECIMAL(18,2)', '9.9', '9.90', true],
    ['DECIMAL(18,2)', '-0.0', '0.00', true],
    ['DECIMAL(18,2)', '9.9', '9.91', false],
    ['BIGINT', '9007199254740993', 9007199254740993n, true],
    ['BIGINT', '3', 3, true],
    ['BIGINT', '3', 4, false],
    ['INT', '+07', 7, true],
    ['DOUBLE', '0.1', 0.30000000000000004 - 0.2, true],
    ['DOUBLE', '0.5', 0.5001, false],
    ['BOOLEAN', true, true, true],
    ['BOOLEAN', false, true, false],
    ['DATE', '2026-11-25', '2026-11-25', true],
    ['TIMESTAMP', '2026-11-25 19:30', '2026-11-25 19:30:00', true],
    ['TIMESTAMP(3)', '2026-11-25 19:30:00', '2026-11-25 19:30:00.000', true],
    ['TIMESTAMP(3)', '2026-11-25 19:30:00.5', '2026-11-25 19:30:00.500', true],
    ['TIMESTAMP', '2026-11-25 19:30:01', '2026-11-25 19:30:00', false],
    ['STRING', '1', '1', true],
    ['STRING', 'a', 'A', false],
    ['STRING', null, null, true],
    ['STRING', null, '', false],
    ['BIGINT', null, 0, false],
    ['ARRAY<STRING>', ['a', 'b'], ['a', 'b'], true],
    ['ARRAY<STRING>', ['a', 'b'], ['b', 'a'], false],
    ['ARRAY<STRING>', [], [], true],
    ['MAP<STRING,BIGINT>', { a: '1', b: '2' }, { b: 2, a: 1 }, true],
    ['MAP<STRING,BIGINT>', { a: '1' }, { a: 1, b: 2 }, false],
    ['STRUCT<os:STRING,n:DECIMAL(5,1)>', { os: 'ios', n: '1' }, { os: 'ios', n: '1.0' }, true],
    ['STRUCT<os:STRING,n:DECIMAL(5,1)>', { os: 'ios', n: null }, { os: 'ios', n: '1.0' }, false],
  ];
  for (const [type, expected, actual, equal] of cases) {
    it(`${type}: ${showValue(expected)} ${equal ? '=' : '≠'} ${showValue(actual)}`, () => {
      assert.equal(sameValue(parseHiveType(type), expected, actual), equal);
    });
  }

  it('spells exact numbers one way', () => {
    assert.deepEqual(['1.00', '+001.50', '-0.000', '0', '.5', '-12.340'].map(exactNumber), ['1', '1.5', '0', '0', '0.5', '-12.34']);
  });

  it('shows values YAML-like, quoting only what needs it', () => {
    assert.deepEqual(
      [null, 'ios', 'Lucky Clover', '2026-11-25 19:30:00', 'null', 'a,b', '', ['x', null], { os: 'ios', n: 1 }].map(showValue),
      ['null', 'ios', 'Lucky Clover', '2026-11-25 19:30:00', '"null"', '"a,b"', '""', '[x, null]', '{os: ios, n: 1}'],
    );
  });
});

describe('strata test: row diff', () => {
  const columns = [{ name: 'id', type: parseHiveType('BIGINT') }, { name: 'name', type: parseHiveType('STRING') }, { name: 'n', type: parseHiveType('INT') }];
  const row = (line: number, id: string, name: string, n: string): SpecRow => ({ at: { line: line - 1, character: 4 }, values: new Map([['id', id], ['name', name], ['n', n]]) });
  const expected = [row(10, '1', 'a', '1'), row(11, '2', 'b', '2'), row(12, '3', 'c', '3')];

  it('matches rows in any order unless ordered', () => {
    const actual = [[3, 'c', 3], [1, 'a', 1], [2, 'b', 2]];
    assert.deepEqual(diffRows('t', columns, expected, actual, false), { table: 't', expectedRows: 3, actualRows: 3, missing: [], unexpected: [], changed: [] });
    const ordered = diffRows('t', columns, expected, actual, true);
    assert.deepEqual(ordered.changed.map((c) => [c.line, c.columns]), [[10, ['id', 'name', 'n']], [11, ['id', 'name', 'n']], [12, ['id', 'name', 'n']]]);
  });

  it('counts duplicates: two equal expected rows need two equal actual rows', () => {
    const twice = [row(10, '1', 'a', '1'), row(11, '1', 'a', '1')];
    const diff = diffRows('t', columns, twice, [[1, 'a', 1]], false);
    assert.deepEqual([diff.missing, diff.unexpected, diff.changed], [[{ line: 11, row: { id: '1', name: 'a', n: '1' } }], [], []]);
  });

  it('pairs a leftover expected row with the actual row agreeing on most columns, when more than half agree', () => {
    const diff = diffRows('t', columns, expected, [[1, 'a', 1], [2, 'b', 20], [9, 'z', 9]], false);
    assert.deepEqual(diff.changed, [{ line: 11, expected: { id: '2', name: 'b', n: '2' }, actual: { id: 2, name: 'b', n: 20 }, columns: ['n'] }]);
    assert.deepEqual(diff.missing, [{ line: 12, row: { id: '3', name: 'c', n: '3' } }]);
    assert.deepEqual(diff.unexpected, [{ id: 9, name: 'z', n: 9 }]);
  });

  it('reports rows the ordered job wrote beyond the expected ones as unexpected', () => {
    const diff = diffRows('t', columns, expected.slice(0, 1), [[1, 'a', 1], [2, 'b', 2]], true);
    assert.deepEqual([diff.missing, diff.unexpected, diff.changed], [[], [{ id: 2, name: 'b', n: 2 }], []]);
  });
});
