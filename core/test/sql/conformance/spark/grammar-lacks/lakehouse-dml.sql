-- Source: Apache Iceberg Spark docs (https://iceberg.apache.org/docs/latest/spark-writes/, spark-queries/, spark-ddl/) and Delta Lake docs (https://docs.delta.io/latest/delta-update.html, delta-batch.html): row-level DML and time travel that Spark SQL parses for table formats; examples as given there, names kept.
-- Documented syntax that dt-sql-parser's grammar for this dialect rejects (same sources as the valid/ file of this name).
MERGE INTO prod.db.target t
USING (SELECT * FROM updates) u ON t.id = u.id
WHEN MATCHED THEN UPDATE SET t.count = t.count + u.count
WHEN NOT MATCHED THEN INSERT *;
-- ----
MERGE INTO prod.db.target t
USING prod.db.source s
ON t.id = s.id
WHEN MATCHED AND s.op = 'delete' THEN DELETE
WHEN MATCHED AND t.count IS NULL AND s.op = 'increment' THEN UPDATE SET t.count = 0
WHEN MATCHED AND s.op = 'increment' THEN UPDATE SET t.count = t.count + 1
WHEN NOT MATCHED THEN INSERT *;
-- ----
DELETE FROM prod.db.table
WHERE ts >= '2020-05-01 00:00:00' and ts < '2020-06-01 00:00:00';
-- ----
DELETE FROM prod.db.all_events
WHERE session_time < (SELECT min(session_time) FROM prod.db.good_events);
-- ----
UPDATE prod.db.table
SET c1 = 'update_c1', c2 = 'update_c2'
WHERE ts >= '2020-05-01 00:00:00' and ts < '2020-06-01 00:00:00';
-- ----
UPDATE prod.db.all_events
SET session_time = 0, ignored = true
WHERE session_time < (SELECT min(session_time) FROM prod.db.good_events);
-- ----
INSERT OVERWRITE prod.my_app.logs
SELECT uuid, first(level), first(ts), first(message)
FROM prod.my_app.logs
WHERE cast(ts as date) = '2020-07-01'
GROUP BY uuid;
-- ----
INSERT INTO prod.db.table SELECT * FROM prod.db.other_table;
-- ----
SELECT * FROM prod.db.table TIMESTAMP AS OF '1986-10-26 01:21:00';
-- ----
SELECT * FROM prod.db.table VERSION AS OF 10963874102873;
-- ----
SELECT * FROM prod.db.table VERSION AS OF 'historical-snapshot';
-- ----
SELECT * FROM prod.db.table FOR SYSTEM_TIME AS OF '1986-10-26 01:21:00';
-- ----
SELECT * FROM prod.db.table FOR SYSTEM_VERSION AS OF 10963874102873;
-- ----
SELECT * FROM prod.db.table TIMESTAMP AS OF 499162860;
-- ----
CREATE TABLE prod.db.sample (id bigint, data string, category string, ts timestamp)
USING iceberg
PARTITIONED BY (bucket(16, id), days(ts), category);
-- ----
CREATE TABLE prod.db.sample USING iceberg PARTITIONED BY (part) TBLPROPERTIES ('key'='value') AS SELECT * FROM source;
-- ----
ALTER TABLE prod.db.sample ADD COLUMNS (new_column string comment 'new_column docs');
-- ----
ALTER TABLE prod.db.sample RENAME COLUMN data TO payload;
-- ----
ALTER TABLE prod.db.sample ALTER COLUMN measurement TYPE double;
-- ----
ALTER TABLE prod.db.sample DROP COLUMN id;
