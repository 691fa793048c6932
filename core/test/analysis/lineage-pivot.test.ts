import { lineageCases } from './lineage-harness';

const DDL = 'CREATE TABLE ods.sales (room_id BIGINT, os STRING, amount BIGINT, cnt BIGINT); CREATE TABLE ods.q (id INT, q1 INT, q2 INT, q3 INT);';

lineageCases('lineage: PIVOT and UNPIVOT', [
  {
    name: 'PIVOT: grouping columns direct, values aggregate, FOR column a filter', catalog: DDL,
    sql: "INSERT INTO t SELECT * FROM ods.sales PIVOT (sum(amount) FOR os IN ('ios' AS ios, 'android'))",
    edges: ['ods.sales.room_id -> t.room_id direct', 'ods.sales.cnt -> t.cnt direct', 'ods.sales.amount -> t.ios aggregate', 'ods.sales.amount -> t.android aggregate'],
    filters: ['ods.sales.os'], reads: ['ods.sales'], warns: false,
  },
  {
    name: 'PIVOT with several aggregates names value_aggregate', catalog: DDL,
    sql: "INSERT INTO t SELECT * FROM ods.sales PIVOT (sum(amount) AS total, max(cnt) AS top FOR os IN ('ios', 'android'))",
    edges: ['ods.sales.room_id -> t.room_id direct', 'ods.sales.amount -> t.ios_total aggregate', 'ods.sales.cnt -> t.ios_top aggregate', 'ods.sales.amount -> t.android_total aggregate', 'ods.sales.cnt -> t.android_top aggregate'],
    filters: ['ods.sales.os'],
  },
  {
    name: 'PIVOT over a subquery, selected by name', catalog: DDL,
    sql: "INSERT INTO t SELECT room_id, ios * 2 AS ios2 FROM (SELECT room_id, os, amount FROM ods.sales WHERE cnt > 0) s PIVOT (sum(amount) FOR os IN ('ios' AS ios))",
    edges: ['ods.sales.room_id -> t.room_id direct', 'ods.sales.amount -> t.ios2 aggregate'], filters: ['ods.sales.cnt', 'ods.sales.os'], warns: false,
  },
  {
    name: 'PIVOT on several columns', catalog: DDL,
    sql: "INSERT INTO t SELECT * FROM ods.sales PIVOT (sum(amount) FOR (os, cnt) IN (('ios', 1) AS ios_one))",
    edges: ['ods.sales.room_id -> t.room_id direct', 'ods.sales.amount -> t.ios_one aggregate'], filters: ['ods.sales.cnt', 'ods.sales.os'],
  },
  {
    name: 'PIVOT over a table without DDL', sql: 'INSERT INTO t SELECT k2, v1 FROM s PIVOT (sum(v) AS v FOR k IN (1 AS v1))',
    edges: ['s.k2 -> t.k2 direct', 's.v -> t.v1 aggregate'], filters: ['s.k'], warns: false,
  },
  {
    name: 'UNPIVOT: kept columns direct, value column from every listed column', catalog: DDL,
    sql: 'INSERT INTO t SELECT * FROM ods.q UNPIVOT (v FOR quarter IN (q1 AS first, q2, q3))',
    edges: ['ods.q.id -> t.id direct', 'ods.q.q1 -> t.v direct', 'ods.q.q2 -> t.v direct', 'ods.q.q3 -> t.v direct'], reads: ['ods.q'],
  },
  {
    name: 'UNPIVOT with an alias and several value columns', catalog: DDL,
    sql: 'INSERT INTO t SELECT u.id, u.a, u.b FROM ods.q UNPIVOT ((a, b) FOR half IN ((q1, q2) AS h1, (q3, q3) AS h2)) AS u',
    edges: ['ods.q.id -> t.id direct', 'ods.q.q1 -> t.a direct', 'ods.q.q3 -> t.a direct', 'ods.q.q2 -> t.b direct', 'ods.q.q3 -> t.b direct'], warns: false,
  },
  {
    name: 'UNPIVOT name column has no source', catalog: DDL,
    sql: 'INSERT INTO t SELECT quarter FROM ods.q UNPIVOT (v FOR quarter IN (q1, q2))', edges: [], reads: ['ods.q'], warns: false,
  },
]);
