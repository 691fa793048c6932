import assert from 'node:assert/strict';
import { LosslessNumber, stringify } from 'lossless-json';
import { insertValue, parseType, resultValue } from '../../src/engines/clickhouse-values';
import { ValueError } from '../../src/engines/values';

describe('ClickHouse values', () => {
  // [column type, value given (YAML, CSV text or a DuckDB result), JSONEachRow text sent]
  const inserts: [string, unknown, string][] = [
    ['Nullable(Int64)', '9007199254740993', '9007199254740993'],
    ['Nullable(Int64)', 9007199254740993n, '9007199254740993'],
    ['Int32', 42, '42'],
    ['Nullable(Decimal(18, 2))', '12345678901234.56', '12345678901234.56'],
    ['Float64', '0.5', '0.5'],
    ['UInt8', true, '1'],
    ['Bool', 'false', 'false'],
    ['Nullable(DateTime)', '2026-11-25 10:00:00.250', '"2026-11-25 10:00:00"'],
    ['DateTime64(3)', '2026-11-25T10:00:00.250', '"2026-11-25 10:00:00.250"'],
    ['Nullable(Date)', '2026-11-25', '"2026-11-25"'],
    ['Tuple(Nullable(String), Nullable(Int32))', { os: 'ios', version: 17 }, '["ios",17]'],
    ['Tuple(Nullable(String), Nullable(Int32))', '["ios", 17]', '["ios",17]'],
    ['Nullable(String)', { gifts: 3 }, '"{\\"gifts\\":3}"'],
    ['Array(Nullable(String))', '["a", null]', '["a",null]'],
    ['Map(String, Nullable(Int64))', { a: 1 }, '{"a":1}'],
    ['Nullable(String)', null, 'null'],
  ];
  for (const [type, value, sent] of inserts) {
    it(`sends ${JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))} into ${type} as ${sent}`, () => {
      assert.equal(stringify(insertValue(parseType(type), value)), sent);
    });
  }

  // [column type, value, message]
  const bad: [string, unknown, string][] = [
    ['Nullable(Int32)', 'x', "'x' is not an integer (INT)"],
    ['Int8', 300, "'300' is out of range for TINYINT"],
    ['Nullable(Decimal(5, 2))', '1234.5', "'1234.5' does not fit DECIMAL(5,2) (at most 3 digits before the point)"],
    ['Array(Int32)', 5, "'5' is not a list (write [a, b] or JSON text)"],
    ['Array(Int32)', [1, 'b'], "at [1]: 'b' is not an integer (INT)"],
    ['Tuple(Int32, Int32)', [1], "'[1]' is not a struct of 2 fields"],
    ['Map(String, Int64)', 7, "'7' is not an object of keys and values"],
    ['Nullable(Date)', '2026-02-30', "'2026-02-30' is not a date (yyyy-MM-dd)"],
  ];
  for (const [type, value, message] of bad) {
    it(`refuses ${JSON.stringify(value)} for ${type}`, () => {
      assert.throws(() => insertValue(parseType(type), value), (e: unknown) => e instanceof ValueError && e.message === message);
    });
  }

  // [column type, value as JSONCompact gives it, value as QueryResult says]
  const results: [string, unknown, unknown][] = [
    ['Nullable(Int64)', '9007199254740993', 9007199254740993n],
    ['UInt64', '42', 42],
    ['Int32', new LosslessNumber('-5'), -5],
    ['Decimal(18, 2)', new LosslessNumber('1.50'), '1.50'],
    ['Float32', new LosslessNumber('0.25'), 0.25],
    ['Array(Nullable(Int64))', ['1', null], [1, null]],
    ['Tuple(String, Int32)', ['a', new LosslessNumber('2')], ['a', 2]],
    ['Map(String, Int64)', { a: '1' }, { a: 1 }],
    ["Enum8('a' = 1)", 'a', 'a'],
    ['Nullable(String)', null, null],
  ];
  for (const [type, value, expected] of results) {
    it(`reads ${type}`, () => assert.deepEqual(resultValue(parseType(type), value), expected));
  }
});
