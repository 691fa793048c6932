-- Source: Flink documentation, "Getting Started", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/gettingstarted/ (apache/flink docs/content/docs/dev/table/sql/gettingStarted.md).
SELECT 'Hello World';
-- ----
SHOW FUNCTIONS;
-- ----
SELECT CURRENT_TIMESTAMP;
-- ----
CREATE TABLE employee_information (
    emp_id INT,
    name VARCHAR,
    dept_id INT
) WITH (
    'connector' = 'filesystem',
    'path' = '/path/to/something.csv',
    'format' = 'csv'
);
-- ----
SELECT * from employee_information WHERE dept_id = 1;
-- ----
SELECT
	dept_id,
	COUNT(*) as emp_count
FROM employee_information
GROUP BY dept_id;
-- ----
INSERT INTO department_counts
 SELECT
	dept_id,
	COUNT(*) as emp_count
FROM employee_information
GROUP BY dept_id;
