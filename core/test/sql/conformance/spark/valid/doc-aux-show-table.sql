-- Source: Spark SQL reference, "SHOW TABLE EXTENDED", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-show-table.html (apache/spark docs/sql-ref-syntax-aux-show-table.md).
-- Assumes `employee` table created with partitioned by column `grade`
CREATE TABLE employee(name STRING, grade INT) PARTITIONED BY (grade);
-- ----
INSERT INTO employee PARTITION (grade = 1) VALUES ('sam');
-- ----
INSERT INTO employee PARTITION (grade = 2) VALUES ('suj');
-- ----
 -- Show the details of the table
SHOW TABLE EXTENDED LIKE 'employee';
-- ----
-- show partition file system details with regex fails as shown below
SHOW TABLE EXTENDED  IN default LIKE 'empl*' PARTITION (grade=1);
