-- Source: Spark SQL reference, "DESCRIBE DATABASE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-describe-database.html (apache/spark docs/sql-ref-syntax-aux-describe-database.md).
-- Create employees DATABASE
CREATE DATABASE employees COMMENT 'For software companies';
-- ----
-- Describe employees DATABASE.
-- Returns Database Name, Description and Root location of the filesystem
-- for the employees DATABASE.
DESCRIBE DATABASE employees;
-- ----
-- Alter employees database to set DBPROPERTIES
ALTER DATABASE employees SET DBPROPERTIES ('Create-by' = 'Kevin', 'Create-date' = '09/01/2019');
-- ----
-- Describe employees DATABASE with EXTENDED option to return additional database properties
DESCRIBE DATABASE EXTENDED employees;
-- ----
-- Create deployment SCHEMA
CREATE SCHEMA deployment COMMENT 'Deployment environment';
-- ----
-- Describe deployment, the DATABASE and SCHEMA are interchangeable, their meaning are the same.
DESC DATABASE deployment;
