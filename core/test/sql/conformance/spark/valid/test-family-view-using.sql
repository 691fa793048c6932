-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "view-using" family picked from those files (the file of each is named above it).
-- join.sql
create or replace temporary view zt3(f3 int) using parquet;
-- ----
-- join.sql
--
-- test proper positioning of one-time quals in EXISTS (8.4devel bug)
--
-- prepare foo(bool) as
--   select count(*) from tenk1 a left join tenk1 b
--     on (a.unique2 = b.unique1 and exists
--         (select 1 from tenk1 c where c.thousand = b.unique2 and $1));
-- execute foo(true);
-- execute foo(false);

--
-- test for sane behavior with noncanonical merge clauses, per bug #4926
--

-- begin;

-- set enable_mergejoin = 1;
-- set enable_hashjoin = 0;
-- set enable_nestloop = 0;

create or replace temporary view a (i integer) using parquet;
-- ----
-- join.sql
create or replace temporary view b (x integer, y integer) using parquet;
-- ----
-- show-tables.sql
CREATE TEMPORARY VIEW show_t3(e int) USING parquet;
-- ----
-- show-views.sql
CREATE TEMPORARY VIEW view_4(e INT) USING parquet;
-- ----
-- show_columns.sql
CREATE TEMPORARY VIEW showColumn3 (col3 int, `col 4` int) USING json;
