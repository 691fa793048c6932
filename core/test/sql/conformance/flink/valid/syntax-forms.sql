-- Spark/Hive syntax of issue 6 item 1 (and time-unit arguments) that the reference grammar accepts.
SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS t(a, b);
-- ----
VALUES 1, 2;
-- ----
SELECT INTERVAL '-1-1' YEAR TO MONTH;
-- ----
SELECT - INTERVAL '1-1' YEAR TO MONTH;
-- ----
SELECT INTERVAL '1 2:03:04' DAY TO SECOND;
-- ----
SELECT INTERVAL '1 2:03:04.123' DAY TO SECOND;
-- ----
SELECT INTERVAL '2:03' HOUR TO MINUTE;
-- ----
SELECT INTERVAL 1 YEAR 2 MONTHS 3 DAYS;
-- ----
SELECT INTERVAL 1 YEAR 2 MONTH;
-- ----
SELECT INTERVAL '3' DAY;
-- ----
SELECT INTERVAL 3 DAYS;
-- ----
SELECT INTERVAL '3' DAYS;
-- ----
SELECT INTERVAL 1 DAY - INTERVAL 2 HOURS;
-- ----
SELECT INTERVAL '1 day 2 hours';
-- ----
SELECT INTERVAL '1' YEAR '2' MONTH;
-- ----
SELECT INTERVAL -1 DAY;
-- ----
SELECT INTERVAL 2 WEEKS;
-- ----
SELECT ts + INTERVAL '1' DAY FROM t;
-- ----
SELECT EXTRACT('day', ts) FROM t;
-- ----
SELECT EXTRACT(day, ts) FROM t;
-- ----
SELECT date_part('MONTH', ts) FROM t;
-- ----
SELECT STRUCT(a, b) FROM t;
-- ----
SELECT named_struct('x', a) FROM t;
-- ----
SELECT 1 /* unclosed /* nested */;
-- ----
SELECT * FROM t FOR SYSTEM_TIME AS OF '2024-01-01';
-- ----
SELECT /* a */ 1;
-- ----
SELECT 1 /* a */;
-- ----
SELECT /* a /* b */ 1;
-- ----
SELECT /* a /* b */ */ 1 FROM t;
-- ----
SELECT sort, a FROM t WHERE sort IS NOT NULL;
-- ----
SELECT a sort, b FROM t;
-- ----
SELECT interval, a FROM t WHERE interval IS NOT NULL;
-- ----
SELECT a interval, b FROM t;
-- ----
SELECT key, a FROM t WHERE key IS NOT NULL;
-- ----
SELECT a key, b FROM t;
-- ----
SELECT type, a FROM t WHERE type IS NOT NULL;
-- ----
SELECT a type, b FROM t;
-- ----
SELECT location, a FROM t WHERE location IS NOT NULL;
-- ----
SELECT a location, b FROM t;
-- ----
SELECT data, a FROM t WHERE data IS NOT NULL;
-- ----
SELECT a data, b FROM t;
-- ----
SELECT format, a FROM t WHERE format IS NOT NULL;
-- ----
SELECT a format, b FROM t;
-- ----
SELECT distribute, a FROM t WHERE distribute IS NOT NULL;
-- ----
SELECT a distribute, b FROM t;
-- ----
SELECT regexp, a FROM t WHERE regexp IS NOT NULL;
-- ----
SELECT a regexp, b FROM t;
-- ----
SELECT TIMESTAMPDIFF(DAY, a, b), TIMESTAMPADD(HOUR, 1, ts) FROM t;
-- ----
SELECT a FROM t LIMIT ALL;
-- ----
SELECT INTERVAL '2-10' YEAR TO MONTH, INTERVAL '1 10:30:00' DAY TO SECOND, INTERVAL '10' MINUTE;
-- ----
SELECT TIMESTAMPADD(WEEK, 1, DATE '2003-01-02'), TIMESTAMPDIFF(MONTH, TIMESTAMP '2003-01-02 10:00:00', TIMESTAMP '2003-02-02 10:00:00');
