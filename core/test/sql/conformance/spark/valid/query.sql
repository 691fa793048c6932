-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
SELECT room_id, count(*) AS pv, count(DISTINCT user_id) AS uv
FROM dwd.dwd_live_room_watch_di
WHERE p_date BETWEEN '2024-01-01' AND '2024-01-07'
GROUP BY room_id
HAVING count(*) > 10
ORDER BY pv DESC
LIMIT 100;
-- ----
WITH a AS (SELECT room_id, user_id FROM dwd.dwd_live_room_watch_di),
     b AS (SELECT room_id, count(1) AS c FROM a GROUP BY room_id)
SELECT * FROM b WHERE c > 1;
-- ----
SELECT room_id,
       CASE WHEN watch_sec >= 3600 THEN 'long'
            WHEN watch_sec >= 60 THEN 'mid'
            ELSE 'short' END AS bucket,
       CASE client WHEN 'ios' THEN 1 WHEN 'android' THEN 2 END AS client_code
FROM dwd.dwd_live_room_watch_di;
-- ----
SELECT CAST(amount AS DECIMAL(10, 2)) AS a, cast(room_id AS STRING) AS r, TRY_CAST('x' AS INT) AS t
FROM dwd.dwd_live_gift_di;
-- ----
SELECT user_id FROM dwd.a
UNION ALL
SELECT user_id FROM dwd.b
UNION
SELECT user_id FROM dwd.c;
-- ----
SELECT user_id FROM dwd.a INTERSECT SELECT user_id FROM dwd.b;
-- ----
SELECT user_id FROM dwd.a EXCEPT SELECT user_id FROM dwd.b;
-- ----
SELECT * FROM dwd.t WHERE room_id IN (SELECT room_id FROM dim.dim_room WHERE is_test = 0);
-- ----
SELECT * FROM dwd.t t WHERE EXISTS (SELECT 1 FROM dim.dim_room r WHERE r.room_id = t.room_id);
-- ----
SELECT * FROM dwd.t WHERE room_id NOT IN (1, 2, 3) AND nick LIKE 'a%' AND nick IS NOT NULL AND NOT (a <=> b);
-- ----
SELECT x.room_id, x.c FROM (SELECT room_id, count(1) AS c FROM dwd.t GROUP BY room_id) x WHERE x.c > (SELECT avg(c) FROM dws.s);
-- ----
SELECT room_id, client, sum(watch_sec) FROM dwd.t GROUP BY GROUPING SETS ((room_id, client), (room_id), ());
-- ----
SELECT room_id, client, sum(watch_sec) FROM dwd.t GROUP BY ROLLUP (room_id, client);
-- ----
SELECT room_id, client, sum(watch_sec), grouping_id() FROM dwd.t GROUP BY CUBE (room_id, client);
-- ----
SELECT device.os, tags[0], ext['k'], size(tags), transform(tags, x -> upper(x)) FROM ods.ods_live_gift_log;
-- ----
SELECT date_format(to_date(p_date), 'yyyyMMdd'), date_add(p_date, 1), concat_ws(',', collect_set(nick))
FROM dim.dim_user GROUP BY p_date;
-- ----
SELECT room_id, INTERVAL 1 DAY, current_date(), current_timestamp() FROM dwd.t;
-- ----
SELECT count(*) FILTER (WHERE watch_sec > 60) FROM dwd.t;
-- ----
VALUES (1, 'a'), (2, 'b');
-- ----
SELECT get_json_object(payload, '$.room_id') AS room_id, from_json(payload, 'a INT') AS j FROM ods.ods_app_event_log;
-- ----
SELECT `select`, `from-col` FROM `db`.`weird table`;
-- ----
SELECT 1 AS one, 'two' AS two, 3.5e2 AS three, true, NULL, -4, X'1F';
-- ----
SELECT room_id FROM dwd.t SORT BY room_id;
-- ----
SELECT room_id FROM dwd.t CLUSTER BY room_id;
