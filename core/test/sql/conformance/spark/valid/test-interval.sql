-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/interval.sql (statements in file order, first 40 the grammar accepts).
-- test for intervals

-- multiply and divide an interval by a number
select 3 * (timestamp'2019-10-15 10:11:12.001002' - date'2019-10-15');
-- ----
select interval 4 month 2 weeks 3 microseconds * 1.5;
-- ----
select interval 2 years 4 months;
-- ----
select interval 2 weeks 3 microseconds * 1.5;
-- ----
select (timestamp'2019-10-15' - timestamp'2019-10-14') / 1.5;
-- ----
select interval 2147483647 month * 2;
-- ----
select interval 2147483647 month / 0.5;
-- ----
select interval 2147483647 day * 2;
-- ----
select interval 2147483647 day / 0.5;
-- ----
-- multiply and divide an interval by a string literal
select interval 2 second * '2';
-- ----
select interval 2 second / '2';
-- ----
select interval 2 year * '2';
-- ----
select interval 2 year / '2';
-- ----
select interval 2 second * 'a';
-- ----
select interval 2 second / 'a';
-- ----
select interval 2 year * 'a';
-- ----
select interval 2 year / 'a';
-- ----
select '2' * interval 2 second;
-- ----
select '2' * interval 2 year;
-- ----
select 'a' * interval 2 second;
-- ----
select 'a' * interval 2 year;
-- ----
-- invalid: string literal / interval
select '2' / interval 2 second;
-- ----
select '2' / interval 2 year;
-- ----
-- interval operation with null and zero case
select interval '2 seconds' / 0;
-- ----
select interval '2 seconds' / null;
-- ----
select interval '2 seconds' * null;
-- ----
select null * interval '2 seconds';
-- ----
select interval '2' year / 0;
-- ----
select interval '2' year / null;
-- ----
select interval '2' year * null;
-- ----
select null * interval '2' year;
-- ----
-- invalid: divide by interval
select 2 / interval '2' year;
-- ----
select 2 / interval '2' hour;
-- ----
select null / interval '2' year;
-- ----
select null / interval '2' hour;
-- ----
-- interval with a positive/negative sign
select -interval '-1 month 1 day -1 second';
-- ----
select -interval '-1 year 1 month';
-- ----
select -interval '-1 day 1 hour -1 minute 1 second';
-- ----
select -interval -1 month 1 day -1 second;
-- ----
select -interval -1 year 1 month;
