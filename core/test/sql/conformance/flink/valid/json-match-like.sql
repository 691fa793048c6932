REMOVE JAR '/opt/flink/udf.jar';
-- ----
SHOW JARS;
-- ----
UNLOAD MODULE hive;
-- ----
USE MODULES hive, core;
-- ----
SHOW FULL MODULES;
-- ----
RESET;
-- ----
SELECT JSON_VALUE(payload, '$.room_id' RETURNING BIGINT DEFAULT -1 ON EMPTY NULL ON ERROR) AS room_id
FROM kafka_gift;
-- ----
SELECT JSON_VALUE('{"a": true}', 'strict $.b' ERROR ON ERROR) FROM kafka_gift;
-- ----
SELECT JSON_QUERY(payload, '$.tags' WITH CONDITIONAL ARRAY WRAPPER EMPTY ARRAY ON EMPTY),
       JSON_QUERY(payload, '$.a' WITHOUT WRAPPER NULL ON ERROR)
FROM kafka_gift;
-- ----
SELECT JSON_QUERY(payload, '$.items' RETURNING ARRAY<STRING>) FROM kafka_gift;
-- ----
SELECT room_id FROM kafka_gift WHERE JSON_EXISTS(payload, '$.gift' FALSE ON ERROR);
-- ----
SELECT JSON_OBJECT(KEY 'room' VALUE room_id, KEY 'amount' VALUE amount ABSENT ON NULL) FROM kafka_gift;
-- ----
SELECT JSON_OBJECT('tags' VALUE JSON_ARRAY(room_id, 'x' NULL ON NULL)) FROM kafka_gift;
-- ----
SELECT room_id, JSON_OBJECTAGG(KEY sender_id VALUE amount) AS senders FROM kafka_gift GROUP BY room_id;
-- ----
SELECT room_id, JSON_ARRAYAGG(sender_id ABSENT ON NULL) AS senders FROM kafka_gift GROUP BY room_id;
-- ----
SELECT JSON_STRING(room_id) FROM kafka_gift WHERE payload IS JSON OBJECT;
-- ----
SELECT *
FROM ticker
MATCH_RECOGNIZE (
  PARTITION BY symbol
  ORDER BY rowtime
  MEASURES
    START_ROW.rowtime AS start_tstamp,
    LAST(PRICE_DOWN.rowtime) AS bottom_tstamp,
    LAST(PRICE_UP.rowtime) AS end_tstamp
  ONE ROW PER MATCH
  AFTER MATCH SKIP TO LAST PRICE_UP
  PATTERN (START_ROW PRICE_DOWN+ PRICE_UP)
  DEFINE
    PRICE_DOWN AS PRICE_DOWN.price < START_ROW.price,
    PRICE_UP AS PRICE_UP.price > START_ROW.price
) MR;
-- ----
SELECT *
FROM ticker
MATCH_RECOGNIZE (
  PARTITION BY symbol
  ORDER BY rowtime
  MEASURES
    AVG(A.price) AS avg_price,
    SUM(A.tax) AS total_tax
  ALL ROWS PER MATCH
  AFTER MATCH SKIP PAST LAST ROW
  PATTERN (A+ B) WITHIN INTERVAL '1' HOUR
  DEFINE
    A AS AVG(A.price) < 15
);
-- ----
SELECT * FROM (SELECT * FROM ticker) MATCH_RECOGNIZE (ORDER BY rowtime MEASURES A.price AS p PATTERN (A B{2,}) DEFINE A AS A.price > 1);
-- ----
CREATE TEMPORARY TABLE kafka_gift_copy (
  note STRING,
  WATERMARK FOR event_time AS event_time - INTERVAL '1' SECOND
) WITH (
  'topic' = 'live_gift_copy'
)
LIKE kafka_gift (
  EXCLUDING ALL
  INCLUDING GENERATED
  OVERWRITING WATERMARKS
  EXCLUDING PARTITIONS
);
