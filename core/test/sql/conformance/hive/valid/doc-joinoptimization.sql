-- Source: Hive Language Manual, LanguageManual JoinOptimization, https://hive.apache.org/docs/latest/language/languagemanual-joinoptimization/ (apache/hive-site content/docs/latest/language/languagemanual-joinoptimization.md).
select /*+ MAPJOIN(time_dim) */ count(*) from
store_sales join time_dim on (ss_sold_time_sk = t_time_sk);
-- ----
set hive.auto.convert.join=true;
-- ----
select count(*) from
store_sales join time_dim on (ss_sold_time_sk = t_time_sk);
-- ----
select /*+ MAPJOIN(time_dim, date_dim) */ count(*) from
store_sales
join time_dim on (ss_sold_time_sk = t_time_sk)
join date_dim on (ss_sold_date_sk = d_date_sk)
where t_hour = 8 and d_year = 2002;
-- ----
set hive.auto.convert.join.noconditionaltask = true;
-- ----
set hive.auto.convert.join.noconditionaltask.size = 10000000;
-- ----
select count(*) from
store_sales
join time_dim on (ss_sold_time_sk = t_time_sk)
join date_dim on (ss_sold_date_sk = d_date_sk)
where t_hour = 8 and d_year = 2002;
-- ----
set hive.auto.convert.sortmerge.join=true;
-- ----
set hive.optimize.bucketmapjoin = true;
-- ----
set hive.optimize.bucketmapjoin.sortedmerge = true;
-- ----
set hive.auto.convert.sortmerge.join.bigtable.selection.policy
    = org.apache.hadoop.hive.ql.optimizer.TableSizeBasedBigTableSelectorForAutoSMJ;
-- ----
SELECT p.*, py.*
FROM emp_person p INNER JOIN emp_pay_history py
ON   p.empid = py.empid;
-- ----
SELECT p.*, py.*
FROM emp_pay_history py INNER JOIN emp_person p
ON   p.empid = py.empid;
