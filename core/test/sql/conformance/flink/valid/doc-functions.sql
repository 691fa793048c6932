-- Source: Flink documentation, "System (Built-in) Functions", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/functions/systemfunctions/ (apache/flink docs/data/sql_functions.yml): each "E.g." expression and example block of the SQL functions, as SELECT <expression>.
SELECT 1 IS DISTINCT FROM NULL;
-- ----
SELECT NULL IS DISTINCT FROM NULL;
-- ----
SELECT 1 IS NOT DISTINCT FROM NULL;
-- ----
SELECT NULL IS NOT DISTINCT FROM NULL;
-- ----
SELECT 12 BETWEEN 15 AND 12;
-- ----
SELECT 12 BETWEEN SYMMETRIC 15 AND 12;
-- ----
SELECT 12 BETWEEN 10 AND NULL;
-- ----
SELECT 12 BETWEEN NULL AND 10;
-- ----
SELECT 12 BETWEEN SYMMETRIC NULL AND 12;
-- ----
SELECT 12 NOT BETWEEN 15 AND 12;
-- ----
SELECT 12 NOT BETWEEN SYMMETRIC 15 AND 12;
-- ----
SELECT 12 NOT BETWEEN NULL AND 15;
-- ----
SELECT 12 NOT BETWEEN 15 AND NULL;
-- ----
SELECT 12 NOT BETWEEN SYMMETRIC 12 AND NULL;
-- ----
SELECT 4 IN (1, 2, 3);
-- ----
SELECT 1 IN (1, 2, NULL);
-- ----
SELECT 4 IN (1, 2, NULL);
-- ----
SELECT 4 NOT IN (1, 2, 3);
-- ----
SELECT 1 NOT IN (1, 2, NULL);
-- ----
SELECT 4 NOT IN (1, 2, NULL);
-- ----
SELECT REPEAT('This is a test String.', 2);
-- ----
SELECT REGEXP_EXTRACT('foothebar', 'foo(.*?)(bar)', 2);
-- ----
SELECT CONCAT('AA', 'BB', 'CC');
-- ----
SELECT LPAD('hi', 4, '??');
-- ----
SELECT LPAD('hi', 1, '??');
-- ----
SELECT RPAD('hi', 4, '??');
-- ----
SELECT FROM_BASE64('aGVsbG8gd29ybGQ=');
-- ----
SELECT TO_BASE64('hello world');
-- ----
SELECT ascii('abc');
-- ----
SELECT chr(97);
-- ----
SELECT parse_url('http://facebook.com/path1/p.php?k1=v1&k2=v2#Ref1', 'QUERY', 'k1');
-- ----
SELECT YEAR(DATE '1994-09-27');
-- ----
SELECT QUARTER(DATE '1994-09-27');
-- ----
SELECT MONTH(DATE '1994-09-27');
-- ----
SELECT WEEK(DATE '1994-09-27');
-- ----
SELECT DAYOFYEAR(DATE '1994-09-27');
-- ----
SELECT DAYOFMONTH(DATE '1994-09-27');
-- ----
SELECT DAYOFWEEK(DATE '1994-09-27');
-- ----
SELECT MINUTE(TIMESTAMP '1994-09-27 13:14:15');
-- ----
SELECT SECOND(TIMESTAMP '1994-09-27 13:14:15');
-- ----
SELECT CONVERT_TZ('1970-01-01 00:00:00', 'UTC', 'America/Los_Angeles');
-- ----
SELECT FROM_UNIXTIME(44);
-- ----
SELECT NULLIF(5, 5);
-- ----
SELECT NULLIF(5, 0);
-- ----
SELECT IF(5 > 3, 5, 3);
-- ----
SELECT IFNULL(nullable_column, 5);
-- ----
SELECT CAST('42' AS INT);
-- ----
SELECT CAST(NULL AS STRING);
-- ----
SELECT COALESCE(NULL, 'default');
-- ----
SELECT COALESCE(f0, f1, 'default');
-- ----
SELECT '1' IS JSON;
-- ----
SELECT '[]' IS JSON;
-- ----
SELECT '{}' IS JSON;
-- ----
SELECT '"abc"' IS JSON;
-- ----
SELECT 'abc' IS JSON;
-- ----
SELECT NULL IS JSON;
-- ----
SELECT '1' IS JSON SCALAR;
-- ----
SELECT '1' IS JSON ARRAY;
-- ----
SELECT '1' IS JSON OBJECT;
-- ----
SELECT '{}' IS JSON SCALAR;
-- ----
SELECT '{}' IS JSON ARRAY;
-- ----
SELECT '{}' IS JSON OBJECT;
-- ----
SELECT JSON_EXISTS('{"a": true}', '$.a');
-- ----
SELECT JSON_EXISTS('{"a": true}', '$.b');
-- ----
SELECT JSON_EXISTS('{"a": [{ "b": 1 }]}',
  '$.a[0].b');
