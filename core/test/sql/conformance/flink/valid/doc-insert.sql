-- Source: Flink documentation, "INSERT Statement", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/insert/ (apache/flink docs/content/docs/dev/table/sql/insert.md).
INSERT INTO students
  VALUES ('fred flintstone', 35, 1.28), ('barney rubble', 32, 2.32);
-- ----
EXECUTE STATEMENT SET
BEGIN
INSERT INTO students
  VALUES ('fred flintstone', 35, 1.28), ('barney rubble', 32, 2.32);
INSERT INTO students
  VALUES ('fred flintstone', 35, 1.28), ('barney rubble', 32, 2.32);
END;
