-- Source: Hive Language Manual, Scheduled Queries, https://hive.apache.org/docs/latest/language/scheduled-queries/ (apache/hive-site content/docs/latest/language/scheduled-queries.md).
create table t (a integer);
-- ----
-- create a scheduled query; every 10 minute insert a new row
create scheduled query sc1 cron '0 */10 * * * ? *' as insert into t values (1);
-- ----
-- depending on hive.scheduled.queries.create.as.enabled the query might get create in disabled mode
-- it can be enabled using:
alter scheduled query sc1 enabled;
-- ----
-- inspect scheduled queries using the information_schema
select * from information_schema.scheduled_queries s where schedule_name='sc1';
-- ----
-- wait 10 minutes or execute by issuing:
alter scheduled query sc1 execute;
-- ----
select * from information_schema.scheduled_executions s where schedule_name='sc1' order by scheduled_execution_id desc limit 1;
-- ----
-- create external table
create external table t (a integer);
-- ----
-- see where the table lives:
desc formatted t;
-- ----
-- back in hive you will see that
select count(1) from t;
-- ----
create scheduled query t_analyze cron '0 */1 * * * ? *' as analyze table t compute statistics for columns;
-- ----
-- wait some time or execute by issuing:
alter scheduled query t_analyze execute;
-- ----
select * from information_schema.scheduled_executions s where schedule_name='ex_analyze' order by scheduled_execution_id desc limit 3;
-- ----
-- we don't want this running every minute anymore...
alter scheduled query t_analyze disable;
-- ----
-- some settings...they might be there already
set hive.support.concurrency=true;
-- ----
set hive.txn.manager=org.apache.hadoop.hive.ql.lockmgr.DbTxnManager;
-- ----
set hive.strict.checks.cartesian.product=false;
-- ----
set hive.stats.fetch.column.stats=true;
-- ----
set hive.materializedview.rewriting=true;
-- ----
-- load data
insert into emps values (100, 10, 'Bill', 10000, 1000), (200, 20, 'Eric', 8000, 500),
  (150, 10, 'Sebastian', 7000, null), (110, 10, 'Theodore', 10000, 250), (120, 10, 'Bill', 10000, 250),
  (1330, 10, 'Bill', 10000, '2020-01-02');
-- ----
insert into depts values (10, 'Sales', 10), (30, 'Marketing', null), (20, 'HR', 20);
-- ----
insert into emps values (1330, 10, 'Bill', 10000, '2020-01-02');
-- ----
-- create mv
CREATE MATERIALIZED VIEW mv1 AS
  SELECT empid, deptname, hire_date FROM emps
    JOIN depts ON (emps.deptno = depts.deptno)
    WHERE hire_date >= '2016-01-01 00:00:00';
-- ----
EXPLAIN
SELECT empid, deptname FROM emps
JOIN depts ON (emps.deptno = depts.deptno)
WHERE hire_date >= '2018-01-01';
-- ----
-- create a schedule to rebuild mv
create scheduled query mv_rebuild cron '0 */10 * * * ? *' defined as
  alter materialized view mv1 rebuild;
-- ----
-- wait 10 minutes or execute
alter scheduled query mv_rebuild execute;
-- ----
drop table if exists t;
-- ----
drop table if exists s;
-- ----
-- suppose that this table is an external table or something
-- which supports the pushdown of filter condition on the id column
create table s(id integer, cnt integer);
-- ----
-- create an internal table and an offset table
create table t(id integer, cnt integer);
-- ----
create table t_offset(offset integer);
-- ----
insert into t_offset values(0);
-- ----
-- pretend that data is added to s
insert into s values(1,1);
-- ----
-- run an ingestion...
from (select id==offset as first,* from s
join t_offset on id>=offset) s1
insert into t select id,cnt where first = false
insert overwrite table t_offset select max(s1.id);
-- ----
-- configure to run ingestion every 10 minutes
create scheduled query ingest every 10 minutes defined as
from (select id==offset as first,* from s
join t_offset on id>=offset) s1
insert into t select id,cnt where first = false
insert overwrite table t_offset select max(s1.id);
-- ----
-- add some new values
insert into s values(2,2),(3,3);
-- ----
-- pretend that a timeout have happened
alter scheduled query ingest execute;
