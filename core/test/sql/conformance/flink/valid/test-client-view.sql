-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/view.q (its statements in order; outputs removed).
create temporary view v1 as select * from orders;
-- ----
create temporary view if not exists v1 as select * from orders;
-- ----
select * from v1 /*+ OPTIONS('number-of-rows' = '1') */;
-- ----
create temporary view if not exists v2 as select * from v1;
-- ----
show create view v1;
-- ----
show create view v2;
-- ----
show create table v1;
-- ----
create view v1 as select * from orders;
-- ----
create view permanent_v1 as select * from orders;
-- ----
show create view permanent_v1;
-- ----
drop view permanent_v1;
-- ----
describe v1;
-- ----
show columns from v1;
-- ----
show columns in v1;
-- ----
show columns from v1 like '%u';
-- ----
show columns in v1 like '%u';
-- ----
show columns from v1 not like '%u';
-- ----
show columns in v1 not like '%u';
-- ----
show columns from v1 like '%r';
-- ----
show columns in v1 like '%r';
-- ----
show columns from v1 not like  '%r';
-- ----
show columns in v1 not like  '%r';
-- ----
show columns from v1 like '%u%';
-- ----
show columns in v1 like '%u%';
-- ----
show columns from v1 not like '%u%';
-- ----
show columns in v1 not like '%u%';
-- ----
show columns from v1 like 'use_';
-- ----
show columns in v1 like 'use_';
-- ----
show columns from v1 not like 'use_';
-- ----
show columns in v1 not like 'use_';
-- ----
drop view v1;
-- ----
drop temporary view v1;
-- ----
drop view non_exist;
-- ----
create view `mod` as select * from orders;
-- ----
drop view `mod`;
