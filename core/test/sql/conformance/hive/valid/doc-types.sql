-- Source: Hive Language Manual, LanguageManual Types, https://hive.apache.org/docs/latest/language/languagemanual-types/ (apache/hive-site content/docs/latest/language/languagemanual-types.md).
CREATE TABLE foo (bar CHAR(10));
-- ----
CREATE TABLE foo (
  a DECIMAL, -- Defaults to decimal(10,0)
  b DECIMAL(9, 7)
);
-- ----
select CAST(18446744073709001000BD AS DECIMAL(38,0)) from my_table limit 1;
-- ----
ALTER TABLE foo CHANGE COLUMN dec_column_name dec_column_name DECIMAL(38,18);
-- ----
SHOW PARTITIONS foo;
-- ----
CREATE TABLE union_test(foo UNIONTYPE<int, double, array<string>, struct<a:int,b:string>>);
-- ----
SELECT foo FROM union_test;
-- ----
SELECT create_union(0, key), create_union(if(key<100, 0, 1), 2.0, value), create_union(1, "a", struct(2, "b")) FROM src LIMIT 2;
-- ----
create table decimal_1 (t decimal);
-- ----
alter table decimal_1 set serde 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe';
-- ----
alter table decimal_1 set serde 'org.apache.hadoop.hive.serde2.lazy.LazyBinarySerDe';
-- ----
select cast(t as boolean) from decimal_2;
