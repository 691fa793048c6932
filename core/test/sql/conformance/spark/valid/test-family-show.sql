-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "show" family picked from those files (the file of each is named above it).
-- charvarchar.sql
show create table char_tbl;
-- ----
-- charvarchar.sql
show create table char_tbl2;
-- ----
-- charvarchar.sql
show create table char_tbl3;
-- ----
-- charvarchar.sql
show create table char_view;
-- ----
-- identifier-clause.sql
SHOW TABLES IN IDENTIFIER('id' || 'ent');
-- ----
-- identifier-clause.sql
SHOW TABLE EXTENDED IN IDENTIFIER('id' || 'ent') LIKE 'hello';
