import assert from 'node:assert/strict';
import { retypeDirection } from '../../src/publish';

describe('column retype: widening or narrowing', () => {
  const cases: [string, string, 'widening' | 'narrowing'][] = [
    ['INT', 'BIGINT', 'widening'],
    ['BIGINT', 'INT', 'narrowing'],
    ['TINYINT', 'SMALLINT', 'widening'],
    ['INT', 'DOUBLE', 'widening'],
    ['BIGINT', 'DOUBLE', 'narrowing'],
    ['FLOAT', 'DOUBLE', 'widening'],
    ['DOUBLE', 'FLOAT', 'narrowing'],
    ['DOUBLE', 'DECIMAL(18,2)', 'narrowing'],
    ['INT', 'DECIMAL(12,2)', 'widening'],
    ['INT', 'DECIMAL(9,0)', 'narrowing'],
    ['DECIMAL(10,2)', 'DECIMAL(12,2)', 'widening'],
    ['DECIMAL(10,2)', 'DECIMAL(12,4)', 'widening'],
    ['DECIMAL(10,2)', 'DECIMAL(10,4)', 'narrowing'],
    ['DECIMAL(10,2)', 'DECIMAL(10,1)', 'narrowing'],
    ['DECIMAL(10,2)', 'DOUBLE', 'widening'],
    ['BIGINT', 'STRING', 'widening'],
    ['TIMESTAMP', 'STRING', 'widening'],
    ['STRING', 'BIGINT', 'narrowing'],
    ['STRING', 'VARCHAR(20)', 'narrowing'],
    ['VARCHAR(10)', 'VARCHAR(20)', 'widening'],
    ['VARCHAR(20)', 'STRING', 'widening'],
    ['DATE', 'TIMESTAMP', 'widening'],
    ['TIMESTAMP', 'DATE', 'narrowing'],
    ['TIMESTAMP(3)', 'TIMESTAMP', 'widening'],
    ['BOOLEAN', 'INT', 'narrowing'],
    ['ARRAY<INT>', 'ARRAY<BIGINT>', 'widening'],
    ['ARRAY<BIGINT>', 'ARRAY<INT>', 'narrowing'],
    ['ARRAY<INT>', 'STRING', 'narrowing'],
    ['MAP<STRING,INT>', 'MAP<STRING,BIGINT>', 'widening'],
    ['STRUCT<a:INT,b:STRING>', 'STRUCT<a:BIGINT,b:STRING,c:INT>', 'widening'],
    ['STRUCT<a:INT,b:STRING>', 'STRUCT<a:INT>', 'narrowing'],
  ];
  for (const [from, to, direction] of cases) {
    it(`${from} -> ${to}: ${direction}`, () => assert.equal(retypeDirection(from, to), direction));
  }
});
