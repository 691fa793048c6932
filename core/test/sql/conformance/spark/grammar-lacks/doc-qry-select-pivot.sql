-- Source: Spark SQL reference, "PIVOT Clause", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-pivot.html (apache/spark docs/sql-ref-syntax-qry-select-pivot.md).
-- Documented Spark syntax that dt-sql-parser's SparkSQL grammar rejects; each statement is an example from that page.
-- pivot result can be referenced via its alias
SELECT pv.* FROM person
    PIVOT (
        SUM(age) AS a
        FOR name IN ('John' AS john, 'Mike' AS mike)
    ) AS pv;
