-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/hive/syntax/fixtures/createRole.sql (mostly adapted from the engine's documentation).
CREATE ROLE std_user;
