-- Source: Spark SQL reference, "INSERT TABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-dml-insert-table.html (apache/spark docs/sql-ref-syntax-dml-insert-table.md).
CREATE TABLE students (name VARCHAR(64), address VARCHAR(64))
    USING PARQUET PARTITIONED BY (student_id INT);
-- ----
INSERT INTO students VALUES
    ('Amy Smith', '123 Park Ave, San Jose', 111111);
-- ----
SELECT * FROM students;
-- ----
INSERT INTO students VALUES
    ('Bob Brown', '456 Taylor St, Cupertino', 222222),
    ('Cathy Johnson', '789 Race Ave, Palo Alto', 333333);
-- ----
-- Assuming the persons table has already been created and populated.
SELECT * FROM persons;
-- ----
INSERT INTO students PARTITION (student_id = 444444)
    SELECT name, address FROM persons WHERE name = "Dora Williams";
-- ----
-- Assuming the visiting_students table has already been created and populated.
SELECT * FROM visiting_students;
-- ----
INSERT INTO students TABLE visiting_students;
-- ----
-- Assuming the applicants table has already been created and populated.
SELECT * FROM applicants;
-- ----
INSERT INTO students
     FROM applicants SELECT name, address, student_id WHERE qualified = true;
-- ----
CREATE TABLE students (name STRING, address  STRING) PARTITIONED BY (birthday DATE);
-- ----
INSERT INTO students PARTITION (birthday = date'2019-01-02')
    VALUES ('Amy Smith', '123 Park Ave, San Jose');
-- ----
INSERT INTO students (address, name, student_id) VALUES
    ('Hangzhou, China', 'Kent Yao', 11215016);
-- ----
SELECT * FROM students WHERE name = 'Kent Yao';
-- ----
INSERT INTO students PARTITION (student_id = 11215017) (address, name) VALUES
    ('Hangzhou, China', 'Kent Yao Jr.');
-- ----
SELECT * FROM students WHERE student_id = 11215017;
-- ----
INSERT OVERWRITE students VALUES
    ('Ashua Hill', '456 Erica Ct, Cupertino', 111111),
    ('Brian Reed', '723 Kern Ave, Palo Alto', 222222);
-- ----
INSERT OVERWRITE students PARTITION (student_id = 222222)
    SELECT name, address FROM persons WHERE name = "Dora Williams";
-- ----
-- Spark will reorder the fields of the query according to the order of the fields in the table,
-- so don't worry about the field order mismatch
INSERT INTO students PARTITION (student_id = 222222) BY NAME
    SELECT address, name FROM persons WHERE name = "Dora Williams";
-- ----
INSERT OVERWRITE students PARTITION (student_id = 222222) BY NAME
    SELECT 'Unknown' as address, name FROM persons WHERE name = "Dora Williams";
-- ----
SELECT * FROM persons2;
-- ----
-- in an atomic operation, 1) delete rows with ssn = 123456789 and 2) insert rows from persons2
INSERT INTO persons REPLACE WHERE ssn = 123456789 SELECT * FROM persons2;
-- ----
INSERT OVERWRITE students TABLE visiting_students;
-- ----
INSERT OVERWRITE students
    FROM applicants SELECT name, address, student_id WHERE qualified = true;
-- ----
INSERT OVERWRITE students PARTITION (birthday = date'2019-01-02')
    VALUES('Jason Wang', '908 Bird St, Saratoga');
-- ----
INSERT OVERWRITE students (address, name, student_id) VALUES
    ('Hangzhou, China', 'Kent Yao', 11215016);
-- ----
INSERT OVERWRITE students PARTITION (student_id = 11215016) (address, name) VALUES
    ('Hangzhou, China', 'Kent Yao Jr.');
-- ----
SELECT * FROM students WHERE student_id = 11215016;
