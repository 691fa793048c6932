-- Source: Hive Language Manual — DML (dynamic partition inserts with a column list), Joins (LEFT SEMI JOIN, nested joins), Select (unaliased expressions named _c0), Union (https://hive.apache.org/docs/latest/language/languagemanual-dml/): documented forms instantiated for the name-resolution checks of issue 6.
INSERT INTO TABLE page_view PARTITION (dt, country) (userid, page_url, dt, country)
SELECT userid, page_url, dt, country FROM page_view_stg;
-- ----
INSERT INTO TABLE page_view PARTITION (dt='2008-06-08', country) (userid, page_url, country)
SELECT userid, page_url, country FROM page_view_stg;
-- ----
INSERT OVERWRITE TABLE page_view PARTITION (dt='2008-06-08', country)
SELECT pvs.viewTime, pvs.userid, pvs.page_url, pvs.referrer_url, null, null, pvs.ip, pvs.cnt
FROM page_view_stg pvs;
-- ----
SELECT a.key, a.value FROM a LEFT SEMI JOIN b ON (a.key = b.key);
-- ----
SELECT a.val, b.val, c.val FROM a JOIN b ON (a.key = b.key1) JOIN c ON (c.key = b.key2);
-- ----
SELECT * FROM (a JOIN b ON a.key = b.key) JOIN c ON c.key = a.key;
-- ----
SELECT upper(name), count(*), id + 1 FROM t GROUP BY name, id;
-- ----
SELECT key, count(1) FROM src GROUP BY key;
-- ----
SELECT u.id, actions.dt FROM (
  SELECT av.uid AS uid FROM action_video av WHERE av.dt = '2008-06-03'
  UNION ALL
  SELECT ac.uid AS uid FROM action_comment ac WHERE ac.dt = '2008-06-03'
) actions JOIN users u ON (u.id = actions.uid);
-- ----
SELECT key FROM src1 UNION ALL SELECT key, value FROM src2;
-- ----
SELECT a.* FROM a WHERE a.id IN (SELECT b.id FROM b WHERE b.dt = a.dt);
-- ----
SELECT * FROM a WHERE EXISTS (SELECT 1 FROM b WHERE b.id = a.id);
