-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-gateway/src/test/resources/sql/table.q (its statements in order; outputs removed).
explain changelog_mode, estimated_cost, json_execution_plan select `user`, product from orders;
