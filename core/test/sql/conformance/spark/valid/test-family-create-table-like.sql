-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "create-table-like" family picked from those files (the file of each is named above it).
-- charvarchar.sql
create table char_tbl3 like char_tbl;
