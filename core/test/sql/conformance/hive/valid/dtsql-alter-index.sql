-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/hive/syntax/fixtures/alterIndex.sql (mostly adapted from the engine's documentation).
ALTER INDEX table01_index ON table01
PARTITION (pt1, pt2 = '2019-04-01')
REBUILD;
-- ----
ALTER INDEX table01_index ON table01
REBUILD;
