-- Source: Apache Iceberg Spark docs (https://iceberg.apache.org/docs/latest/spark-writes/, spark-queries/, spark-ddl/) and Delta Lake docs (https://docs.delta.io/latest/delta-update.html, delta-batch.html): row-level DML and time travel that Spark SQL parses for table formats; examples as given there, names kept.
MERGE INTO people10m
USING people10mupdates
ON people10m.id = people10mupdates.id
WHEN MATCHED THEN
  UPDATE SET
    id = people10mupdates.id,
    firstName = people10mupdates.firstName,
    lastName = people10mupdates.lastName
WHEN NOT MATCHED
  THEN INSERT (
    id,
    firstName,
    lastName
  )
  VALUES (
    people10mupdates.id,
    people10mupdates.firstName,
    people10mupdates.lastName
  );
-- ----
MERGE INTO target USING source
ON source.key = target.key
WHEN MATCHED THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
WHEN NOT MATCHED BY SOURCE THEN DELETE;
-- ----
DELETE FROM people10m WHERE birthDate < '1955-01-01';
-- ----
UPDATE people10m SET gender = 'Female' WHERE gender = 'F';
-- ----
SELECT * FROM people10m TIMESTAMP AS OF '2018-10-18T22:15:12.013Z';
-- ----
SELECT * FROM delta.`/tmp/delta/people10m` VERSION AS OF 123;
-- ----
SELECT count(*) FROM my_table TIMESTAMP AS OF date_sub(current_date(), 1);
-- ----
CREATE TABLE IF NOT EXISTS events USING DELTA LOCATION '/delta/events';
-- ----
CREATE TABLE student_copy LIKE student USING parquet;
-- ----
SELECT * FROM db.events VERSION AS OF 3;
-- ----
SELECT * FROM db.events TIMESTAMP AS OF '2024-01-01 00:00:00';
-- ----
SELECT * FROM events VERSION AS OF 12 WHERE event_type = 'click';
-- ----
SELECT * FROM db.events FOR SYSTEM_TIME AS OF '2024-01-01';
-- ----
MERGE INTO db.target t USING db.source s ON t.id = s.id
WHEN MATCHED AND s.op = 'delete' THEN DELETE
WHEN MATCHED THEN UPDATE SET t.count = s.count
WHEN NOT MATCHED THEN INSERT (id, count) VALUES (s.id, s.count);
-- ----
UPDATE db.events SET ignored = true WHERE event_time < '2024-01-01';
-- ----
DELETE FROM db.events WHERE event_time < '2024-01-01';
-- ----
CREATE TABLE db.sample (id bigint, data string, ts timestamp) USING iceberg PARTITIONED BY (bucket(16, id), days(ts));
