-- Source: Flink documentation, "Hints", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/queries/hints/ (apache/flink docs/content/docs/dev/table/sql/queries/hints.md).
-- Statements from that page that are not valid Flink SQL (the page shows them failing or as fragments).
SELECT /*+ LOOKUP('table'='D', 'max-attempts'='3', 'max-attempts'='4') */ * FROM t1 T JOIN t2 AS OF T.proctime AS D ON T.id = D.id;
