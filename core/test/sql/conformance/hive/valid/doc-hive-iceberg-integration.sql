-- Source: Hive documentation, Hive-Iceberg Integration, https://hive.apache.org/docs/latest/user/hive-iceberg-integration/ (apache/hive-site content/docs/latest/user/hive-iceberg-integration.md).
CREATE TABLE TBL_ICE (ID INT) STORED BY ICEBERG;
-- ----
CREATE TABLE V2_TABLE (ID INT) STORED BY ICEBERG TBLPROPERTIES ('format-version'='2');
-- ----
CREATE TABLE ORC_TABLE (ID INT) STORED BY ICEBERG STORED AS ORC;
-- ----
CREATE TABLE V2_ORC_TABLE (ID INT) STORED BY ICEBERG STORED AS ORC TBLPROPERTIES ('format-version'='2');
-- ----
CREATE TABLE tbl_x (id int) STORED BY ICEBERG TBLPROPERTIES (
    'write.delete.mode'='copy-on-write',
    'write.update.mode'='copy-on-write',
    'write.merge.mode'='copy-on-write'
);
-- ----
SELECT * FROM TBL_ICE WHERE ID > 5;
-- ----
INSERT INTO TBL_ICE VALUES (1),(2),(3),(4);
-- ----
DELETE FROM TBL_ICE WHERE ID=5;
-- ----
LOAD DATA LOCAL INPATH '/data/files/doctors.avro' OVERWRITE INTO TABLE ice_avro;
