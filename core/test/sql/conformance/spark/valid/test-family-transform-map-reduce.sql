-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "transform-map-reduce" family picked from those files (the file of each is named above it).
-- higher-order-functions.sql
-- Identity transform an array
select transform(zs, z -> z) as v from nested;
-- ----
-- higher-order-functions.sql
-- Transform an array
select transform(ys, y -> y * y) as v from nested;
-- ----
-- higher-order-functions.sql
-- Transform an array with index
select transform(ys, (y, i) -> y + i) as v from nested;
-- ----
-- higher-order-functions.sql
-- Transform an array with reference
select transform(zs, z -> concat(ys, z)) as v from nested;
-- ----
-- higher-order-functions.sql
-- Transform an array to an array of 0's
select transform(ys, 0) as v from nested;
-- ----
-- higher-order-functions.sql
-- Transform a null array
select transform(cast(null as array<int>), x -> x + 1) as v;
