import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/unknown-column';
import { STREAMING, WAREHOUSE } from '../fixtures/warehouse-ddl';

const catalog = WAREHOUSE;
const flink = { catalog: STREAMING, dialect: 'flink' as const };
const tumble = "TABLE(TUMBLE(TABLE ods_gift_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))";

RuleTester.run(rule, {
  valid: [
    // Standalone SQL: quiet even about script DDL.
    'CREATE TEMPORARY VIEW v AS SELECT 1 AS a;\nSELECT b FROM v;',
    // LATERAL VIEW explode of an array and a map, posexplode's default names, struct fields, mixed case, comments.
    { code: "SELECT l.Room_Id, t.tag, e.k, e.v, device.os, l.device.model -- os of the viewer\nFROM ods.ods_live_like_log_di l\nLATERAL VIEW explode(tags) t AS tag\nLATERAL VIEW OUTER explode(props) e AS k, v\nWHERE p_date = '${date}'", catalog },
    { code: "SELECT pos, col FROM ods.ods_live_like_log_di LATERAL VIEW posexplode(tags) p WHERE p_date = '${date}'", catalog, dialect: 'hive' },
    { code: "SELECT room_id, tag FROM ods.ods_live_like_log_di CROSS JOIN UNNEST(tags) AS u(tag) WHERE p_date = '${date}'", catalog },
    // Nested subqueries and CTEs, ORDER BY an output alias, QUALIFY, window functions, GROUPING SETS.
    { code: "WITH a AS (SELECT room_id, like_cnt AS likes FROM dwd.dwd_live_like_di WHERE p_date = '${date}')\nSELECT s.room_id, s.n FROM (SELECT room_id, sum(likes) AS n FROM (SELECT * FROM a) x GROUP BY room_id) s WHERE s.n > 1 ORDER BY n", catalog },
    { code: "SELECT room_id, row_number() OVER (PARTITION BY room_id ORDER BY like_time) AS rn FROM dwd.dwd_live_like_di WHERE p_date = '${date}' QUALIFY rn = 1", catalog },
    { code: "SELECT room_id, grouping__id, count(1) AS n FROM dwd.dwd_live_like_di WHERE p_date = '${date}' GROUP BY room_id, os GROUPING SETS ((room_id), (os))", catalog, dialect: 'hive' },
    // Spark lateral column aliases; USING columns unqualified; correlated subquery.
    { code: "SELECT room_id, like_cnt + 1 AS c2, c2 * 2 AS c4 FROM dwd.dwd_live_like_di WHERE p_date = '${date}'", catalog },
    { code: "SELECT room_id, anchor_id, title FROM dwd.dwd_live_like_di JOIN dim.dim_live_room_df USING (room_id, anchor_id, p_date) WHERE p_date = '${date}'", catalog },
    { code: "SELECT r.room_id FROM dim.dim_live_room_df r WHERE EXISTS (SELECT 1 FROM dwd.dwd_live_like_di l WHERE l.room_id = r.room_id AND l.p_date = r.p_date)", catalog },
    // Flink window TVFs (TUMBLE, HOP with named arguments, CUMULATE) add window_start/window_end/window_time.
    { code: `SELECT room_id, window_start, window_end, window_time, sum(amount) AS gift_amount FROM ${tumble} GROUP BY room_id, window_start, window_end, window_time`, ...flink },
    { code: "SELECT room_id, window_start FROM TABLE(HOP(DATA => TABLE ods_gift_events, TIMECOL => DESCRIPTOR(event_time), SLIDE => INTERVAL '1' MINUTE, SIZE => INTERVAL '5' MINUTE))", ...flink },
    { code: "SELECT room_id, window_end FROM TABLE(CUMULATE(TABLE ods_gift_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE, INTERVAL '1' HOUR))", ...flink },
    { code: "SELECT e.room_id, t.tag FROM ods_gift_events e CROSS JOIN UNNEST(ARRAY['a', 'b']) AS t (tag)", ...flink },
    { code: 'SELECT room_id, user_id FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY event_time DESC) AS rn FROM ods_gift_events) WHERE rn = 1', ...flink },
  ],
  invalid: [
    {
      code: "SELECT l.room_id, t.tags FROM ods.ods_live_like_log_di l LATERAL VIEW explode(tags) t AS tag WHERE p_date = '${date}'",
      catalog,
      errors: [{ messageId: 'unknown', line: 0, character: 20, endCharacter: 24, message: "unknown column 't.tags' in 't'; did you mean 'tag'?" }],
    },
    {
      // Through a CTE renamed by an alias and a subquery over it.
      code: "WITH a AS (SELECT room_id, like_cnt AS likes FROM dwd.dwd_live_like_di WHERE p_date = '${date}')\nSELECT room_id, like_cnt FROM (SELECT * FROM a) s",
      catalog,
      errors: [{ messageId: 'unknown', line: 1, character: 16, message: "unknown column 'like_cnt'" }],
    },
    {
      code: "INSERT INTO dwd.dwd_live_like_di PARTITION (p_dt = '${date}')\nSELECT log_id, room_id, 0, user_id, like_cnt, 'x', event_time FROM ods.ods_live_like_log_di WHERE p_date = '${date}'",
      catalog,
      errors: [{ messageId: 'unknown', line: 0, character: 44, message: "unknown column 'p_dt' in 'dwd.dwd_live_like_di'; did you mean 'p_date'?" }],
    },
    {
      code: "SELECT l.room_id FROM dwd.dwd_live_like_di l LEFT SEMI JOIN dim.dim_live_room_df r ON l.room_id = r.room_id WHERE r.title = 'x'",
      catalog,
      errors: [{ messageId: 'unknown', line: 0, character: 114 }],
    },
    {
      // Hive has no lateral column aliases.
      code: "SELECT room_id, like_cnt + 1 AS c2, c2 * 2 AS c4 FROM dwd.dwd_live_like_di WHERE p_date = '${date}'",
      catalog,
      dialect: 'hive',
      errors: [{ messageId: 'unknown', line: 0, character: 36 }],
    },
    {
      code: `SELECT room_id, window_start, window_stop FROM ${tumble}`,
      ...flink,
      errors: [{ messageId: 'unknown', line: 0, character: 30, message: "unknown column 'window_stop'; did you mean 'window_start'?" }],
    },
    {
      code: "SELECT room_id FROM TABLE(TUMBLE(TABLE ods_gift_events, DESCRIPTOR(event_ts), INTERVAL '1' MINUTE))",
      ...flink,
      errors: [{ messageId: 'unknown', line: 0, character: 67 }],
    },
    {
      // Flink column names are case-sensitive.
      code: "SELECT e.room_id, t.tagz, e.Room_Id FROM ods_gift_events e CROSS JOIN UNNEST(ARRAY['a', 'b']) AS t (tag)",
      ...flink,
      errors: [
        { messageId: 'unknown', line: 0, character: 20 },
        { messageId: 'unknown', line: 0, character: 28 },
      ],
    },
  ],
});
