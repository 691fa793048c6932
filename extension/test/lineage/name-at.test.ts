import assert from 'node:assert/strict';
import { nameAt } from '../../src/lineage/name-at';

describe('name at the caret', () => {
  const cases: [string, string, number, string | undefined][] = [
    ['inside a qualified table name', 'FROM dim.dim_gift_df g', 10, 'dim.dim_gift_df'],
    ['at its end', 'FROM dim.dim_gift_df g', 20, 'dim.dim_gift_df'],
    ['at its start', 'FROM dim.dim_gift_df g', 5, 'dim.dim_gift_df'],
    ['backticks and case', 'JOIN `DIM`.`Dim_Gift_DF` ON', 12, 'dim.dim_gift_df'],
    ['a trailing dot', 'SELECT g. FROM t', 9, 'g'],
    ['between words', 'a  b', 2, undefined],
    ['an empty line', '', 0, undefined],
    ['past the end of the line', 'FROM t', 40, 't'],
  ];
  for (const [name, line, character, expected] of cases) {
    it(name, () => assert.equal(nameAt(line, character), expected));
  }
});
