-- Source: Hive Language Manual, SQL Standard Based Hive Authorization, https://hive.apache.org/docs/latest/language/sql-standard-based-hive-authorization/ (apache/hive-site content/docs/latest/language/sql-standard-based-hive-authorization.md).
CREATE ROLE role_name;
-- ----
DROP ROLE role_name;
-- ----
SHOW CURRENT ROLES;
-- ----
SHOW ROLES;
-- ----
GRANT role1 TO USER user1;
-- ----
SHOW ROLE GRANT USER user1;
-- ----
SHOW PRINCIPALS role_name;
-- ----
SHOW PRINCIPALS role1;
-- ----
grant select on table secured_table to role my_role;
-- ----
revoke update, select on table secured_table from role my_role;
-- ----
show grant user ashutosh on table hivejiratable;
-- ----
show grant user ashutosh on all;
-- ----
show grant on table hivejiratable;
