import assert from 'node:assert/strict';
import { analyze, createTableProblems } from '../../src/analysis';
import { tableFromCreate } from '../../src/catalog';
import { parse } from '../../src/sql';
import type { CreateTable } from '../../src/sql/ast';

/** `[message, the text it spans]` of each diagnostic of a Flink script. */
function check(sql: string): [string, string][] {
  return analyze(parse(sql, 'flink')).map((d) => [d.message, sql.slice(d.start, d.end)]);
}

const table = (body: string) => `CREATE TEMPORARY TABLE src (${body}) WITH ('connector' = 'kafka')`;

describe('CREATE TABLE checks', () => {
  const cases: [string, string, [string, string][]][] = [
    ['a valid watermark, key and computed columns', table("id BIGINT, ms BIGINT, ts AS TO_TIMESTAMP_LTZ(ms, 3), pt AS PROCTIME(), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND, PRIMARY KEY (id) NOT ENFORCED"), []],
    ['a watermark on a metadata column', table("id BIGINT, ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL, WATERMARK FOR ts AS ts"), []],
    ['a watermark column the table lacks, once, with the closest name',
      table("id BIGINT, event_time TIMESTAMP(3), WATERMARK FOR event_tim AS event_tim - INTERVAL '1' SECOND"),
      [["unknown column 'event_tim' in 'src'; did you mean 'event_time'?", 'event_tim']]],
    ['a watermark column far from any name: the only timestamp column is the hint',
      table("id BIGINT, event_time TIMESTAMP(3), WATERMARK FOR event_ts AS event_ts"),
      [["unknown column 'event_ts' in 'src'; did you mean 'event_time'?", 'event_ts']]],
    ['an unknown column in a valid watermark expression',
      table("id BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS tss - INTERVAL '1' SECOND"),
      [["unknown column 'tss'; did you mean 'ts'?", 'tss']]],
    ['a primary key column the table lacks', table('room_id BIGINT, n BIGINT, PRIMARY KEY (room_idx, n) NOT ENFORCED'),
      [["unknown column 'room_idx' in 'src'; did you mean 'room_id'?", 'room_idx']]],
    ['a computed column over an unknown column', table('event_time TIMESTAMP(3), ms AS UNIX_TIMESTAMP(event_tim)'),
      [["unknown column 'event_tim'; did you mean 'event_time'?", 'event_tim']]],
  ];
  for (const [name, sql, expected] of cases) {
    it(name, () => assert.deepEqual(check(sql), expected));
  }

  it('checks a table file declaration on its own', () => {
    const sql = 'CREATE TABLE dwd.t (a BIGINT, PRIMARY KEY (b) NOT ENFORCED)';
    const stmt = parse(sql, 'flink').statements[0] as CreateTable;
    const found = createTableProblems(stmt, tableFromCreate(stmt));
    assert.deepEqual(found.map((d) => [d.code, sql.slice(d.start, d.end)]), [['unknown-column', 'b']]);
  });
});
