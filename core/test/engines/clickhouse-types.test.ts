import assert from 'node:assert/strict';
import { EngineRefusal } from '../../src/engines/remote';
import { clickHouseError } from '../../src/engines/clickhouse-errors';
import { clickHouseType, featuresOf } from '../../src/engines/clickhouse-types';
import { StrataError } from '../../src/errors';

describe('ClickHouse types', () => {
  it('reads what a server supports from its version', () => {
    assert.deepEqual(featuresOf('18.16.1'), { version: '18.16.1', dateTime64: false, modernTypes: false, columnComments: false });
    assert.deepEqual(featuresOf('20.3.19.4'), { version: '20.3.19.4', dateTime64: true, modernTypes: false, columnComments: true });
    assert.deepEqual(featuresOf('23.8.2.7'), { version: '23.8.2.7', dateTime64: true, modernTypes: true, columnComments: true });
  });

  // [Hive type, on 18.16, on 23.8]
  const cases: [string, string, string][] = [
    ['STRING', 'Nullable(String)', 'Nullable(String)'],
    ['BIGINT', 'Nullable(Int64)', 'Nullable(Int64)'],
    ['INT', 'Nullable(Int32)', 'Nullable(Int32)'],
    ['TINYINT', 'Nullable(Int8)', 'Nullable(Int8)'],
    ['DOUBLE', 'Nullable(Float64)', 'Nullable(Float64)'],
    ['DECIMAL(18,2)', 'Nullable(Decimal(18, 2))', 'Nullable(Decimal(18, 2))'],
    ['DECIMAL', 'Nullable(Decimal(10, 0))', 'Nullable(Decimal(10, 0))'],
    ['DATE', 'Nullable(Date)', 'Nullable(Date)'],
    ['TIMESTAMP(3)', 'Nullable(DateTime)', 'Nullable(DateTime64(3))'],
    ['BOOLEAN', 'Nullable(UInt8)', 'Nullable(Bool)'],
    ['ARRAY<STRING>', 'Array(Nullable(String))', 'Array(Nullable(String))'],
    ['STRUCT<os:STRING, version:INT>', 'Tuple(Nullable(String), Nullable(Int32))', 'Tuple(`os` Nullable(String), `version` Nullable(Int32))'],
    ['MAP<STRING,BIGINT>', 'Nullable(String)', 'Map(String, Nullable(Int64))'],
    ['ARRAY<STRUCT<a:INT>>', 'Nullable(String)', 'Array(Tuple(`a` Nullable(Int32)))'],
  ];
  for (const [hive, old, modern] of cases) {
    it(`maps ${hive}`, () => {
      assert.equal(clickHouseType(hive, featuresOf('18.16.1')), old);
      assert.equal(clickHouseType(hive, featuresOf('23.8.2.7')), modern);
    });
  }

  it('keeps key columns (partition, sorting) non-nullable', () => {
    assert.equal(clickHouseType('STRING', featuresOf('18.16.1'), true), 'String');
  });

  it('refuses a type it cannot map', () => {
    assert.throws(() => clickHouseType('INTERVAL', featuresOf('18.16.1')), (e: unknown) => e instanceof StrataError && e.code === 'usage'
      && e.message === "type 'INTERVAL' has no ClickHouse equivalent; use a Hive/Spark/Flink type such as STRING, BIGINT, DECIMAL(p,s), TIMESTAMP, ARRAY<T>, MAP<K,V> or STRUCT<...>");
  });
});

describe('ClickHouse errors', () => {
  const context = { target: 'serving', url: 'http://ch1:8123', user: 'strata', password: 'hunter2-secret' };
  // [server message, one line we say]
  const cases: [string, string][] = [
    ['Code: 60, e.displayText() = DB::Exception: Table ads.x doesn\'t exist., e.what() = DB::Exception\n', "target 'serving': ClickHouse code 60: Table ads.x doesn't exist."],
    ['Code: 60. DB::Exception: Table ads.x does not exist. (UNKNOWN_TABLE) (version 23.8.2.7 (official build))', "target 'serving': ClickHouse code 60: Table ads.x does not exist. (UNKNOWN_TABLE)"],
    [
      'Code: 60, e.displayText() = DB::Exception: There was an error on [127.0.0.1:19002]: Code: 60, e.displayText() = DB::Exception: Table ads.u doesn\'t exist., e.what() = DB::Exception, e.what() = DB::Exception',
      "target 'serving': ClickHouse code 60: There was an error on [127.0.0.1:19002]: Table ads.u doesn't exist.",
    ],
    ['Code: 999, e.displayText() = DB::Exception: bad password hunter2-secret echoed\nsecond line', "target 'serving': ClickHouse code 999: bad password *** echoed second line"],
  ];
  for (const [raw, said] of cases) {
    it(`says: ${said.slice(0, 70)}`, () => {
      const e = clickHouseError(new Error(raw), context);
      assert.deepEqual([e.code, e.message], ['engine', said]);
    });
  }

  it('maps a syntax error position to the line and column of the caller\'s statement', () => {
    const sent = 'DESCRIBE (SELECT a\nFRM t)';
    const e = clickHouseError(new Error("Code: 62. DB::Exception: Syntax error: failed at position 24 ('t') (line 2, col 5): t). Expected one of: token, Dot. (SYNTAX_ERROR)"), context, { sent, start: 10, end: sent.length - 1 });
    assert.deepEqual([e.message, e.location], ["target 'serving': ClickHouse code 62: Syntax error: failed at line 2, column 5: t. Expected one of: token, Dot. (SYNTAX_ERROR)", { file: '', line: 1, character: 4 }]);
  });

  it('puts a syntax error at the wrapper (the subquery as a whole) at the start of the statement, keeping the hint after it', () => {
    const sent = 'DESCRIBE (WITH r AS (SELECT 1) SELECT * FROM r\n)';
    const raw = 'Code: 62, e.displayText() = DB::Exception: Syntax error: failed at position 10 (line 1, col 10): (WITH r AS (SELECT 1) SELECT * FROM r ). Unmatched parentheses: ((, e.what() = DB::Exception';
    const e = clickHouseError(new Error(raw), context, { sent, start: 10, end: sent.length - 2 });
    assert.ok(e instanceof EngineRefusal);
    assert.deepEqual([e.message, e.engineMessage, e.location], [
      "target 'serving': ClickHouse code 62: Syntax error: failed at line 1, column 1: WITH r AS (SELECT 1) SELECT * FROM r. Unmatched parentheses: ((",
      'code 62: Syntax error: failed at WITH r AS (SELECT 1) SELECT * FROM r. Unmatched parentheses: ((',
      { file: '', line: 0, character: 0 },
    ]);
  });
});
