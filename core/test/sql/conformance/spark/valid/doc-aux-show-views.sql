-- Source: Spark SQL reference, "SHOW VIEWS", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-show-views.html (apache/spark docs/sql-ref-syntax-aux-show-views.md).
-- Create views in different databases, also create global/local temp views.
CREATE VIEW sam AS SELECT id, salary FROM employee WHERE name = 'sam';
-- ----
CREATE VIEW sam1 AS SELECT id, salary FROM employee WHERE name = 'sam1';
-- ----
CREATE VIEW suj AS SELECT id, salary FROM employee WHERE name = 'suj';
-- ----
USE userdb;
-- ----
CREATE VIEW user1 AS SELECT id, salary FROM default.employee WHERE name = 'user1';
-- ----
CREATE VIEW user2 AS SELECT id, salary FROM default.employee WHERE name = 'user2';
-- ----
USE default;
-- ----
-- List all views in default database
SHOW VIEWS;
-- ----
-- List all views from userdb database
SHOW VIEWS FROM userdb;
-- ----
-- List all views in global temp view database
SHOW VIEWS IN global_temp;
-- ----
-- List all views from default database matching the pattern `sam*`
SHOW VIEWS FROM default LIKE 'sam*';
-- ----
-- List all views from the current database matching the pattern `sam|suj|temp*`
SHOW VIEWS LIKE 'sam|suj|temp*';
