-- Source: Hive Language Manual, Datasketches Integration, https://hive.apache.org/docs/latest/language/datasketches-integration/ (apache/hive-site content/docs/latest/language/datasketches-integration.md).
set hive.optimize.bi.enabled=true;
-- ----
select category, count(distinct id) from sketch_input group by category;
-- ----
select category, round(ds_hll_estimate(ds_hll_sketch(id))) from sketch_input;
-- ----
select percentile_disc(0.3) within group(order by id) from sketch_input;
-- ----
select ds_kll_quantile(ds_kll_sketch(id), 0.3) from sketch_input;
-- ----
select id,cume_dist() over (order by id) from sketch_input;
-- ----
SELECT id, CAST(DS_KLL_RANK(t2.sketch, idVal) AS DOUBLE)
FROM (SELECT id, CAST(COALESCE(CAST(id AS FLOAT), 340282346638528860000000000000000000000) AS FLOAT) AS idVal FROM sketch_input) AS t,
(SELECT DS_KLL_SKETCH(CAST(`id` AS FLOAT)) AS `sketch` FROM sketch_input) AS t2;
-- ----
select id,
       rank() over (order by id)
from sketch_input
order by id;
-- ----
select id,
       case when ds_kll_n(ds) < (ceil(ds_kll_rank(ds, CAST(id AS FLOAT) )*ds_kll_n(ds))+1) then ds_kll_n(ds) else (ceil(ds_kll_rank(ds, CAST(id AS FLOAT) )*ds_kll_n(ds))+1) end
from sketch_input
join ( select ds_kll_sketch(cast(id as float)) as ds from sketch_input ) q
order by id;
-- ----
create table sketch_input (id int, category char(1))
STORED AS ORC
TBLPROPERTIES ('transactional'='true');
-- ----
insert into table sketch_input values
  (1,'a'),(1, 'a'), (2, 'a'), (3, 'a'), (4, 'a'), (5, 'a'), (6, 'a'), (7, 'a'), (8, 'a'), (9, 'a'), (10, 'a'),
  (6,'b'),(6, 'b'), (7, 'b'), (8, 'b'), (9, 'b'), (10, 'b'), (11, 'b'), (12, 'b'), (13, 'b'), (14, 'b'), (15, 'b')
;
-- ----
-- build sketches per category
create temporary table sketch_intermediate (category char(1), sketch binary);
-- ----
insert into sketch_intermediate select category, ds_hll_sketch(id) from sketch_input group by category;
-- ----
-- get unique count estimates per category
select category, ds_hll_estimate(sketch) from sketch_intermediate;
-- ----
-- union sketches across categories and get overall unique count estimate
select ds_hll_estimate(ds_hll_union(sketch)) from sketch_intermediate;
-- ----
select category, ds_hll_estimate(ds_hll_sketch(id)) from sketch_input group by category;
-- ----
select ds_hll_estimate(ds_hll_sketch(id)) from sketch_input;
-- ----
select category,count(distinct id) from sketch_input group by category;
-- ----
select count(distinct id) from sketch_input;
-- ----
-- create an MV to store precomputed HLL values
create  materialized view mv_1 as
  select category, ds_hll_sketch(id) from sketch_input group by category;
