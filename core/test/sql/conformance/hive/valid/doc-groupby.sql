-- Source: Hive Language Manual, LanguageManual GroupBy, https://hive.apache.org/docs/latest/language/languagemanual-groupby/ (apache/hive-site content/docs/latest/language/languagemanual-groupby.md).
SELECT COUNT(*) FROM table2;
-- ----
INSERT OVERWRITE TABLE pv_gender_sum
SELECT pv_users.gender, count (DISTINCT pv_users.userid)
FROM pv_users
GROUP BY pv_users.gender;
-- ----
INSERT OVERWRITE TABLE pv_gender_agg
SELECT pv_users.gender, count(DISTINCT pv_users.userid), count(*), sum(DISTINCT pv_users.userid)
FROM pv_users
GROUP BY pv_users.gender;
-- ----
INSERT OVERWRITE TABLE pv_gender_agg
SELECT pv_users.gender, count(DISTINCT pv_users.userid), count(DISTINCT pv_users.ip)
FROM pv_users
GROUP BY pv_users.gender;
-- ----
SELECT
   a,
   sum(b)
FROM
   t1
GROUP BY
   a;
-- ----
SELECT
   a,
   b
FROM
   t1
GROUP BY
   a;
-- ----
FROM pv_users
INSERT OVERWRITE TABLE pv_gender_sum
  SELECT pv_users.gender, count(DISTINCT pv_users.userid)
  GROUP BY pv_users.gender
INSERT OVERWRITE DIRECTORY '/user/facebook/tmp/pv_age_sum'
  SELECT pv_users.age, count(DISTINCT pv_users.userid)
  GROUP BY pv_users.age;
-- ----
set hive.map.aggr=true;
