-- Source: Flink connector documentation, "JDBC", https://nightlies.apache.org/flink/flink-docs-stable/docs/connectors/table/jdbc/ (apache/flink-connector-jdbc docs/content/docs/connectors/table/jdbc.md).
-- register a MySQL table 'users' in Flink SQL
CREATE TABLE MyUserTable (
  id BIGINT,
  name STRING,
  age INT,
  status BOOLEAN,
  PRIMARY KEY (id) NOT ENFORCED
) WITH (
   'connector' = 'jdbc',
   'url' = 'jdbc:mysql://localhost:3306/mydatabase',
   'table-name' = 'users'
);
-- ----
-- write data into the JDBC table from the other table "T"
INSERT INTO MyUserTable
SELECT id, name, age, status FROM T;
-- ----
-- scan data from the JDBC table
SELECT id, name, age, status FROM MyUserTable;
-- ----
-- temporal join the JDBC table as a dimension table
SELECT * FROM myTopic
LEFT JOIN MyUserTable FOR SYSTEM_TIME AS OF myTopic.proctime
ON myTopic.key = MyUserTable.id;
-- ----
CREATE CATALOG my_catalog WITH(
    'type' = 'jdbc',
    'default-database' = '...',
    'username' = '...',
    'password' = '...',
    'base-url' = '...'
);
-- ----
USE CATALOG my_catalog;
-- ----
-- scan table 'test_table' of 'public' schema (i.e. the default schema), the schema name can be omitted
SELECT * FROM mypg.mydb.test_table;
-- ----
SELECT * FROM mydb.test_table;
-- ----
SELECT * FROM test_table;
-- ----
SELECT * FROM `custom_schema.test_table2`;
-- ----
-- scan table 'test_table', the default database is 'mydb'.
SELECT * FROM mysql_catalog.mydb.test_table;
-- ----
-- scan table 'test_table' with the given database.
SELECT * FROM mysql_catalog.given_database.test_table2;
-- ----
SELECT * FROM given_database.test_table2;
-- ----
SELECT * FROM crate.doc.test_table;
-- ----
SELECT * FROM doc.test_table;
-- ----
-- scan table 'test_table', the default database or schema is 'mydb'.
SELECT * FROM oceanbase_catalog.mydb.test_table;
-- ----
-- scan table 'test_table' with the given database or schema.
SELECT * FROM oceanbase_catalog.given_database.test_table2;
