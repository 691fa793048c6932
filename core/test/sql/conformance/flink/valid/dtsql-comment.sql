-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/comment.sql (mostly adapted from the Flink documentation).
----test comment1

--test comment2

/*
 * test comments 3
 */;
