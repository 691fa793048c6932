import assert from 'node:assert/strict';
import { scopeAt } from '../../src/analysis';
import { parse, type ColumnRef } from '../../src/sql';
import type { Dialect } from '../../src/sql/ast';
import { catalogFrom } from './lineage-harness';

const DDL = `
CREATE TABLE dim.room (room_id BIGINT, room_name STRING) PARTITIONED BY (p_date STRING);
CREATE TABLE dwd.watch (room_id BIGINT, user_id BIGINT, tags ARRAY<STRING>) PARTITIONED BY (p_date STRING);
`;

/** The scope at the `|` of `marked`: each relation as `names: columns`, then merged columns and CTEs. */
function scope(marked: string, dialect: Dialect = 'spark') {
  const offset = marked.indexOf('|');
  const sql = marked.slice(0, offset) + marked.slice(offset + 1);
  return scopeAt(parse(sql, dialect), offset, catalogFrom(DDL));
}

function relations(marked: string, dialect?: Dialect): string[] {
  return scope(marked, dialect).relations.map((r) => `${r.names.join('/')}: ${r.columns.map((c) => (c.type ? `${c.name} ${c.type}` : c.name)).join(', ')}`);
}

describe('scopeAt', () => {
  it('sees the relations of the innermost SELECT, then the enclosing ones', () => {
    assert.deepEqual(relations('SELECT (SELECT max(|) FROM dwd.watch w) FROM dim.room r'), [
      'w: room_id BIGINT, user_id BIGINT, tags ARRAY<STRING>, p_date STRING',
      'r: room_id BIGINT, room_name STRING, p_date STRING',
    ]);
  });

  it('sees CTE outputs, subquery outputs and LATERAL VIEW columns', () => {
    const sql = 'WITH c AS (SELECT room_id, count(1) AS n FROM dwd.watch GROUP BY room_id) SELECT n| FROM c JOIN (SELECT room_id AS id FROM dim.room) s ON c.room_id = s.id LATERAL VIEW explode(array(1)) t AS x';
    assert.deepEqual(relations(sql), ['c: room_id BIGINT, n BIGINT', 's: id BIGINT', 't: x']);
    assert.deepEqual(scope(sql).ctes, ['c']);
  });

  it('sees Flink window TVF columns and USING columns', () => {
    const flink = `CREATE TEMPORARY TABLE ev (k STRING, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');
SELECT k| FROM TABLE(TUMBLE(TABLE ev, DESCRIPTOR(ts), INTERVAL '1' MINUTE))`;
    assert.deepEqual(relations(flink, 'flink'), [': k STRING, ts TIMESTAMP(3), window_start, window_end, window_time']);
    assert.deepEqual(scope('SELECT room_id| FROM dim.room a JOIN dwd.watch b USING (room_id)').merged.map((c) => c.name), ['room_id']);
  });

  it('falls back to the SELECT before the caret in an unfinished statement', () => {
    assert.deepEqual(relations('SELECT room_id FROM dim.room r WHERE r.room_name = 1 AND |'), ['r: room_id BIGINT, room_name STRING, p_date STRING']);
  });

  it('resolves a column reference written there to its source columns', () => {
    const sql = 'WITH c AS (SELECT room_id AS id FROM dim.room) SELECT c.id FROM c';
    const script = parse(sql, 'spark');
    const ref = (script.statements[0] as { query: { body: { items: { expr: ColumnRef }[] } } }).query.body.items[0].expr;
    assert.deepEqual([...scopeAt(script, sql.indexOf('c.id'), catalogFrom(DDL)).sources(ref)], [['dim.room.room_id', 'direct']]);
  });

  it('is empty outside any query', () => {
    assert.deepEqual(scope('SET a = |').relations, []);
  });
});