-- ----
SELECT JSON_EXISTS('{"a": true}',
  'strict $.b' TRUE ON ERROR);
-- ----
SELECT JSON_EXISTS('{"a": true}',
  'strict $.b' FALSE ON ERROR);
-- ----
SELECT JSON_STRING(CAST(NULL AS INT));
-- ----
SELECT JSON_STRING(1);
-- ----
SELECT JSON_STRING(TRUE);
-- ----
SELECT JSON_STRING('Hello, World!');
-- ----
SELECT JSON_VALUE('{"a": true}', '$.a');
-- ----
SELECT JSON_VALUE('{"a": true}', '$.a' RETURNING BOOLEAN);
-- ----
SELECT JSON_VALUE('{"a": true}', 'lax $.b'
    DEFAULT FALSE ON EMPTY);
-- ----
SELECT JSON_VALUE('{"a": true}', 'strict $.b'
    DEFAULT FALSE ON ERROR);
-- ----
SELECT JSON_VALUE('{"a.b": [0.998,0.996]}','$.["a.b"][0]'
    RETURNING DOUBLE);
-- ----
SELECT JSON_VALUE('{"contains blank": "right"}', 'strict $.[''contains blank'']' NULL ON EMPTY DEFAULT 'wrong' ON ERROR);
-- ----
SELECT JSON_QUERY('{ "a": { "b": 1 } }', '$.a');
-- ----
SELECT JSON_QUERY('[1, 2]', '$');
-- ----
SELECT JSON_QUERY(CAST(NULL AS STRING), '$');
-- ----
SELECT JSON_QUERY('{"a":[{"c":"c1"},{"c":"c2"}]}',
    'lax $.a[*].c');
-- ----
SELECT JSON_QUERY('{"a":[{"c":"c1"},{"c":"c2"}]}', 'lax $.a[*].c' RETURNING ARRAY<STRING>);
-- ----
SELECT JSON_QUERY('{}', '$' WITH CONDITIONAL ARRAY WRAPPER);
-- ----
SELECT JSON_QUERY('[1, 2]', '$' WITH CONDITIONAL ARRAY WRAPPER);
-- ----
SELECT JSON_QUERY('[1, 2]', '$' WITH UNCONDITIONAL ARRAY WRAPPER);
-- ----
SELECT JSON_QUERY(1, '$');
-- ----
SELECT JSON_QUERY(1, '$' WITH CONDITIONAL ARRAY WRAPPER);
-- ----
SELECT JSON_QUERY('{}', 'lax $.invalid' EMPTY OBJECT ON EMPTY);
-- ----
SELECT JSON_QUERY('{}', 'strict $.invalid' EMPTY ARRAY ON ERROR);
-- ----
SELECT JSON_OBJECT();
-- ----
SELECT JSON_OBJECT('K1' VALUE 'V1', 'K2' VALUE 'V2');
-- ----
SELECT JSON_OBJECT('orderNo' VALUE orders.orderId);
-- ----
SELECT JSON_OBJECT(KEY 'K1' VALUE CAST(NULL AS STRING) NULL ON NULL);
-- ----
SELECT JSON_OBJECT(KEY 'K1' VALUE CAST(NULL AS STRING) ABSENT ON NULL);
-- ----
SELECT JSON_OBJECT(
  KEY 'K1'
  VALUE JSON_OBJECT(
    KEY 'K2'
    VALUE 'V'
  )
);
-- ----
SELECT JSON_ARRAY();
-- ----
SELECT JSON_ARRAY(1, '2');
-- ----
SELECT JSON_ARRAY(orders.orderId);
-- ----
SELECT JSON_ARRAY(CAST(NULL AS STRING) NULL ON NULL);
-- ----
SELECT JSON_ARRAY(CAST(NULL AS STRING) ABSENT ON NULL);
-- ----
SELECT JSON_ARRAY(JSON_ARRAY(1));
-- ----
SELECT
  JSON_OBJECTAGG(KEY product VALUE cnt)
FROM orders;
-- ----
SELECT
  JSON_ARRAYAGG(product)
FROM orders;
