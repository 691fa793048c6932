-- Source: Spark SQL reference, "LIKE Predicate", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-like.html (apache/spark docs/sql-ref-syntax-qry-select-like.md).
INSERT INTO person VALUES
    (100, 'John', 30),
    (200, 'Mary', NULL),
    (300, 'Mike', 80),
    (400, 'Dan',  50),
    (500, 'Evan_w', 16);
-- ----
SELECT * FROM person WHERE name LIKE 'M%';
-- ----
SELECT * FROM person WHERE name LIKE 'M_ry';
-- ----
SELECT * FROM person WHERE name NOT LIKE 'M_ry';
-- ----
SELECT * FROM person WHERE name RLIKE 'M+';
-- ----
SELECT * FROM person WHERE name REGEXP 'M+';
-- ----
SELECT * FROM person WHERE name LIKE '%\_%';
-- ----
SELECT * FROM person WHERE name LIKE '%$_%' ESCAPE '$';
-- ----
SELECT * FROM person WHERE name LIKE ALL ('%an%', '%an');
-- ----
SELECT * FROM person WHERE name LIKE ANY ('%an%', '%an');
-- ----
SELECT * FROM person WHERE name LIKE SOME ('%an%', '%an');
-- ----
SELECT * FROM person WHERE name NOT LIKE ALL ('%an%', '%an');
-- ----
SELECT * FROM person WHERE name NOT LIKE ANY ('%an%', '%an');
-- ----
SELECT * FROM person WHERE name NOT LIKE SOME ('%an%', '%an');
