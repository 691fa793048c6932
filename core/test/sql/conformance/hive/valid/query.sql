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
       CASE WHEN watch_sec >= 3600 THEN 'long' WHEN watch_sec >= 60 THEN 'mid' ELSE 'short' END AS bucket,
       CASE client WHEN 'ios' THEN 1 ELSE 0 END AS is_ios,
       if(watch_sec > 0, 1, 0) AS active,
       nvl(client, 'unknown') AS client
FROM dwd.dwd_live_room_watch_di;
-- ----
SELECT CAST(amount AS DECIMAL(10,2)), CAST(room_id AS STRING) FROM dwd.dwd_gift_di;
-- ----
SELECT user_id FROM dwd.a UNION ALL SELECT user_id FROM dwd.b;
-- ----
SELECT user_id FROM dwd.a UNION DISTINCT SELECT user_id FROM dwd.b;
-- ----
SELECT * FROM dwd.t WHERE room_id IN (SELECT room_id FROM dim.dim_room WHERE is_test = 0);
-- ----
SELECT * FROM dwd.t t WHERE EXISTS (SELECT 1 FROM dim.dim_room r WHERE r.room_id = t.room_id);
-- ----
SELECT * FROM dwd.t WHERE room_id NOT IN (1, 2) AND nick RLIKE '^a' AND nick LIKE 'a%' AND nick IS NOT NULL;
-- ----
SELECT x.room_id, x.c FROM (SELECT room_id, count(1) AS c FROM dwd.t GROUP BY room_id) x WHERE x.c > 1;
-- ----
SELECT room_id, client, sum(watch_sec) FROM dwd.t GROUP BY room_id, client GROUPING SETS ((room_id, client), room_id, ());
-- ----
SELECT room_id, client, sum(watch_sec) FROM dwd.t GROUP BY room_id, client WITH ROLLUP;
-- ----
SELECT room_id, client, sum(watch_sec), GROUPING__ID FROM dwd.t GROUP BY room_id, client WITH CUBE;
-- ----
SELECT device.os, tags[0], ext['k'], size(tags) FROM ods.ods_live_gift_log;
-- ----
SELECT from_unixtime(unix_timestamp(p_date, 'yyyy-MM-dd'), 'yyyyMMdd'), date_sub(p_date, 7), concat_ws(',', collect_set(nick))
FROM dim.dim_user GROUP BY p_date;
-- ----
SELECT get_json_object(line, '$.room_id') AS room_id FROM ods.ods_json_log;
-- ----
SELECT room_id FROM dwd.t DISTRIBUTE BY room_id SORT BY room_id DESC;
-- ----
SELECT room_id FROM dwd.t CLUSTER BY room_id;
-- ----
SELECT `user`, `date` FROM dwd.`order`;
-- ----
SELECT 1, 'a', 2.5, true, NULL, -3;
