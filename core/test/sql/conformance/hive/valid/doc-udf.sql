-- Source: Hive Language Manual, LanguageManual UDF, https://hive.apache.org/docs/latest/language/languagemanual-udf/ (apache/hive-site content/docs/latest/language/languagemanual-udf.md).
SHOW FUNCTIONS;
-- ----
SELECT get_json_object(src_json.json, '$.owner') FROM src_json;
-- ----
SELECT get_json_object(src_json.json, '$.store.fruit\[0]') FROM src_json;
-- ----
SELECT get_json_object(src_json.json, '$.non_exist_key') FROM src_json;
-- ----
select explode(array('A','B','C'));
-- ----
select explode(array('A','B','C')) as col;
-- ----
select tf.* from (select 0) t lateral view explode(array('A','B','C')) tf;
-- ----
select tf.* from (select 0) t lateral view explode(array('A','B','C')) tf as col;
-- ----
select explode(map('A',10,'B',20,'C',30));
-- ----
select explode(map('A',10,'B',20,'C',30)) as (key,value);
-- ----
select tf.* from (select 0) t lateral view explode(map('A',10,'B',20,'C',30)) tf;
-- ----
select tf.* from (select 0) t lateral view explode(map('A',10,'B',20,'C',30)) tf as key,value;
-- ----
select posexplode(array('A','B','C'));
-- ----
select posexplode(array('A','B','C')) as (pos,val);
-- ----
select tf.* from (select 0) t lateral view posexplode(array('A','B','C')) tf;
-- ----
select tf.* from (select 0) t lateral view posexplode(array('A','B','C')) tf as pos,val;
-- ----
select inline(array(struct('A',10,date '2015-01-01'),struct('B',20,date '2016-02-02')));
-- ----
select inline(array(struct('A',10,date '2015-01-01'),struct('B',20,date '2016-02-02'))) as (col1,col2,col3);
-- ----
select tf.* from (select 0) t lateral view inline(array(struct('A',10,date '2015-01-01'),struct('B',20,date '2016-02-02'))) tf;
-- ----
select tf.* from (select 0) t lateral view inline(array(struct('A',10,date '2015-01-01'),struct('B',20,date '2016-02-02'))) tf as col1,col2,col3;
-- ----
select stack(2,'A',10,date '2015-01-01','B',20,date '2016-01-01');
-- ----
select stack(2,'A',10,date '2015-01-01','B',20,date '2016-01-01') as (col0,col1,col2);
-- ----
select tf.* from (select 0) t lateral view stack(2,'A',10,date '2015-01-01','B',20,date '2016-01-01') tf;
-- ----
select tf.* from (select 0) t lateral view stack(2,'A',10,date '2015-01-01','B',20,date '2016-01-01') tf as col0,col1,col2;
-- ----
SELECT explode(myCol) AS myNewCol FROM myTable;
-- ----
SELECT explode(myMap) AS (myMapKey, myMapValue) FROM myMapTable;
-- ----
SELECT posexplode(myCol) AS pos, myNewCol FROM myTable;
-- ----
SELECT b.*
FROM src LATERAL VIEW parse_url_tuple(fullurl, 'HOST', 'PATH', 'QUERY', 'QUERY:id') b as host, path, query, query_id LIMIT 1;
-- ----
select f(col) as fc, count(*) from table_name group by fc;
-- ----
select f(col) as fc, count(*) from table_name group by f(col);
-- ----
SELECT length(string_col) FROM table_name;
-- ----
SELECT reducer_udf(my_col, distribute_col, sort_col) FROM
(SELECT my_col, distribute_col, sort_col FROM table_name DISTRIBUTE BY distribute_col SORT BY distribute_col, sort_col) t;
