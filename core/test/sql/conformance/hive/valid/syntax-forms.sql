-- Spark/Hive syntax of issue 6 item 1 (and time-unit arguments) that the reference grammar accepts.
SELECT TRANSFORM (a, b) ROW FORMAT SERDE 'x.Y' WITH SERDEPROPERTIES ('a'='b') RECORDWRITER 'W' USING 'cat' AS (c, d) ROW FORMAT SERDE 'x' RECORDREADER 'R' FROM t;
-- ----
SELECT INTERVAL '-1-1' YEAR TO MONTH;
-- ----
SELECT - INTERVAL '1-1' YEAR TO MONTH;
-- ----
SELECT INTERVAL '1 2:03:04' DAY TO SECOND;
-- ----
SELECT INTERVAL '1 2:03:04.123' DAY TO SECOND;
-- ----
SELECT INTERVAL '3' DAY;
-- ----
SELECT INTERVAL 3 DAYS;
-- ----
SELECT INTERVAL '3' DAYS;
-- ----
SELECT INTERVAL 1 DAY - INTERVAL 2 HOURS;
-- ----
SELECT INTERVAL (a + 1) DAY FROM t;
-- ----
SELECT ts + INTERVAL '1' DAY FROM t;
-- ----
SELECT EXTRACT(YEAR FROM ts) FROM t;
-- ----
SELECT date_part('MONTH', ts) FROM t;
-- ----
SELECT STRUCT(a, b) FROM t;
-- ----
SELECT named_struct('x', a) FROM t;
-- ----
SELECT /* outer /* inner */ still comment */ 1;
-- ----
SELECT * FROM t FOR SYSTEM_TIME AS OF '2024-01-01';
-- ----
SELECT /* a */ 1;
-- ----
SELECT /* a /* b */ c */ 1;
-- ----
SELECT /* a /* b */ 1;
-- ----
SELECT /* a /* b */ */ 1 FROM t;
-- ----
CREATE TABLE t (a INT, b STRING, PRIMARY KEY (a) DISABLE NOVALIDATE RELY);
-- ----
CREATE TABLE t (a INT, b STRING, PRIMARY KEY (a) DISABLE NOVALIDATE);
-- ----
CREATE TABLE t (a INT, b STRING, PRIMARY KEY (a) NOT ENFORCED RELY);
-- ----
CREATE TABLE t (a INT, b STRING, PRIMARY KEY (a) NOT ENFORCED);
-- ----
CREATE TABLE t (a INT, b STRING, CONSTRAINT pk PRIMARY KEY (a) DISABLE NOVALIDATE);
-- ----
CREATE TABLE t (a INT, b STRING, CONSTRAINT fk FOREIGN KEY (b) REFERENCES u(c) DISABLE NOVALIDATE);
-- ----
CREATE TABLE t (a INT, b STRING, CONSTRAINT uk UNIQUE (b) DISABLE NOVALIDATE);
-- ----
CREATE TABLE t (a INT, b STRING, CONSTRAINT ck CHECK (a > 0) DISABLE);
-- ----
CREATE TABLE t (a INT NOT NULL ENFORCED, b STRING);
-- ----
CREATE TABLE t (a INT NOT NULL DISABLE NOVALIDATE RELY, b STRING);
-- ----
CREATE TABLE t (a INT CHECK (a > 0), b STRING);
-- ----
CREATE TABLE t (a INT CONSTRAINT nn NOT NULL ENABLE, b STRING UNIQUE DISABLE);
-- ----
CREATE TABLE t (a INT PRIMARY KEY DISABLE NOVALIDATE, b STRING);
-- ----
CREATE TABLE t (a INT, b STRING REFERENCES u(c) DISABLE NOVALIDATE);
-- ----
CREATE TABLE t (a INT, b STRING CONSTRAINT fk REFERENCES u(c) DISABLE NOVALIDATE);
-- ----
SELECT * FROM noop(on t partition by a order by b);
-- ----
SELECT * FROM noop(ON t PARTITION BY a ORDER BY b) x;
-- ----
SELECT * FROM noopwithmap(ON t PARTITION BY a ORDER BY b DESC);
-- ----
SELECT * FROM noop(ON noopwithmap(ON t PARTITION BY a ORDER BY b) PARTITION BY a ORDER BY b);
-- ----
SELECT a, rank() OVER (PARTITION BY a ORDER BY b) FROM noop(ON t DISTRIBUTE BY a SORT BY b);
-- ----
SELECT * FROM windowingtablefunction(ON t PARTITION BY a ORDER BY b, arg1('x'));
-- ----
SELECT * FROM noop(ON t CLUSTER BY a);
-- ----
SELECT * FROM matchpath(ON t PARTITION BY a ORDER BY b ARG1('LATE.LATE+'), ARG2('LATE'), ARG3(arr_delay > 15), ARG4('origin_city_name, fl_num'));
-- ----
SELECT a FROM t LATERAL VIEW explode(arr) x AS e JOIN u ON t.a = u.a;
-- ----
SELECT a FROM t LATERAL VIEW explode(arr) x AS e JOIN u ON t.a = u.a LEFT JOIN v ON v.a = u.a;
-- ----
SELECT a FROM t LATERAL VIEW explode(arr) x AS e, u;
-- ----
SELECT a FROM t LATERAL VIEW explode(arr) x AS e LATERAL VIEW explode(b) y AS f JOIN u ON t.a = u.a;
-- ----
SELECT a FROM t LATERAL VIEW explode(arr) x AS e WHERE e > 1;
-- ----
SELECT sort, a FROM t WHERE sort IS NOT NULL;
-- ----
SELECT a sort, b FROM t;
-- ----
SELECT year, a FROM t WHERE year IS NOT NULL;
-- ----
SELECT a year, b FROM t;
-- ----
SELECT month, a FROM t WHERE month IS NOT NULL;
-- ----
SELECT a month, b FROM t;
-- ----
SELECT day, a FROM t WHERE day IS NOT NULL;
-- ----
SELECT a day, b FROM t;
-- ----
SELECT hour, a FROM t WHERE hour IS NOT NULL;
-- ----
SELECT a hour, b FROM t;
-- ----
SELECT minute, a FROM t WHERE minute IS NOT NULL;
-- ----
SELECT a minute, b FROM t;
-- ----
SELECT second, a FROM t WHERE second IS NOT NULL;
-- ----
SELECT a second, b FROM t;
-- ----
SELECT key, a FROM t WHERE key IS NOT NULL;
-- ----
SELECT a key, b FROM t;
-- ----
SELECT value, a FROM t WHERE value IS NOT NULL;
-- ----
SELECT a value, b FROM t;
-- ----
SELECT type, a FROM t WHERE type IS NOT NULL;
-- ----
SELECT a type, b FROM t;
-- ----
SELECT comment, a FROM t WHERE comment IS NOT NULL;
-- ----
SELECT a comment, b FROM t;
-- ----
SELECT location, a FROM t WHERE location IS NOT NULL;
-- ----
SELECT a location, b FROM t;
-- ----
SELECT data, a FROM t WHERE data IS NOT NULL;
-- ----
SELECT a data, b FROM t;
-- ----
SELECT format, a FROM t WHERE format IS NOT NULL;
-- ----
SELECT a format, b FROM t;
-- ----
SELECT rank, a FROM t WHERE rank IS NOT NULL;
-- ----
SELECT a rank, b FROM t;
-- ----
SELECT limit, a FROM t WHERE limit IS NOT NULL;
-- ----
SELECT a limit, b FROM t;
-- ----
SELECT distribute, a FROM t WHERE distribute IS NOT NULL;
-- ----
SELECT a distribute, b FROM t;
-- ----
SELECT a, rank() OVER (PARTITION BY a ORDER BY b) FROM noop(ON t PARTITION BY a ORDER BY b) p;
-- ----
CREATE TABLE pk (id1 integer, id2 integer, primary key(id1, id2) disable novalidate);
-- ----
CREATE TABLE fk (id1 integer, id2 integer, constraint c1 foreign key(id1, id2) references pk(id2, id1) disable novalidate);
-- ----
CREATE TABLE constraints1(id1 integer UNIQUE disable novalidate, id2 integer NOT NULL, usr string DEFAULT current_user(), price double CHECK (price > 0 AND price <= 1000));
-- ----
CREATE TABLE constraints2(id1 integer, id2 integer, constraint c1_unique UNIQUE(id1) disable novalidate);
-- ----
CREATE TABLE constraints3(id1 integer, id2 integer, constraint c1_check CHECK(id1 + id2 > 0));
-- ----
SELECT * FROM noop(on part partition by p_mfgr order by p_name);
-- ----
SELECT p_mfgr, p_name, p_size FROM noop(on part partition by p_mfgr order by p_name) abc;
-- ----
SELECT * FROM noopwithmap(on part partition by p_mfgr, p_brand order by p_name, p_size desc);
-- ----
SELECT p_mfgr, p_name, rank() over (partition by p_mfgr order by p_name) as r FROM noop(on noopwithmap(on noop(on part partition by p_mfgr order by p_mfgr, p_name)));
-- ----
SELECT a.* FROM t a LATERAL VIEW explode(b) x AS c JOIN u ON a.k = u.k;
-- ----
SELECT pageid, adid FROM pageAds LATERAL VIEW explode(adid_list) adTable AS adid;
-- ----
SELECT * FROM src LATERAL VIEW explode(array(1,2,3)) myTable AS myCol;
-- ----
SELECT INTERVAL '1' DAY, INTERVAL '1-2' YEAR TO MONTH, INTERVAL '1 2:3:4.000005' DAY TO SECOND, INTERVAL 1 DAY, INTERVAL (1+dt) DAY FROM t;
