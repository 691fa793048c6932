-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
SELECT g.room_id, u.nick, g.amount
FROM kafka_gift AS g
JOIN dim_user FOR SYSTEM_TIME AS OF g.proc_time AS u
ON g.sender_id = u.user_id;
-- ----
SELECT g.room_id, u.nick FROM kafka_gift AS g LEFT JOIN dim_user FOR SYSTEM_TIME AS OF g.proc_time AS u ON g.sender_id = u.user_id;
-- ----
SELECT w.room_id, g.amount
FROM kafka_watch w
JOIN kafka_gift g ON w.room_id = g.room_id
AND g.event_time BETWEEN w.`ts` - INTERVAL '1' HOUR AND w.`ts`;
-- ----
SELECT a.room_id FROM kafka_watch a FULL OUTER JOIN kafka_gift b ON a.room_id = b.room_id;
-- ----
SELECT a.room_id FROM kafka_watch a RIGHT JOIN kafka_gift b ON a.room_id = b.room_id;
-- ----
SELECT a.room_id, b.nick FROM kafka_watch a CROSS JOIN dim_user b;
-- ----
SELECT room_id, tag FROM src CROSS JOIN UNNEST(tags) AS t (tag);
-- ----
SELECT room_id, tag FROM src, LATERAL TABLE(split_tags(tags_str)) AS t(tag);
-- ----
SELECT room_id, tag FROM src LEFT JOIN LATERAL TABLE(split_tags(tags_str)) AS t(tag) ON TRUE;
-- ----
WITH big AS (SELECT room_id, amount FROM kafka_gift WHERE amount > 100)
SELECT room_id, count(*) FROM big GROUP BY room_id;
-- ----
SELECT room_id,
       CASE WHEN amount > 100 THEN 'big' WHEN amount > 10 THEN 'mid' ELSE 'small' END AS level,
       COALESCE(CAST(sender_id AS STRING), 'n/a') AS sender
FROM kafka_gift;
-- ----
SELECT room_id FROM kafka_gift UNION ALL SELECT room_id FROM kafka_watch;
-- ----
SELECT room_id FROM kafka_gift INTERSECT SELECT room_id FROM kafka_watch;
-- ----
SELECT room_id FROM kafka_gift EXCEPT SELECT room_id FROM kafka_watch;
-- ----
SELECT * FROM kafka_gift WHERE room_id IN (SELECT room_id FROM v_rooms) AND sender_id NOT IN (1, 2);
-- ----
SELECT * FROM kafka_gift g WHERE EXISTS (SELECT 1 FROM dim_user u WHERE u.user_id = g.sender_id);
-- ----
SELECT room_id, sum(amount) FROM kafka_gift GROUP BY GROUPING SETS ((room_id), ());
-- ----
SELECT room_id, sender_id, sum(amount) FROM kafka_gift GROUP BY ROLLUP (room_id, sender_id);
-- ----
SELECT room_id, sender_id, sum(amount) FROM kafka_gift GROUP BY CUBE (room_id, sender_id) HAVING sum(amount) > 0;
-- ----
SELECT room_id, sum(amount) OVER (PARTITION BY room_id ORDER BY proc_time ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) AS last_10 FROM kafka_gift;
-- ----
SELECT room_id, count(*) OVER w AS last_hour FROM kafka_gift WINDOW w AS (PARTITION BY room_id ORDER BY event_time RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW);
-- ----
SELECT DATE_FORMAT(event_time, 'yyyy-MM-dd'), TO_TIMESTAMP('2024-01-01 00:00:00'), UNIX_TIMESTAMP(), CURRENT_TIMESTAMP FROM kafka_gift;
-- ----
SELECT JSON_VALUE(payload, '$.room_id'), device.os, tags[1], ext['k'], CARDINALITY(tags) FROM src;
-- ----
SELECT room_id, LISTAGG(nick, ',') FROM src GROUP BY room_id;
-- ----
SELECT * FROM kafka_gift
MATCH_RECOGNIZE (
  PARTITION BY room_id
  ORDER BY event_time
  MEASURES A.amount AS first_amount
  ONE ROW PER MATCH
  AFTER MATCH SKIP PAST LAST ROW
  PATTERN (A B)
  DEFINE A AS A.amount > 10, B AS B.amount > A.amount
);
-- ----
SELECT 1, 'a', 2.5, TRUE, NULL, -3, DATE '2024-01-01', TIMESTAMP '2024-01-01 00:00:00';
-- ----
SELECT id, name FROM (VALUES (1, 'a'), (2, 'b')) AS t (id, name);
-- ----
SELECT * FROM kafka_gift ORDER BY event_time LIMIT 10;
