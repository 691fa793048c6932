-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/hive/syntax/fixtures/export.sql (mostly adapted from the engine's documentation).
EXPORT TABLE tbl TO 'hdfs_exports_location/department';
-- ----
EXPORT TABLE employee
PARTITION(emp_country="in", emp_state="ka")
TO 'hdfs_exports_location/employee'
FOR REPLICATION('eventid');
