import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/partition-filter';
import { STREAMING, WAREHOUSE } from '../fixtures/warehouse-ddl';

const catalog = WAREHOUSE;
const likes = 'SELECT room_id FROM dwd.dwd_live_like_di';

RuleTester.run(rule, {
  valid: [
    // Standalone: partitioning is unknown.
    `${likes} WHERE like_cnt > 0`,
    // Equality with a variable (quoted or not), ranges, IN, BETWEEN, a function of the column; mixed case and comments.
    { code: `${likes} WHERE P_Date = '\${date}' -- the run date`, catalog },
    { code: `${likes} WHERE p_date = \${date}`, catalog, dialect: 'hive' },
    { code: `${likes} WHERE p_date >= date_sub('\${date}', 6) AND p_date <= '\${date}'`, catalog },
    { code: `${likes} WHERE p_date IN ('\${date}', '\${yesterday}') OR p_date BETWEEN '2024-01-01' AND '2024-01-31'`, catalog },
    { code: `${likes} WHERE substr(p_date, 1, 7) = '2024-01' AND rand() < 0.1`, catalog },
    { code: `${likes} WHERE p_date = from_unixtime(unix_timestamp('\${date_nodash}', 'yyyyMMdd'), 'yyyy-MM-dd')`, catalog },
    // Any partition column of a multi-level table; an unpartitioned table.
    { code: "SELECT room_id FROM dws.dws_live_room_1h WHERE hour = '00'", catalog },
    { code: 'SELECT gift_name FROM dim.dim_gift_df', catalog },
    // A CTE or subquery that filters, an outer query that filters a subquery's copy of the column, nested.
    { code: "WITH c AS (SELECT * FROM dwd.dwd_live_like_di WHERE p_date = '${date}')\nSELECT room_id FROM c", catalog },
    { code: "SELECT room_id FROM (SELECT * FROM (SELECT room_id, p_date AS dt FROM dwd.dwd_live_like_di) a) s WHERE s.dt = '${date}'", catalog },
    // Join conditions: ON filters, USING columns, and equalities that carry one side's filter to the other.
    { code: "SELECT l.room_id FROM dwd.dwd_live_like_di l LEFT JOIN dim.dim_live_room_df r ON l.room_id = r.room_id AND r.p_date = '${date}' WHERE l.p_date = '${date}'", catalog },
    { code: "SELECT room_id FROM dwd.dwd_live_like_di JOIN dim.dim_live_room_df USING (room_id, p_date) WHERE p_date = '${date}'", catalog },
    { code: "SELECT l.room_id FROM dwd.dwd_live_like_di l JOIN dim.dim_live_room_df r ON l.room_id = r.room_id AND r.p_date = l.p_date WHERE l.p_date = '${date}'", catalog },
    // Hive multi-insert over a shared FROM, LATERAL VIEW; views are filtered by their readers.
    { code: "FROM ods.ods_live_like_log_di l LATERAL VIEW explode(tags) t AS tag\nINSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date = '${date}', hour = '00') SELECT room_id, count(tag), 0 WHERE p_date = '${date}' GROUP BY room_id", catalog, dialect: 'hive' },
    { code: 'CREATE VIEW dws.v_likes AS SELECT * FROM dwd.dwd_live_like_di', catalog },
    { code: "INSERT INTO rt_room_gift_1min SELECT room_id, window_start, window_end, sum(amount), count(*) FROM TABLE(TUMBLE(TABLE ods_gift_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE)) GROUP BY room_id, window_start, window_end", catalog: STREAMING, dialect: 'flink' },
  ],
  invalid: [
    {
      code: `${likes} WHERE like_cnt > 0`,
      catalog,
      errors: [{ messageId: 'missing', line: 0, character: 20, endCharacter: 40, message: "'dwd.dwd_live_like_di' is partitioned by p_date but nothing here filters on it, so every partition is scanned; where it is read, filter p_date with constants (= '${date}', a range, IN)" }],
    },
    {
      // An OR with another column cannot prune; a dimension joined without its partition filter.
      code: "INSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date = '${date}', hour = '00')\nSELECT l.room_id, count(1), 0\nFROM dwd.dwd_live_like_di l\nJOIN dim.dim_live_room_df r ON l.room_id = r.room_id\nWHERE l.p_date = '${date}' OR l.like_cnt > 0\nGROUP BY l.room_id",
      catalog,
      errors: [
        { messageId: 'missing', line: 2, character: 5 },
        { messageId: 'missing', line: 3, character: 5, message: "'dim.dim_live_room_df' is partitioned by p_date but nothing here filters on it, so every partition is scanned; where it is read, filter p_date with constants (= '${date}', a range, IN)" },
      ],
    },
    {
      code: `${likes} WHERE p_date = date_sub(current_date(), 1)`,
      catalog,
      errors: [{ messageId: 'nonDeterministic', line: 0, character: 47, endCharacter: 83 }],
    },
    {
      // Reported once per filter, in a CTE, also for unix_timestamp() without argument.
      code: "WITH c AS (SELECT l.room_id FROM dwd.dwd_live_like_di l JOIN dwd.dwd_live_like_di m ON l.log_id = m.log_id WHERE l.p_date = from_unixtime(unix_timestamp(), 'yyyy-MM-dd'))\nSELECT * FROM c",
      catalog,
      dialect: 'hive',
      errors: [{ messageId: 'nonDeterministic', line: 0, character: 113 }],
    },
  ],
});
