-- Source: Hive Language Manual, LanguageManual Joins, https://hive.apache.org/docs/latest/language/languagemanual-joins/ (apache/hive-site content/docs/latest/language/languagemanual-joins.md).
SELECT a.* FROM a JOIN b ON (a.id = b.id);
-- ----
SELECT a.* FROM a JOIN b ON (a.id = b.id AND a.department = b.department);
-- ----
SELECT a.* FROM a LEFT OUTER JOIN b ON (a.id <> b.id);
-- ----
SELECT a.val, b.val, c.val FROM a JOIN b ON (a.key = b.key1) JOIN c ON (c.key = b.key2);
-- ----
SELECT a.val, b.val, c.val FROM a JOIN b ON (a.key = b.key1) JOIN c ON (c.key = b.key1);
-- ----
SELECT /*+ STREAMTABLE(a) */ a.val, b.val, c.val FROM a JOIN b ON (a.key = b.key1) JOIN c ON (c.key = b.key1);
-- ----
SELECT a.val, b.val FROM a LEFT OUTER JOIN b ON (a.key=b.key);
-- ----
SELECT a.val, b.val FROM a LEFT OUTER JOIN b ON (a.key=b.key)
WHERE a.ds='2009-07-07' AND b.ds='2009-07-07';
-- ----
SELECT a.val, b.val FROM a LEFT OUTER JOIN b
ON (a.key=b.key AND b.ds='2009-07-07' AND a.ds='2009-07-07');
-- ----
SELECT a.val1, a.val2, b.val, c.val
FROM a
JOIN b ON (a.key = b.key)
LEFT OUTER JOIN c ON (a.key = c.key);
-- ----
SELECT a.key, a.value
FROM a
WHERE a.key in
 (SELECT b.key
  FROM B);
-- ----
SELECT a.key, a.val
FROM a LEFT SEMI JOIN b ON (a.key = b.key);
-- ----
SELECT /*+ MAPJOIN(b) */ a.key, a.value
FROM a JOIN b ON a.key = b.key;
-- ----
set hive.optimize.bucketmapjoin = true;
-- ----
SELECT /*+ MAPJOIN(b) */ a.key, a.value
FROM A a JOIN B b ON a.key = b.key;
-- ----
set hive.input.format=org.apache.hadoop.hive.ql.io.BucketizedHiveInputFormat;
-- ----
select /*+MAPJOIN(smallTableTwo)*/ idOne, idTwo, value FROM
  ( select /*+MAPJOIN(smallTableOne)*/ idOne, idTwo, value FROM
    bigTable JOIN smallTableOne on (bigTable.idOne = smallTableOne.idOne)
  ) firstjoin
  JOIN
  smallTableTwo ON (firstjoin.idTwo = smallTableTwo.idTwo);
