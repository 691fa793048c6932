import assert from 'node:assert/strict';
import { duckDbType } from '../../src/engines/duckdb-types';
import { StrataError } from '../../src/errors';

describe('duckDbType', () => {
  const cases: [string, string][] = [
    ['TINYINT', 'TINYINT'],
    ['SMALLINT', 'SMALLINT'],
    ['INT', 'INTEGER'],
    ['INTEGER', 'INTEGER'],
    ['BIGINT', 'BIGINT'],
    ['FLOAT', 'FLOAT'],
    ['DOUBLE', 'DOUBLE'],
    ['DECIMAL(18,2)', 'DECIMAL(18,2)'],
    ['DECIMAL(38, 10)', 'DECIMAL(38,10)'],
    ['DECIMAL', 'DECIMAL(10,0)'],
    ['STRING', 'VARCHAR'],
    ['VARCHAR(20)', 'VARCHAR'],
    ['CHAR(2)', 'VARCHAR'],
    ['BOOLEAN', 'BOOLEAN'],
    ['DATE', 'DATE'],
    ['TIMESTAMP', 'TIMESTAMP'],
    ['TIMESTAMP(3)', 'TIMESTAMP'],
    ['TIMESTAMP_LTZ(3)', 'TIMESTAMP'],
    ['TIMESTAMP(3) WITH LOCAL TIME ZONE', 'TIMESTAMP'],
    ['BINARY', 'BLOB'],
    ['BYTES', 'BLOB'],
    ['STRING NOT NULL', 'VARCHAR'],
    ['ARRAY<STRING>', 'VARCHAR[]'],
    ['ARRAY<ARRAY<INT>>', 'INTEGER[][]'],
    ['MAP<STRING,BIGINT>', 'MAP(VARCHAR, BIGINT)'],
    ['MAP<STRING, ARRAY<DECIMAL(10,2)>>', 'MAP(VARCHAR, DECIMAL(10,2)[])'],
    ['STRUCT<a:INT>', 'STRUCT(a INTEGER)'],
    ['STRUCT<os:STRING, app_version:STRING, model:STRING>', 'STRUCT(os VARCHAR, app_version VARCHAR, model VARCHAR)'],
    ["STRUCT<a:INT COMMENT 'x, y', b:ARRAY<STRUCT<c:DATE>>>", 'STRUCT(a INTEGER, b STRUCT(c DATE)[])'],
    ['STRUCT<`order`:INT, UserId:BIGINT>', 'STRUCT("order" INTEGER, "UserId" BIGINT)'],
    ['ROW<a INT, b STRING>', 'STRUCT(a INTEGER, b VARCHAR)'],
    ['ROW(a INT NOT NULL)', 'STRUCT(a INTEGER)'],
  ];
  for (const [hive, duck] of cases) {
    it(`${hive} -> ${duck}`, () => assert.equal(duckDbType(hive), duck));
  }

  const bad: [string, string][] = [
    ['GEOMETRY', "type 'GEOMETRY' has no DuckDB equivalent; use a Hive/Spark/Flink type such as STRING, BIGINT, DECIMAL(p,s), TIMESTAMP, ARRAY<T>, MAP<K,V> or STRUCT<...>"],
    ['ARRAY<STRING', "malformed column type 'ARRAY<STRING'; write it as in Hive/Spark/Flink DDL, e.g. DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,BIGINT>, STRUCT<a:INT>"],
    ['MAP<STRING>', "malformed column type 'MAP<STRING>'; write it as in Hive/Spark/Flink DDL, e.g. DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,BIGINT>, STRUCT<a:INT>"],
    ['DECIMAL(a,2)', "malformed column type 'DECIMAL(a,2)'; write it as in Hive/Spark/Flink DDL, e.g. DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,BIGINT>, STRUCT<a:INT>"],
  ];
  for (const [hive, message] of bad) {
    it(`refuses ${hive}`, () => assert.throws(() => duckDbType(hive), (e: unknown) => e instanceof StrataError && e.code === 'usage' && e.message === message));
  }
});
