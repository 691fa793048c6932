-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-gateway/src/test/resources/sql/catalog_database.q (its statements in order; outputs removed).
use catalog hivecatalog;
