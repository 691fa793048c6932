-- Source: Spark SQL reference, "CREATE TABLE LIKE", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-create-table-like.html (apache/spark docs/sql-ref-syntax-ddl-create-table-like.md).
-- Create table using an existing table
CREATE TABLE Student_Dupli like Student;
-- ----
-- Create table like using a data source
CREATE TABLE Student_Dupli like Student USING CSV;
-- ----
-- Table is created as external table at the location specified
CREATE TABLE Student_Dupli like Student location  '/root1/home';
-- ----
-- Create table like using a rowformat
CREATE TABLE Student_Dupli like Student
    ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
    STORED AS TEXTFILE
    TBLPROPERTIES ('owner'='xxxx');
