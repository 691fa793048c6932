-- Source: Spark SQL reference, "DESCRIBE QUERY", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-describe-query.html (apache/spark docs/sql-ref-syntax-aux-describe-query.md).
-- Create table `person`
CREATE TABLE person (name STRING , age INT COMMENT 'Age column', address STRING);
-- ----
-- Returns column metadata information for a simple select query
DESCRIBE QUERY SELECT age, sum(age) FROM person GROUP BY age;
-- ----
-- Returns column metadata information for common table expression (`CTE`).
DESCRIBE QUERY WITH all_names_cte
    AS (SELECT name from person) SELECT * FROM all_names_cte;
-- ----
-- Returns column metadata information for an inline table.
DESC QUERY VALUES(100, 'John', 10000.20D) AS employee(id, name, salary);
-- ----
-- Returns column metadata information for `TABLE` statement.
DESC QUERY TABLE person;
-- ----
-- Returns column metadata information for a `FROM` statement.
-- `QUERY` clause is optional and can be omitted.
DESCRIBE FROM person SELECT age;
