-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
INSERT INTO ads_room_gift_rt
SELECT room_id, window_start, sum(amount)
FROM TABLE(TUMBLE(TABLE kafka_gift, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))
GROUP BY room_id, window_start, window_end;
-- ----
INSERT INTO ads_room_gift_rt
SELECT room_id, window_start, sum(amount)
FROM TABLE(HOP(TABLE kafka_gift, DESCRIPTOR(event_time), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE))
GROUP BY room_id, window_start, window_end;
-- ----
INSERT INTO ads_room_gift_rt
SELECT room_id, window_start, sum(amount)
FROM TABLE(CUMULATE(TABLE kafka_gift, DESCRIPTOR(event_time), INTERVAL '1' MINUTE, INTERVAL '1' HOUR))
GROUP BY room_id, window_start, window_end;
-- ----
INSERT INTO ads_room_gift_rt
SELECT room_id, window_start, sum(amount)
FROM TABLE(TUMBLE(DATA => TABLE kafka_gift, TIMECOL => DESCRIPTOR(event_time), SIZE => INTERVAL '10' SECOND))
GROUP BY room_id, window_start, window_end;
-- ----
INSERT INTO ads_room_gift_rt
SELECT room_id, TUMBLE_START(event_time, INTERVAL '1' MINUTE), sum(amount)
FROM kafka_gift
GROUP BY room_id, TUMBLE(event_time, INTERVAL '1' MINUTE);
-- ----
INSERT OVERWRITE ck_sink PARTITION (room_id = 1) SELECT pv, tags, ext, device FROM src;
-- ----
INSERT INTO ck_sink (room_id, pv) SELECT room_id, count(*) FROM kafka_watch GROUP BY room_id;
-- ----
EXECUTE STATEMENT SET
BEGIN
  INSERT INTO print_sink SELECT * FROM kafka_gift;
  INSERT INTO ads_room_gift_rt SELECT room_id, CAST(NULL AS TIMESTAMP(3)), amount FROM kafka_gift;
END;
-- ----
BEGIN STATEMENT SET;
INSERT INTO print_sink SELECT * FROM kafka_gift;
INSERT INTO gift_copy SELECT room_id, amount FROM kafka_gift;
END;
-- ----
INSERT INTO ads_room_gift_rt
SELECT room_id, window_start, amount FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY amount DESC) AS rn
  FROM TABLE(TUMBLE(TABLE kafka_gift, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))
) WHERE rn <= 10;
-- ----
INSERT INTO print_sink
SELECT room_id, sender_id, amount, event_time FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY sender_id ORDER BY proc_time ASC) AS rn FROM kafka_gift
) WHERE rn = 1;
-- ----
INSERT INTO print_sink /*+ OPTIONS('sink.parallelism' = '2') */
SELECT * FROM kafka_gift /*+ OPTIONS('scan.startup.mode' = 'earliest-offset') */;
