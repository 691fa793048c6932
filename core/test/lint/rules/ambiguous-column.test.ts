import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/ambiguous-column';
import { STREAMING, WAREHOUSE } from '../fixtures/warehouse-ddl';

const catalog = WAREHOUSE;
const windows = (columns: string) =>
  `SELECT ${columns}\nFROM (SELECT * FROM TABLE(TUMBLE(TABLE ods_gift_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))) L\nJOIN (SELECT * FROM TABLE(TUMBLE(TABLE ods_gift_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))) R\nON L.room_id = R.room_id AND L.window_start = R.window_start AND L.window_end = R.window_end`;
const joined = "FROM dwd.dwd_live_like_di l\nJOIN dim.dim_live_room_df r ON l.room_id = r.room_id AND r.p_date = '${date}'\nWHERE l.p_date = '${date}'";

RuleTester.run(rule, {
  valid: [
    `SELECT room_id ${joined}`,
    { code: `SELECT l.room_id, r.anchor_id, title ${joined}`, catalog },
    // USING merges the key into one column; a subquery's columns are its own; `r.*` brings only r's.
    { code: "SELECT room_id FROM dwd.dwd_live_like_di JOIN dim.dim_live_room_df USING (room_id, p_date) WHERE p_date = '${date}'", catalog },
    { code: `SELECT anchor_id FROM (SELECT l.anchor_id, r.title ${joined}) x`, catalog },
    { code: `SELECT room_id, title FROM (SELECT r.* ${joined}) x`, catalog, dialect: 'hive' },
    // A SEMI join's right side leaves the scope after its ON clause.
    { code: "SELECT room_id FROM dwd.dwd_live_like_di l LEFT SEMI JOIN dim.dim_live_room_df r ON l.room_id = r.room_id AND r.p_date = '${date}' WHERE l.p_date = '${date}'", catalog },
    // An output alias in ORDER BY wins over input columns of the same name.
    { code: `SELECT l.room_id AS room_id, count(1) AS n ${joined} GROUP BY l.room_id ORDER BY room_id`, catalog },
    { code: 'SELECT a.room_id FROM ods_gift_events a JOIN ods_gift_events b ON a.user_id = b.user_id', catalog: STREAMING, dialect: 'flink' },
    // A Flink window join: each side's window columns, qualified.
    { code: windows('L.window_start, L.room_id, R.amount'), catalog: STREAMING, dialect: 'flink' },
  ],
  invalid: [
    {
      code: `SELECT room_id, r.title ${joined}`,
      catalog,
      errors: [{ messageId: 'ambiguous', line: 0, character: 7, endCharacter: 14, message: "ambiguous column 'room_id': it is in 'dwd.dwd_live_like_di' and 'dim.dim_live_room_df'; qualify it" }],
    },
    {
      // A LATERAL VIEW column named like a table column; in WHERE of a CTE.
      code: "WITH x AS (SELECT l.log_id FROM dwd.dwd_live_like_di l LATERAL VIEW explode(array(1)) t AS room_id WHERE p_date = '${date}' AND room_id > 0)\nSELECT * FROM x",
      catalog,
      errors: [{ messageId: 'ambiguous', line: 0, character: 128, message: "ambiguous column 'room_id': it is in 'dwd.dwd_live_like_di' and 't'; qualify it" }],
    },
    {
      // Two LATERAL VIEWs naming their column alike.
      code: "SELECT tag FROM ods.ods_live_like_log_di l LATERAL VIEW explode(tags) a AS tag LATERAL VIEW explode(tags) b AS tag WHERE p_date = '${date}'",
      catalog,
      dialect: 'hive',
      errors: [{ messageId: 'ambiguous', line: 0, character: 7, message: "ambiguous column 'tag': it is in 'a' and 'b'; qualify it" }],
    },
    {
      code: windows('window_start, L.room_id'),
      catalog: STREAMING,
      dialect: 'flink',
      errors: [{ messageId: 'ambiguous', line: 0, character: 7, message: "ambiguous column 'window_start': it is in 'l' and 'r'; qualify it" }],
    },
    {
      code: 'SELECT room_id FROM ods_gift_events a JOIN ods_gift_events b ON a.user_id = b.user_id',
      catalog: STREAMING,
      dialect: 'flink',
      errors: [{ messageId: 'ambiguous', line: 0, character: 7 }],
    },
  ],
});
