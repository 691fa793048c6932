-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "window" family picked from those files (the file of each is named above it).
-- bitwise.sql
-- window
SELECT b1, b2, bit_xor(b2) OVER (PARTITION BY b1 ORDER BY b2) FROM bitwise_test;
-- ----
-- generators-resolution-edge-cases.sql
-- generator with window function resolves in order Generator -> Window
SELECT explode(array(1, 2, 3)) as col, count(*) OVER ();
-- ----
-- generators-resolution-edge-cases.sql
-- generator with window function and aggregate together resolves in order Aggregate -> Window -> Generator
SELECT explode(array(1, 2, 3)), count(*) OVER (), count(*);
-- ----
-- group-by-filter.sql
SELECT sum(num1) FILTER (WHERE nth_value(num2, 2) OVER(ORDER BY num2) > 1) FROM FilterExpressionTestData;
-- ----
-- group-by.sql
-- every/some/any aggregates/bool_and/bool_or are supported as windows expression.
SELECT k, v, every(v) OVER (PARTITION BY k ORDER BY v) FROM test_agg;
-- ----
-- group-by.sql
SELECT k, v, some(v) OVER (PARTITION BY k ORDER BY v) FROM test_agg;
