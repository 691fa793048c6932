import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import { parse } from '../../src/sql';
import type { Dialect } from '../../src/sql/ast';
import { catalogFrom } from './lineage-harness';

const DDL = `
CREATE TABLE dim.dim_live_room_df (room_id BIGINT, room_name STRING, anchor_id BIGINT, info STRUCT<city:STRING>) PARTITIONED BY (p_date STRING);
CREATE TABLE dwd.dwd_live_room_watch_di (room_id BIGINT, user_id BIGINT, os STRING, watch_seconds BIGINT) PARTITIONED BY (p_date STRING);
CREATE TABLE dwd.dwd_live_gift_send_di (room_id BIGINT, user_id BIGINT, amount BIGINT) PARTITIONED BY (p_date STRING);
`;

/** One diagnostics case: each expected problem as `code text` (text = the source it spans), or `code text: message`. */
interface Case {
  name: string;
  sql: string;
  found: string[];
  /** Run without a project catalog. */
  standalone?: boolean;
  dialect?: Dialect;
}

function run(c: Case): string[] {
  const catalog = c.standalone ? undefined : catalogFrom(DDL);
  const diagnostics = analyze(parse(c.sql, c.dialect ?? 'spark'), catalog);
  return diagnostics.map((d) => {
    const short = `${d.code} ${c.sql.slice(d.start, d.end)}`;
    return c.found.includes(short) ? short : `${short}: ${d.message}`;
  });
}

