-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "named-struct" family picked from those files (the file of each is named above it).
-- binary.sql
SELECT to_csv(named_struct('n', 1, 'info', X'4561736F6E2059616F20323031382D31312D31373A31333A33333A3333'));
-- ----
-- binary.sql
select to_xml(named_struct('name', binary('Eason'), 'birth', 2018, 'org', binary('Kindergarten Cop')));
-- ----
-- binary.sql
SELECT from_xml(
         to_xml(named_struct('name', binary('Eason'), 'birth', 2018, 'org', binary('Kindergarten Cop'))),
         'name STRING, birth INT, org STRING');
-- ----
-- binary.sql
SELECT from_xml(
         to_xml(named_struct('name', binary('Eason'), 'birth', 2018, 'org', binary('Kindergarten Cop'))),
         'name binary, birth INT, org binary');
