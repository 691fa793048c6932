-- Source: Spark SQL reference, "CASE Clause", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-case.html (apache/spark docs/sql-ref-syntax-qry-select-case.md).
CREATE TABLE person (id INT, name STRING, age INT);
-- ----
INSERT INTO person VALUES
    (100, 'John', 30),
    (200, 'Mary', NULL),
    (300, 'Mike', 80),
    (400, 'Dan', 50);
-- ----
SELECT id, CASE WHEN id > 200 THEN 'bigger' ELSE 'small' END FROM person;
-- ----
SELECT id, CASE id WHEN 100 then 'bigger' WHEN  id > 300 THEN '300' ELSE 'small' END FROM person;
-- ----
SELECT * FROM person
    WHERE
        CASE 1 = 1
            WHEN 100 THEN 'big'
            WHEN 200 THEN 'bigger'
            WHEN 300 THEN 'biggest'
            ELSE 'small'
        END = 'small';