const CASES: Case[] = [
  // ORDER BY and friends
  { name: 'unknown column in ORDER BY', sql: 'SELECT room_id FROM dim.dim_live_room_df ORDER BY room_nam', found: ["unknown-column room_nam: unknown column 'room_nam'; did you mean 'room_name'?"] },
  { name: 'ORDER BY a select alias', sql: 'SELECT room_id, sum(watch_seconds) AS total FROM dwd.dwd_live_room_watch_di GROUP BY room_id ORDER BY total DESC', found: [] },
  { name: 'ORDER BY an input column not selected', sql: 'SELECT room_id FROM dwd.dwd_live_room_watch_di ORDER BY watch_seconds', found: [] },
  { name: 'ORDER BY a qualified column of a bad alias', sql: 'SELECT w.room_id FROM dwd.dwd_live_room_watch_di w ORDER BY w.oss', found: ['unknown-column oss'] },
  { name: 'ORDER BY after UNION sees only the output', sql: 'SELECT room_id FROM dim.dim_live_room_df UNION ALL SELECT room_id FROM dwd.dwd_live_gift_send_di ORDER BY anchor_id', found: ['unknown-column anchor_id'] },
  { name: 'ORDER BY after UNION by output name', sql: 'SELECT room_id AS r FROM dim.dim_live_room_df UNION ALL SELECT room_id FROM dwd.dwd_live_gift_send_di ORDER BY r', found: [] },
  { name: 'unknown column in SORT BY', dialect: 'hive', sql: 'SELECT user_id FROM dwd.dwd_live_room_watch_di DISTRIBUTE BY room_id SORT BY watch_second', found: ['unknown-column watch_second'] },
  { name: 'unknown column in CLUSTER BY', dialect: 'hive', sql: 'SELECT user_id FROM dwd.dwd_live_room_watch_di CLUSTER BY roomid', found: ['unknown-column roomid'] },
  { name: 'ORDER BY over an unknown table is not checked', standalone: true, sql: 'SELECT a FROM s ORDER BY whatever', found: [] },
  // x.*
  { name: 'x.* with no relation x', sql: 'SELECT w.* FROM dwd.dwd_live_room_watch_di', found: ["unknown-table w: no relation 'w' in scope for 'w.*'"] },
  { name: 'db.t.* with no such relation spans the qualifier', sql: 'SELECT dwd.nope.* FROM dwd.dwd_live_room_watch_di', found: ["unknown-table dwd.nope: no relation 'dwd.nope' in scope for 'dwd.nope.*'"] },
  { name: 'x.* naming an alias', sql: 'SELECT w.*, r.room_name FROM dwd.dwd_live_room_watch_di w JOIN dim.dim_live_room_df r ON w.room_id = r.room_id', found: [] },
  { name: 'x.* naming the table', sql: 'SELECT dwd_live_room_watch_di.* FROM dwd.dwd_live_room_watch_di', found: [] },
  { name: 'x.* of a struct column expands it', sql: 'SELECT info.* FROM dim.dim_live_room_df', found: [] },
  { name: 't.x.* of a struct column expands it', sql: 'SELECT r.info.* FROM dim.dim_live_room_df r', found: [] },
  { name: 'x.* of a plain column name is still no relation', sql: 'SELECT r.* FROM dim.dim_live_room_df', found: ["unknown-table r: no relation 'r' in scope for 'r.*'"] },
  { name: 'x.* next to a table without DDL is not reported', standalone: true, sql: 'SELECT q.* FROM s', found: [] },
  { name: 'x.* in a subquery sees only its own relations', sql: 'SELECT * FROM dim.dim_live_room_df r WHERE room_id IN (SELECT r.* FROM dwd.dwd_live_gift_send_di g)', found: ['unknown-table r'] },
  // recursive CTEs
  {
    name: 'a recursive self-reference is no unknown table',
    sql: 'WITH RECURSIVE r (room_id, hops) AS (SELECT room_id, 0 FROM dim.dim_live_room_df UNION ALL SELECT g.room_id, r.hops + 1 FROM dwd.dwd_live_gift_send_di g JOIN r ON g.room_id = r.room_id WHERE r.hops < 3) SELECT room_id, hops FROM r',
    found: [],
  },
  { name: 'a recursive step column is checked once', sql: 'WITH RECURSIVE r AS (SELECT room_id FROM dim.dim_live_room_df UNION ALL SELECT room_idd FROM r) SELECT room_id FROM r', found: ['unknown-column room_idd'] },
  // USE
  { name: 'USE resolves a bare table in its database', sql: 'USE dwd;\nSELECT amount FROM dwd_live_gift_send_di', found: [] },
  { name: 'unknown table after USE suggests within the database', sql: 'USE dwd;\nSELECT amount FROM dwd_live_gift_sent_di', found: ["unknown-table dwd_live_gift_sent_di: unknown table 'dwd_live_gift_sent_di'; did you mean 'dwd.dwd_live_gift_send_di'?"] },
  { name: 'USE of another database still finds a unique bare name', sql: 'USE ads;\nSELECT amount FROM dwd_live_gift_send_di', found: [] },
  // PIVOT / UNPIVOT
  { name: 'unknown FOR column of a PIVOT', sql: "SELECT * FROM dwd.dwd_live_room_watch_di PIVOT (sum(watch_seconds) FOR oss IN ('ios'))", found: ['unknown-column oss'] },
  { name: 'a pivoted-away column is gone', sql: "SELECT os FROM dwd.dwd_live_room_watch_di PIVOT (sum(watch_seconds) FOR os IN ('ios' AS ios))", found: ['unknown-column os'] },
  { name: 'PIVOT output columns resolve', sql: "SELECT room_id, user_id, ios FROM dwd.dwd_live_room_watch_di PIVOT (sum(watch_seconds) FOR os IN ('ios' AS ios))", found: [] },
  { name: 'a PIVOT alias qualifies its columns', sql: "SELECT pv.room_id, pv.ios, pv.oss FROM dwd.dwd_live_room_watch_di PIVOT (sum(watch_seconds) FOR os IN ('ios' AS ios)) AS pv", found: ["unknown-column oss: unknown column 'pv.oss' in 'pv'; did you mean 'ios'?"] },
  { name: 'UNPIVOT output columns resolve', sql: 'SELECT room_id, metric, v FROM dwd.dwd_live_gift_send_di UNPIVOT (v FOR metric IN (user_id, amount))', found: [] },
];

describe('semantic diagnostics: ordering, x.*, recursive CTEs, USE, PIVOT', () => {
  for (const c of CASES) {
    it(c.name, () => assert.deepEqual(run(c), c.found));
  }
});
