-- Source: Spark SQL reference, "RESET", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-conf-mgmt-reset.html (apache/spark docs/sql-ref-syntax-aux-conf-mgmt-reset.md).
RESET;
-- ----
RESET configuration_key;
-- ----
-- If you start your application with --conf spark.foo=bar and set spark.foo=foobar in runtime, the example below will restore it to 'bar'. If spark.foo is not specified during starting, the example below will remove this config from the SQLConf. It will ignore nonexistent keys.
RESET spark.abc;
