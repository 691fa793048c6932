import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openDuckDb, type Engine } from '../../src/engines';
import { StrataError } from '../../src/errors';
import { table } from './tables';


function rejects(message: string, code: StrataError['code']) {
  return (e: unknown) => e instanceof StrataError && e.code === code && e.message === message;
}

describe('DuckDB engine', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = await openDuckDb();
  });
  afterEach(async () => engine.close());

  it('declares its capabilities', () => {
    assert.equal(engine.name, 'duckdb');
    assert.deepEqual(engine.capabilities, { transactions: true, prepare: true, nestedTypes: true, streaming: false, transactionalDdl: true });
  });

  // [column, Hive type, DuckDB's type text, value given (YAML or CSV text), value read back]
  const roundTrip: [string, string, string, unknown, unknown][] = [
    ['c_tinyint', 'TINYINT', 'TINYINT', '-128', -128],
    ['c_smallint', 'SMALLINT', 'SMALLINT', 32767, 32767],
    ['c_int', 'INT', 'INTEGER', '42', 42],
    ['c_bigint', 'BIGINT', 'BIGINT', '9223372036854775807', 9223372036854775807n],
    ['c_bigint_safe', 'BIGINT', 'BIGINT', 2001, 2001],
    ['c_float', 'FLOAT', 'FLOAT', '0.5', 0.5],
    ['c_double', 'DOUBLE', 'DOUBLE', 1.25, 1.25],
    ['c_decimal', 'DECIMAL(18,2)', 'DECIMAL(18,2)', '89.5', '89.50'],
    ['c_decimal_wide', 'DECIMAL(38,10)', 'DECIMAL(38,10)', '1234567890123456789012345678.0123456789', '1234567890123456789012345678.0123456789'],
    ['c_string', 'STRING', 'VARCHAR', "it's", "it's"],
    ['c_varchar', 'VARCHAR(10)', 'VARCHAR', 7, '7'],
    ['c_char', 'CHAR(2)', 'VARCHAR', 'cn', 'cn'],
    ['c_boolean', 'BOOLEAN', 'BOOLEAN', 'true', true],
    ['c_date', 'DATE', 'DATE', '2026-11-25', '2026-11-25'],
    ['c_timestamp', 'TIMESTAMP', 'TIMESTAMP', '2026-11-25 19:30:00', '2026-11-25 19:30:00'],
    ['c_timestamp3', 'TIMESTAMP(3)', 'TIMESTAMP', '2026-11-25T19:30:00.1', '2026-11-25 19:30:00.100'],
    ['c_timestamp_ltz', 'TIMESTAMP_LTZ(3)', 'TIMESTAMP', '2026-11-25 19:30:00.123', '2026-11-25 19:30:00.123'],
    ['c_binary', 'BINARY', 'BLOB', 'ab', 'ab'],
    ['c_array', 'ARRAY<STRING>', 'VARCHAR[]', '["music", " singer "]', ['music', ' singer ']],
    ['c_array_yaml', 'ARRAY<BIGINT>', 'BIGINT[]', [1, '2', null], [1, 2, null]],
    ['c_map', 'MAP<STRING,STRING>', 'MAP(VARCHAR, VARCHAR)', '{"channel":"appstore"}', { channel: 'appstore' }],
    ['c_map_num', 'MAP<STRING,DECIMAL(10,2)>', 'MAP(VARCHAR, DECIMAL(10,2))', { coupon: '10' }, { coupon: '10.00' }],
    ['c_struct', 'STRUCT<os:STRING, app_version:STRING>', 'STRUCT("os" VARCHAR, "app_version" VARCHAR)', '{"os":"ios","app_version":"8.12.0"}', { os: 'ios', app_version: '8.12.0' }],
    ['c_struct_missing', 'STRUCT<os:STRING, n:BIGINT>', 'STRUCT("os" VARCHAR, "n" BIGINT)', { OS: 'web' }, { os: 'web', n: null }],
    ['c_nested', 'ARRAY<STRUCT<k:STRING, v:ARRAY<INT>>>', 'STRUCT("k" VARCHAR, "v" INTEGER[])[]', [{ k: 'a', v: [1, 2] }], [{ k: 'a', v: [1, 2] }]],
    ['p_date', 'STRING', 'VARCHAR', '2026-11-25', '2026-11-25'],
  ];

  it('creates a table from the catalog and reads back every type it inserted', async () => {
    await engine.createTable(table('dwd.dwd_all_types_di', roundTrip.map(([c, t]) => [c, t])));
    await engine.insertRows('dwd.dwd_all_types_di', roundTrip.map(([c]) => c), [roundTrip.map((r) => r[3]), roundTrip.map(() => null)]);
    const result = await engine.query('SELECT * FROM dwd.dwd_all_types_di');
    assert.deepEqual(result.columns, roundTrip.map(([name, , type]) => ({ name, type })));
    assert.deepEqual(result.rows, [roundTrip.map((r) => r[4]), roundTrip.map(() => null)]);
  });

  it('inserts columns in any order and by any case, the others NULL', async () => {
    await engine.createTable(table('ods.t', [['a', 'INT'], ['b', 'STRING'], ['p_date', 'STRING']]));
    await engine.insertRows('ods.t', ['P_DATE', 'a'], [['2026-11-24', 1]]);
    assert.deepEqual((await engine.query('SELECT * FROM ods.t')).rows, [[1, null, '2026-11-24']]);
  });

  const badValues: [string, unknown, string][] = [
    ['INT', 'abc', "'dwd.bad' row 1, column 'c' (INT): 'abc' is not an integer (INT)"],
    ['TINYINT', 128, "'dwd.bad' row 1, column 'c' (TINYINT): '128' is out of range for TINYINT"],
    ['DECIMAL(4,2)', '123.4', "'dwd.bad' row 1, column 'c' (DECIMAL(4,2)): '123.4' does not fit DECIMAL(4,2) (at most 2 digits before the point)"],
    ['DATE', '2026-02-30', "'dwd.bad' row 1, column 'c' (DATE): '2026-02-30' is not a date (yyyy-MM-dd)"],
    ['TIMESTAMP', '2026-11-25 25:00:00', "'dwd.bad' row 1, column 'c' (TIMESTAMP): '2026-11-25 25:00:00' is not a timestamp (yyyy-MM-dd HH:mm:ss[.SSS])"],
    ['BOOLEAN', 'yes', "'dwd.bad' row 1, column 'c' (BOOLEAN): 'yes' is not a boolean (true or false)"],
    ['ARRAY<INT>', '[1, "x"]', "'dwd.bad' row 1, column 'c' (ARRAY): at [1]: 'x' is not an integer (INT)"],
    ['ARRAY<INT>', '{"a":1}', "'dwd.bad' row 1, column 'c' (ARRAY): '{\"a\":1}' is not a list (write [a, b] or JSON text)"],
    ['STRUCT<os:STRING>', '{"os":"ios","osx":1}', "'dwd.bad' row 1, column 'c' (STRUCT): field 'osx' is not in the struct (its fields: os)"],
    ['STRUCT<n:INT>', 'not json', "'dwd.bad' row 1, column 'c' (STRUCT): 'not json' is not a struct (write it as YAML or as JSON text)"],
    ['MAP<STRING,INT>', '[1]', "'dwd.bad' row 1, column 'c' (MAP): '[1]' is not an object of keys and values (write {key: value} or JSON text)"],
  ];
  for (const [type, value, message] of badValues) {
    it(`refuses ${JSON.stringify(value)} for ${type}, naming the column`, async () => {
      await engine.createTable(table('dwd.bad', [['c', type]]));
      await assert.rejects(engine.insertRows('dwd.bad', ['c'], [[value]]), rejects(message, 'data'));
      assert.deepEqual((await engine.query('SELECT count(*) AS n FROM dwd.bad')).rows, [[0]]);
    });
  }

  it('refuses an unknown column, a short row and a table it did not create', async () => {
    await engine.createTable(table('dwd.t', [['a', 'INT']]));
    await assert.rejects(engine.insertRows('dwd.t', ['b'], [[1]]), rejects("'dwd.t' has no column 'b'; its columns: a", 'data'));
    await assert.rejects(engine.insertRows('dwd.t', ['a'], [[]]), rejects("'dwd.t' row 1 has 0 values for 1 columns", 'data'));
    await assert.rejects(engine.insertRows('dwd.x', ['a'], [[1]]), rejects("table 'dwd.x' was not created in this engine; create it first", 'usage'));
  });

  it('inserts nothing when one row is bad', async () => {
    await engine.createTable(table('dwd.t', [['a', 'INT']]));
    await engine.insertRows('dwd.t', ['a'], [[1]]);
    await assert.rejects(engine.insertRows('dwd.t', ['a'], [[2], ['two'], [3]]), rejects("'dwd.t' row 2, column 'a' (INT): 'two' is not an integer (INT)", 'data'));
    assert.deepEqual((await engine.query('SELECT a FROM dwd.t')).rows, [[1]]);
  });

  it('refuses a column type it cannot map, naming the column', async () => {
    await assert.rejects(
      engine.createTable(table('dwd.t', [['g', 'GEOMETRY']])),
      rejects("column 'g' of 'dwd.t': type 'GEOMETRY' has no DuckDB equivalent; use a Hive/Spark/Flink type such as STRING, BIGINT, DECIMAL(p,s), TIMESTAMP, ARRAY<T>, MAP<K,V> or STRUCT<...>", 'usage'),
    );
  });

  it('describes a statement without running it', async () => {
    await engine.createTable(table('dwd.t', [['a', 'INT'], ['s', 'STRUCT<os:STRING>']]));
    await engine.insertRows('dwd.t', ['a'], [[1], [2]]);
    assert.deepEqual(await engine.describe('SELECT a + 1 AS b, s.os, [a] AS l FROM dwd.t'), [
      { name: 'b', type: 'INTEGER' },
      { name: 'os', type: 'VARCHAR' },
      { name: 'l', type: 'INTEGER[]' },
    ]);
    assert.deepEqual(await engine.describe('DELETE FROM dwd.t'), [{ name: 'Count', type: 'BIGINT' }]);
    assert.deepEqual((await engine.query('SELECT count(*) AS n FROM dwd.t')).rows, [[2]]);
  });

  it('reports an engine error on one line', async () => {
    await assert.rejects(engine.describe('SELECT nope FROM dwd.missing'), rejects('Catalog Error: Table with name "dwd.missing" does not exist because schema "dwd" does not exist.', 'engine'));
    await assert.rejects(engine.query('SELEC 1'), rejects('Parser Error: syntax error at or near "SELEC"', 'engine'));
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await engine.createTable(table('dwd.t', [['a', 'INT']]));
    await engine.transaction(() => engine.insertRows('dwd.t', ['a'], [[1]]));
    await assert.rejects(
      engine.transaction(async () => {
        await engine.execute('DELETE FROM dwd.t');
        await engine.insertRows('dwd.t', ['a'], [[2]]);
        throw new Error('stop');
      }),
      /stop/,
    );
    assert.deepEqual((await engine.query('SELECT a FROM dwd.t')).rows, [[1]]);
  });

  it('interrupts a query that never ends with a one-line timeout error', async () => {
    const endless = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r';
    const message = 'the query did not finish within 200 ms and was interrupted; look for a join or recursion that never ends, or raise the timeout';
    await assert.rejects(engine.query(endless, { timeoutMs: 200 }), rejects(message, 'timeout'));
    // The connection is usable afterwards.
    assert.deepEqual((await engine.query('SELECT 1 AS one', { timeoutMs: 5000 })).rows, [[1]]);
  });
});

describe('DuckDB engine, attached read-only', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-duckdb-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads published data but cannot write it', async () => {
    const file = path.join(dir, 'local.duckdb');
    const published = await openDuckDb({ path: file });
    await published.createTable(table('dws.t', [['a', 'INT']]));
    await published.insertRows('dws.t', ['a'], [[7]]);
    await published.close();

    const engine = await openDuckDb({ attachReadOnly: [{ alias: 'published', path: file }] });
    try {
      assert.deepEqual((await engine.query('SELECT a FROM published.dws.t')).rows, [[7]]);
      await assert.rejects(engine.execute('DELETE FROM published.dws.t'), (e: unknown) => e instanceof StrataError && e.code === 'engine' && /read-only/.test(e.message));
    } finally {
      await engine.close();
    }
    const again = await openDuckDb({ path: file });
    assert.deepEqual((await again.query('SELECT a FROM dws.t')).rows, [[7]]);
    await again.close();
  });
});
