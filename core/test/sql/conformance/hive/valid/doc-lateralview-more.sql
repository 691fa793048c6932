-- Source: Hive Language Manual, LanguageManual LateralView, https://hive.apache.org/docs/latest/language/languagemanual-lateralview/ (Multiple Lateral Views, Outer Lateral Views) and LanguageManual UDF (built-in table-generating functions); adapted to stand alone.
SELECT pageid, adid FROM pageAds LATERAL VIEW OUTER explode(adid_list) adTable AS adid;
-- ----
SELECT t.pageid, adTable.adid, d.ad_name
FROM pageAds t LATERAL VIEW explode(t.adid_list) adTable AS adid
JOIN dim_ads d ON d.adid = adTable.adid;
-- ----
SELECT a.pageid, x.adid, b.category
FROM pageAds a
LATERAL VIEW explode(a.adid_list) x AS adid
LEFT JOIN ad_category b ON x.adid = b.adid
WHERE b.category IS NOT NULL;
-- ----
SELECT t.id, p.pos, p.val FROM t LATERAL VIEW posexplode(t.arr) p AS pos, val;
-- ----
SELECT a.key, b.f1, b.f2 FROM src_json a LATERAL VIEW json_tuple(a.json, 'f1', 'f2') b AS f1, f2;
-- ----
SELECT u.id, s.col1, s.col2 FROM users u LATERAL VIEW inline(u.structs) s AS col1, col2;
-- ----
SELECT stack(2, 'a', 1, 'b', 2) AS (k, v);
-- ----
SELECT t.uid, x.k, x.v FROM t LATERAL VIEW explode(t.props) x AS k, v;
