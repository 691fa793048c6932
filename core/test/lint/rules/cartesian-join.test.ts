import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/cartesian-join';
import { STREAMING, WAREHOUSE } from '../fixtures/warehouse-ddl';

const catalog = WAREHOUSE;
const comma = (label: string) => `'${label}' is joined with a comma, and no WHERE term links it to the relations before it: every row pairs with every row; add the join condition, or write CROSS JOIN if that is meant`;

RuleTester.run(rule, {
  valid: [
    // Join conditions in ON, USING, NATURAL or WHERE (also for a JOIN without ON); CROSS JOIN is meant.
    'SELECT * FROM a JOIN b ON a.id = b.id LEFT JOIN c USING (id) NATURAL JOIN d',
    'SELECT * FROM a, b WHERE a.id = b.id',
    'SELECT * FROM a JOIN b WHERE a.id = b.id',
    'SELECT * FROM a CROSS JOIN b',
    // A later ON links earlier comma items; a WHERE term links through any columns of both sides.
    'SELECT * FROM a, b JOIN c ON c.x = a.x AND c.y = b.y',
    'SELECT * FROM a, b WHERE a.d BETWEEN b.lo AND b.hi',
    // Single-row and correlated relations: aggregate and FROM-less subqueries, LATERAL, table functions, LATERAL VIEW.
    'SELECT * FROM a, (SELECT max(x) AS m FROM b) mx, (SELECT 1 AS k) one',
    'SELECT * FROM a, LATERAL (SELECT * FROM b WHERE b.id = a.id) s',
    'SELECT * FROM a LATERAL VIEW explode(arr) t AS x',
    'SELECT * FROM a, b LATERAL VIEW explode(b.arr) e AS x WHERE a.k = e.x',
    { code: 'SELECT * FROM a, explode(a.arr)', dialect: 'spark' },
    // Unqualified columns link through the catalog's columns; nested in a CTE and a subquery.
    { code: "WITH c AS (SELECT l.room_id, title FROM dwd.dwd_live_like_di l, dim.dim_live_room_df r WHERE l.room_id = r.room_id AND l.p_date = r.p_date)\nSELECT * FROM (SELECT * FROM c) s", catalog },
    { code: 'SELECT gift_name, title FROM dim.dim_gift_df, dim.dim_live_room_df WHERE gift_id = anchor_id', catalog, dialect: 'hive' },
    // Flink: UNNEST and LATERAL TABLE are correlated; ON TRUE is written on purpose.
    { code: "SELECT * FROM ods_gift_events e, UNNEST(ARRAY['a']) AS t (tag)", catalog: STREAMING, dialect: 'flink' },
    { code: 'SELECT * FROM ods_gift_events e, LATERAL TABLE(split(uid_text)) AS t(w)', catalog: STREAMING, dialect: 'flink' },
    { code: 'SELECT * FROM ods_gift_events e LEFT JOIN LATERAL TABLE(split(uid_text)) AS t(w) ON TRUE', catalog: STREAMING, dialect: 'flink' },
  ],
  invalid: [
    {
      code: 'SELECT * FROM a, b',
      errors: [{ messageId: 'comma', line: 0, character: 17, endCharacter: 18, message: comma('b') }],
    },
    {
      code: 'SELECT * FROM a JOIN b',
      errors: [{ messageId: 'join', line: 0, character: 21, message: "JOIN of 'b' has no ON or USING, and no WHERE term links it to the relations before it: every row pairs with every row; add the join condition, or write CROSS JOIN if that is meant" }],
    },
    {
      // Only the item no term links to what precedes it: c is linked to b.
      code: 'SELECT * FROM a, b, c WHERE b.x = c.x',
      errors: [{ messageId: 'comma', line: 0, character: 17 }],
    },
    {
      // A term on a LATERAL VIEW column alone links nothing.
      code: "SELECT * FROM a, b LATERAL VIEW explode(b.arr) e AS x WHERE e.x = 'k'",
      errors: [{ messageId: 'comma', line: 0, character: 17 }],
    },
    {
      code: 'SELECT * FROM a JOIN b ON a.id = b.id, c',
      dialect: 'hive',
      errors: [{ messageId: 'comma', line: 0, character: 39 }],
    },
    {
      // Filters on each side do not link them; in a CTE of an INSERT.
      code: "WITH x AS (\n  SELECT g.gift_name, r.title\n  FROM dim.dim_gift_df g, dim.dim_live_room_df r\n  WHERE g.price > 0 AND r.p_date = '${date}'\n)\nINSERT OVERWRITE TABLE dim.dim_gift_df SELECT 1, gift_name, 0, 0 FROM x",
      catalog,
      errors: [{ messageId: 'comma', line: 2, character: 26, message: comma('r') }],
    },
    {
      code: 'SELECT * FROM ods_gift_events e, rt_room_gift_1min r WHERE e.gift_id > 0',
      catalog: STREAMING,
      dialect: 'flink',
      errors: [{ messageId: 'comma', line: 0, character: 33, message: comma('r') }],
    },
  ],
});
