-- Source: Hive documentation, Kudu Integration, https://hive.apache.org/docs/latest/user/kudu-integration/ (apache/hive-site content/docs/latest/user/kudu-integration.md).
CREATE EXTERNAL TABLE kudu_table (foo INT, bar STRING, baz DOUBLE)
STORED BY 'org.apache.hadoop.hive.kudu.KuduStorageHandler'
TBLPROPERTIES (
  "kudu.table_name"="default.kudu_table",
  "kudu.master_addresses"="localhost:7051"
);
-- ----
INSERT INTO kudu_table SELECT * FROM other_table;
-- ----
INSERT INTO TABLE kudu_table
VALUES (1, 'test 1', 1.1), (2, 'test 2', 2.2);
