-- Source: Spark SQL reference, "PIVOT Clause", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-pivot.html (apache/spark docs/sql-ref-syntax-qry-select-pivot.md).
SELECT * FROM person
    PIVOT (
        SUM(age) AS a, AVG(class) AS c
        FOR name IN ('John' AS john, 'Mike' AS mike)
    );
-- ----
SELECT * FROM person
    PIVOT (
        SUM(age) AS a, AVG(class) AS c
        FOR (name, age) IN (('John', 30) AS c1, ('Mike', 40) AS c2)
    );
