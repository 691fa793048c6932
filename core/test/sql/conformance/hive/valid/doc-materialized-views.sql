-- Source: Hive Language Manual, Materialized views, https://hive.apache.org/docs/latest/language/materialized-views/ (apache/hive-site content/docs/latest/language/materialized-views.md).
CREATE TABLE emps (
  empid INT,
  deptno INT,
  name VARCHAR(256),
  salary FLOAT,
  hire_date TIMESTAMP)
STORED AS ORC
TBLPROPERTIES ('transactional'='true');
-- ----
CREATE TABLE depts (
  deptno INT,
  deptname VARCHAR(256),
  locationid INT)
STORED AS ORC
TBLPROPERTIES ('transactional'='true');
-- ----
CREATE MATERIALIZED VIEW mv1
AS
SELECT empid, deptname, hire_date
FROM emps JOIN depts
  ON (emps.deptno = depts.deptno)
WHERE hire_date >= '2016-01-01';
-- ----
SELECT empid, deptname
FROM emps
JOIN depts
  ON (emps.deptno = depts.deptno)
WHERE hire_date >= '2018-01-01'
    AND hire_date <= '2018-03-31';
-- ----
SELECT empid, deptname
FROM mv1
WHERE hire_date >= '2018-01-01'
    AND hire_date <= '2018-03-31';
-- ----
CREATE TABLE `customer`(
  `c_custkey` BIGINT,
  `c_name` STRING,
  `c_address` STRING,
  `c_city` STRING,
  `c_nation` STRING,
  `c_region` STRING,
  `c_phone` STRING,
  `c_mktsegment` STRING,
  PRIMARY KEY (`c_custkey`) DISABLE RELY)
STORED AS ORC
TBLPROPERTIES ('transactional'='true');
-- ----
CREATE TABLE `dates`(
  `d_datekey` BIGINT,
  `d_date` STRING,
  `d_dayofweek` STRING,
  `d_month` STRING,
  `d_year` INT,
  `d_yearmonthnum` INT,
  `d_yearmonth` STRING,
  `d_daynuminweek` INT,
  `d_daynuminmonth` INT,
  `d_daynuminyear` INT,
  `d_monthnuminyear` INT,
  `d_weeknuminyear` INT,
  `d_sellingseason` STRING,
  `d_lastdayinweekfl` INT,
  `d_lastdayinmonthfl` INT,
  `d_holidayfl` INT,
  `d_weekdayfl`INT,
  PRIMARY KEY (`d_datekey`) DISABLE RELY)
STORED AS ORC
TBLPROPERTIES ('transactional'='true');
-- ----
CREATE TABLE `part`(
  `p_partkey` BIGINT,
  `p_name` STRING,
  `p_mfgr` STRING,
  `p_category` STRING,
  `p_brand1` STRING,
  `p_color` STRING,
  `p_type` STRING,
  `p_size` INT,
  `p_container` STRING,
  PRIMARY KEY (`p_partkey`) DISABLE RELY)
STORED AS ORC
TBLPROPERTIES ('transactional'='true');
-- ----
CREATE TABLE `supplier`(
  `s_suppkey` BIGINT,
  `s_name` STRING,
  `s_address` STRING,
  `s_city` STRING,
  `s_nation` STRING,
  `s_region` STRING,
  `s_phone` STRING,
  PRIMARY KEY (`s_suppkey`) DISABLE RELY)
STORED AS ORC
TBLPROPERTIES ('transactional'='true');
-- ----
CREATE TABLE `lineorder`(
  `lo_orderkey` BIGINT,
  `lo_linenumber` int,
  `lo_custkey` BIGINT not null DISABLE RELY,
  `lo_partkey` BIGINT not null DISABLE RELY,
  `lo_suppkey` BIGINT not null DISABLE RELY,
  `lo_orderdate` BIGINT not null DISABLE RELY,
  `lo_ordpriority` STRING,
  `lo_shippriority` STRING,
  `lo_quantity` DOUBLE,
  `lo_extendedprice` DOUBLE,
  `lo_ordtotalprice` DOUBLE,
  `lo_discount` DOUBLE,
  `lo_revenue` DOUBLE,
  `lo_supplycost` DOUBLE,
  `lo_tax` DOUBLE,
  `lo_commitdate` BIGINT,
  `lo_shipmode` STRING,
  PRIMARY KEY (`lo_orderkey`) DISABLE RELY,
  CONSTRAINT fk1 FOREIGN KEY (`lo_custkey`) REFERENCES `customer_n1`(`c_custkey`) DISABLE RELY,
  CONSTRAINT fk2 FOREIGN KEY (`lo_orderdate`) REFERENCES `dates_n0`(`d_datekey`) DISABLE RELY,
  CONSTRAINT fk3 FOREIGN KEY (`lo_partkey`) REFERENCES `ssb_part_n0`(`p_partkey`) DISABLE RELY,
  CONSTRAINT fk4 FOREIGN KEY (`lo_suppkey`) REFERENCES `supplier_n0`(`s_suppkey`) DISABLE RELY)
STORED AS ORC
TBLPROPERTIES ('transactional'='true');
-- ----
SELECT SUM(lo_extendedprice * lo_discount)
FROM lineorder, dates
WHERE lo_orderdate = d_datekey
  AND d_year = 2013
  AND lo_discount between 1 and 3;
-- ----
SELECT SUM(d_price)
FROM mv2
WHERE d_year = 2013
  AND lo_discount between 1 and 3;
-- ----
CREATE TABLE `wiki` (
  `time` TIMESTAMP,
  `page` STRING,
  `user` STRING,
  `characters_added` BIGINT,
  `characters_removed` BIGINT)
STORED AS ORC
TBLPROPERTIES ('transactional'='true');
