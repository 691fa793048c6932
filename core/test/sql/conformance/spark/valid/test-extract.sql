-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/extract.sql (statements in file order, first 40 the grammar accepts).
CREATE TEMPORARY VIEW t AS select '2011-05-06 07:08:09.1234567' as c, to_timestamp_ntz('2011-05-06 07:08:09.1234567') as ntz, interval 10 year 20 month as i, interval 30 day 40 hour 50 minute 6.7890 second as j;
-- ----
select extract(year from c), extract(year from ntz), extract(year from i) from t;
-- ----
select extract(y from c), extract(y from ntz), extract(y from i) from t;
-- ----
select extract(years from c), extract(years from ntz), extract(years from i) from t;
-- ----
select extract(yr from c), extract(yr from ntz), extract(yr from i) from t;
-- ----
select extract(yrs from c), extract(yrs from ntz), extract(yrs from i) from t;
-- ----
select extract(yearofweek from c), extract(yearofweek from ntz) from t;
-- ----
select extract(quarter from c), extract(quarter from ntz) from t;
-- ----
select extract(qtr from c), extract(qtr from ntz) from t;
-- ----
select extract(month from c), extract(month from ntz), extract(month from i) from t;
-- ----
select extract(mon from c), extract(mon from ntz), extract(mon from i) from t;
-- ----
select extract(mons from c), extract(mons from ntz), extract(mons from i) from t;
-- ----
select extract(months from c), extract(months from ntz), extract(months from i) from t;
-- ----
select extract(week from c), extract(week from ntz) from t;
-- ----
select extract(w from c), extract(w from ntz) from t;
-- ----
select extract(weeks from c), extract(weeks from ntz) from t;
-- ----
select extract(day from c), extract(day from ntz), extract(day from j) from t;
-- ----
select extract(d from c), extract(d from ntz), extract(d from j) from t;
-- ----
select extract(days from c), extract(days from ntz), extract(days from j) from t;
-- ----
select extract(dayofweek from c), extract(dayofweek from ntz) from t;
-- ----
select extract(dow from c), extract(dow from ntz) from t;
-- ----
select extract(dayofweek_iso from c), extract(dayofweek_iso from ntz) from t;
-- ----
select extract(dow_iso from c), extract(dow_iso from ntz) from t;
-- ----
select extract(doy from c), extract(doy from ntz) from t;
-- ----
select extract(hour from c), extract(hour from ntz), extract(hour from j) from t;
-- ----
select extract(h from c), extract(h from ntz), extract(h from j) from t;
-- ----
select extract(hours from c), extract(hours from ntz), extract(hours from j) from t;
-- ----
select extract(hr from c), extract(hr from ntz), extract(hr from j) from t;
-- ----
select extract(hrs from c), extract(hrs from ntz), extract(hrs from j) from t;
-- ----
select extract(minute from c), extract(minute from ntz), extract(minute from j) from t;
-- ----
select extract(m from c), extract(m from ntz), extract(m from j) from t;
-- ----
select extract(min from c), extract(min from ntz), extract(min from j) from t;
-- ----
select extract(mins from c), extract(mins from ntz), extract(mins from j) from t;
-- ----
select extract(minutes from c), extract(minutes from ntz), extract(minutes from j) from t;
-- ----
select extract(second from c), extract(second from ntz), extract(second from j) from t;
-- ----
select extract(s from c), extract(s from ntz), extract(s from j) from t;
-- ----
select extract(sec from c), extract(sec from ntz), extract(sec from j) from t;
-- ----
select extract(seconds from c), extract(seconds from ntz), extract(seconds from j) from t;
-- ----
select extract(secs from c), extract(secs from ntz), extract(secs from j) from t;
-- ----
select extract(not_supported from c) from t;
