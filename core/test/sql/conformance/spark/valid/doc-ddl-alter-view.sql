-- Source: Spark SQL reference, "ALTER VIEW", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-alter-view.html (apache/spark docs/sql-ref-syntax-ddl-alter-view.md).
ALTER VIEW view_identifier RENAME TO view_identifier;
-- ----
-- Rename only changes the view name.
-- The source and target databases of the view have to be the same.
-- Use qualified or unqualified name for the source and target view.
ALTER VIEW tempdb1.v1 RENAME TO tempdb1.v2;
-- ----
-- Verify that the new view is created.
DESCRIBE TABLE EXTENDED tempdb1.v2;
-- ----
-- Before ALTER VIEW SET TBLPROPERTIES
DESC TABLE EXTENDED tempdb1.v2;
-- ----
-- Set properties in TBLPROPERTIES
ALTER VIEW tempdb1.v2 SET TBLPROPERTIES ('created.by.user' = "John", 'created.date' = '01-01-2001' );
-- ----
-- Remove the key `created.by.user` and `created.date` from `TBLPROPERTIES`
ALTER VIEW tempdb1.v2 UNSET TBLPROPERTIES ('created.by.user', 'created.date');
-- ----
-- Change the view definition
ALTER VIEW tempdb1.v2 AS SELECT * FROM tempdb1.v1;
-- ----
CREATE OR REPLACE VIEW open_orders AS SELECT * FROM orders WHERE status = 'open';
-- ----
DESC TABLE EXTENDED open_orders;
