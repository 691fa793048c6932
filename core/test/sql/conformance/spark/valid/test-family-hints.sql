-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "hints" family picked from those files (the file of each is named above it).
-- decimalArithmeticOperations.sql
-- test decimal operations
select /*+ COALESCE(1) */ id, a+b, a-b, a*b, a/b from decimals_test order by id;
-- ----
-- group-by-ordinal.sql
-- negative case: nondeterministic expression
select a, rand(0), sum(b)
from
(select /*+ REPARTITION(1) */ a, b from data) group by a, 2;
-- ----
-- identifier-clause.sql
SELECT /*+ IDENTIFIER('BROADCAST')(hint_test) */ * FROM hint_test;
-- ----
-- identifier-clause.sql
SELECT /*+ IDENTIFIER('MERGE')(hint_test) */ * FROM hint_test;
-- ----
-- udaf-group-by-ordinal.sql
-- negative case: nondeterministic expression
select a, rand(0), udaf(b)
from
(select /*+ REPARTITION(1) */ a, b from data) group by a, 2;
