-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
SELECT a.room_id, b.nick FROM dwd.a a JOIN dim.b b ON a.user_id = b.user_id;
-- ----
SELECT a.room_id, b.nick FROM dwd.a a LEFT OUTER JOIN dim.b b ON a.user_id = b.user_id AND b.p_date = '2024-01-01';
-- ----
SELECT a.room_id, b.nick FROM dwd.a a RIGHT JOIN dim.b b ON a.user_id = b.user_id;
-- ----
SELECT coalesce(a.room_id, b.room_id) FROM dwd.a a FULL OUTER JOIN dwd.b b ON a.room_id = b.room_id;
-- ----
SELECT a.room_id, b.d FROM dwd.a a CROSS JOIN dim.d b;
-- ----
SELECT a.room_id FROM dwd.a a LEFT SEMI JOIN dwd.b b ON a.room_id = b.room_id;
-- ----
SELECT a.x, b.y FROM dwd.a a, dwd.b b WHERE a.id = b.id;
-- ----
SELECT a.x FROM dwd.a a
JOIN dwd.b b ON a.id = b.id
LEFT JOIN dwd.c c ON b.id = c.id
JOIN (SELECT id FROM dwd.d) d ON d.id = a.id;
-- ----
SELECT room_id, tag FROM ods.ods_live_gift_log LATERAL VIEW explode(tags) t AS tag;
-- ----
SELECT room_id, k, v FROM ods.ods_live_gift_log LATERAL VIEW OUTER explode(ext) e AS k, v;
-- ----
SELECT room_id, pos, tag, n FROM ods.ods_live_gift_log
LATERAL VIEW posexplode(tags) t AS pos, tag
LATERAL VIEW explode(array(1, 2)) x AS n;
-- ----
SELECT j.room_id, j.uid FROM ods.ods_json_log l
LATERAL VIEW json_tuple(l.line, 'room_id', 'uid') j AS room_id, uid;
-- ----
SELECT explode(tags) AS tag FROM ods.ods_live_gift_log;
-- ----
SELECT stack(2, 'a', 1, 'b', 2) AS (k, v);
