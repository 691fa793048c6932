-- Source: Spark SQL reference, "LATERAL VIEW Clause", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-lateral-view.html (apache/spark docs/sql-ref-syntax-qry-select-lateral-view.md).
CREATE TABLE person (id INT, name STRING, age INT, class INT, address STRING);
-- ----
INSERT INTO person VALUES
    (100, 'John', 30, 1, 'Street 1'),
    (200, 'Mary', NULL, 1, 'Street 2'),
    (300, 'Mike', 80, 3, 'Street 3'),
    (400, 'Dan', 50, 4, 'Street 4');
-- ----
SELECT * FROM person
    LATERAL VIEW EXPLODE(ARRAY(30, 60)) tableName AS c_age
    LATERAL VIEW EXPLODE(ARRAY(40, 80)) AS d_age;
-- ----
SELECT c_age, COUNT(1) FROM person
    LATERAL VIEW EXPLODE(ARRAY(30, 60)) AS c_age
    LATERAL VIEW EXPLODE(ARRAY(40, 80)) AS d_age
GROUP BY c_age;
-- ----
SELECT * FROM person
    LATERAL VIEW EXPLODE(ARRAY()) tableName AS c_age;
-- ----
SELECT * FROM person
    LATERAL VIEW OUTER EXPLODE(ARRAY()) tableName AS c_age;
