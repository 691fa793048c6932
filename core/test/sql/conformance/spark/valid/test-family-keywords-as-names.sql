-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "keywords-as-names" family picked from those files (the file of each is named above it).
-- cast.sql
select cast('2022-01-01' as date);
-- ----
-- cast.sql
select cast('a' as date);
-- ----
-- column-resolution-aggregate.sql
-- Tests covering column resolution priority in Aggregate.

CREATE TEMPORARY VIEW v1 AS VALUES (1, 1, 1), (2, 2, 1) AS t(a, b, k);
-- ----
-- column-resolution-aggregate.sql
CREATE TEMPORARY VIEW v2 AS VALUES (1, 1, 1), (2, 2, 1) AS t(x, y, all);
-- ----
-- column-resolution-sort.sql
--SET spark.sql.leafNodeDefaultParallelism=1
-- Tests covering column resolution priority in Sort.

CREATE TEMPORARY VIEW v1 AS VALUES (1, 2, 2), (2, 1, 1) AS t(a, b, k);
-- ----
-- column-resolution-sort.sql
CREATE TEMPORARY VIEW v2 AS VALUES (1, 2, 2), (2, 1, 1) AS t(a, b, all);
-- ----
-- cte-recursion.sql
-- unlimited recursion fails at spark.sql.cteRecursionRowLimit level
CREATE TEMPORARY VIEW ZeroAndOne(current, next) AS VALUES
    (0,0),
    (0,1),
    (1,0),
    (1,1);
-- ----
-- cte-recursion.sql
-- routes represented here is as follows:
--
-- New York<--->Boston
-- |            ∧
-- ∨            |
-- Washington---+
-- |
-- ∨
-- Raleigh
CREATE TEMPORARY VIEW routes(origin, destination) AS VALUES
  ('New York', 'Washington'),
  ('New York', 'Boston'),
  ('Boston', 'New York'),
  ('Washington', 'Boston'),
  ('Washington', 'Raleigh');
-- ----
-- datetime-parsing-invalid.sql
select cast("Unparseable" as date);
