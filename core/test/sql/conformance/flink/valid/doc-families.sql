-- Source: Flink documentation — System (Built-in) Functions (temporal functions, JSON functions, value construction), Data Types (interval literals) and Identifiers (case-sensitive names), https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/functions/systemfunctions/ and https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/overview/: the documented forms instantiated in queries.
SELECT TIMESTAMPDIFF(DAY, TIMESTAMP '2003-01-02 10:00:00', TIMESTAMP '2003-01-03 10:00:00');
-- ----
SELECT TIMESTAMPDIFF(MONTH, DATE '2003-01-02', DATE '2003-03-02');
-- ----
SELECT TIMESTAMPADD(WEEK, 1, DATE '2003-01-02');
-- ----
SELECT TIMESTAMPADD(HOUR, 1, TIMESTAMP '2003-01-02 10:00:00');
-- ----
SELECT INTERVAL '10 00:00:00.004' DAY TO SECOND;
-- ----
SELECT INTERVAL '10' DAY;
-- ----
SELECT INTERVAL '2-10' YEAR TO MONTH;
-- ----
SELECT ts + INTERVAL '1' HOUR, ts - INTERVAL '30' MINUTE FROM clicks;
-- ----
SELECT * FROM clicks WHERE ts BETWEEN CURRENT_TIMESTAMP - INTERVAL '1' DAY AND CURRENT_TIMESTAMP;
-- ----
SELECT JSON_VALUE('{"a": {"b": 1}}', '$.a.b' RETURNING INTEGER NULL ON EMPTY);
-- ----
SELECT JSON_VALUE(payload, '$.price' RETURNING DECIMAL(10, 2) DEFAULT 0 ON EMPTY ERROR ON ERROR) FROM orders;
-- ----
SELECT JSON_QUERY(payload, '$.items' WITH ARRAY WRAPPER) FROM orders;
-- ----
SELECT JSON_QUERY(payload, '$.items' WITHOUT ARRAY WRAPPER NULL ON EMPTY) FROM orders;
-- ----
SELECT JSON_EXISTS(payload, '$.coupon' FALSE ON ERROR) FROM orders;
-- ----
SELECT JSON_OBJECT('id' VALUE id, 'tags' VALUE JSON_ARRAY(tag1, tag2)) FROM orders;
-- ----
SELECT JSON_ARRAYAGG(item ABSENT ON NULL) FROM order_items GROUP BY order_id;
-- ----
SELECT JSON_OBJECTAGG(KEY k VALUE v NULL ON NULL) FROM kv GROUP BY grp;
-- ----
SELECT `UserId`, userName, `user` FROM `MyCatalog`.`MyDb`.`UserTable`;
-- ----
SELECT o.`Amount` * 2 AS `DoubleAmount` FROM Orders AS o;
-- ----
CREATE TABLE `Mixed_Case` (`Id` INT, `Name` STRING) WITH ('connector' = 'datagen');
-- ----
CREATE TABLE t_like_opts (extra STRING) WITH ('connector' = 'print') LIKE Orders (EXCLUDING ALL INCLUDING GENERATED);
-- ----
SELECT * FROM Orders /*+ OPTIONS('scan.startup.mode' = 'earliest-offset') */;
-- ----
SELECT /*+ LOOKUP('table'='Customers', 'retry-predicate'='lookup_miss', 'retry-strategy'='fixed_delay', 'fixed-delay'='10s', 'max-attempts'='3') */ o.order_id, c.country
FROM Orders AS o JOIN Customers FOR SYSTEM_TIME AS OF o.proc_time AS c ON o.customer_id = c.id;
-- ----
SELECT * FROM Orders AS o LEFT JOIN LATERAL TABLE(split_words(o.tags)) AS t(word) ON TRUE;
-- ----
SELECT o.id, t.word FROM Orders AS o, LATERAL TABLE(split_words(o.tags)) AS t(word);
-- ----
SELECT * FROM Orders CROSS JOIN UNNEST(tags) AS t (tag);
