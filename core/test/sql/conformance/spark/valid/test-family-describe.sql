-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "describe" family picked from those files (the file of each is named above it).
-- cast.sql
DESC FUNCTION boolean;
-- ----
-- cast.sql
DESC FUNCTION EXTENDED boolean;
-- ----
-- change-column.sql
DESC test_change;
