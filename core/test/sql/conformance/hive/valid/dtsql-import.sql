-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/hive/syntax/fixtures/import.sql (mostly adapted from the engine's documentation).
IMPORT EXTERNAL TABLE employee
PARTITION (emp_country="us", emp_state="tn")
FROM 'hdfs_exports_location/employee'
LOCATION 'import_target_path';
