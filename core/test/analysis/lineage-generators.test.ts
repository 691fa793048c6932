import { lineageCases } from './lineage-harness';

lineageCases('lineage: LATERAL VIEW and UNNEST', [
  { name: 'explode with alias', sql: 'INSERT INTO t SELECT id, tag FROM s LATERAL VIEW explode(tags) tt AS tag', edges: ['s.id -> t.id direct', 's.tags -> t.tag expression'] },
  { name: 'LATERAL VIEW OUTER', sql: 'INSERT INTO t SELECT id, tag FROM s LATERAL VIEW OUTER explode(tags) tt AS tag', edges: ['s.id -> t.id direct', 's.tags -> t.tag expression'] },
  { name: 'explode default column name', sql: 'INSERT INTO t SELECT tt.col FROM s LATERAL VIEW explode(tags) tt', edges: ['s.tags -> t.col expression'], warns: false },
  { name: 'explode(map) with aliases', sql: 'INSERT INTO t SELECT k, v FROM s LATERAL VIEW explode(props) p AS k, v', edges: ['s.props -> t.k expression', 's.props -> t.v expression'] },
  { name: 'explode(map) default names from the catalog type', catalog: 'CREATE TABLE s (id BIGINT, props MAP<STRING,STRING>);', sql: 'INSERT INTO t SELECT key, value FROM s LATERAL VIEW explode(props) p', edges: ['s.props -> t.key expression', 's.props -> t.value expression'], warns: false },
  { name: 'posexplode with aliases', sql: 'INSERT INTO t SELECT pos, item FROM s LATERAL VIEW posexplode(items) p AS pos, item', edges: ['s.items -> t.pos expression', 's.items -> t.item expression'] },
  { name: 'posexplode default names', catalog: 'CREATE TABLE s (items ARRAY<INT>);', sql: 'INSERT INTO t SELECT p.pos, p.col FROM s LATERAL VIEW posexplode(items) p', edges: ['s.items -> t.pos expression', 's.items -> t.col expression'], warns: false },
  { name: 'json_tuple with aliases', sql: "INSERT INTO t SELECT a, b FROM s LATERAL VIEW json_tuple(ext, 'a', 'b') j AS a, b", edges: ['s.ext -> t.a expression', 's.ext -> t.b expression'] },
  { name: 'json_tuple default names', catalog: 'CREATE TABLE s (ext STRING);', sql: "INSERT INTO t SELECT j.c0, j.c1 FROM s LATERAL VIEW json_tuple(ext, 'a', 'b') j", edges: ['s.ext -> t.c0 expression', 's.ext -> t.c1 expression'], warns: false },
  { name: 'inline with aliases', sql: 'INSERT INTO t SELECT k, v FROM s LATERAL VIEW inline(arr) x AS k, v', edges: ['s.arr -> t.k expression', 's.arr -> t.v expression'] },
  { name: 'inline without aliases', catalog: 'CREATE TABLE s (arr ARRAY<STRUCT<f1:INT>>);', sql: 'INSERT INTO t SELECT x.f1 FROM s LATERAL VIEW inline(arr) x', edges: ['s.arr -> t.f1 expression'], warns: false },
  { name: 'chained lateral views', catalog: 'CREATE TABLE s (a ARRAY<STRUCT<items:ARRAY<INT>>>);', sql: 'INSERT INTO t SELECT it FROM s LATERAL VIEW explode(a) x AS ai LATERAL VIEW explode(ai.items) y AS it', edges: ['s.a -> t.it expression'], warns: false },
  { name: 'generated column in WHERE is a filter', sql: "INSERT INTO t SELECT id FROM s LATERAL VIEW explode(tags) tt AS tag WHERE tag = 'x'", edges: ['s.id -> t.id direct'], filters: ['s.tags'] },
  { name: 'hive dialect lateral view', dialect: 'hive', sql: 'INSERT OVERWRITE TABLE t SELECT uid, g FROM s LATERAL VIEW explode(split(gifts, \',\')) gt AS g', edges: ['s.uid -> t.uid direct', 's.gifts -> t.g expression'] },
  { name: 'explode in the select list', sql: 'INSERT INTO t SELECT explode(tags) AS tag FROM s', edges: ['s.tags -> t.tag expression'] },
  { name: 'UDTF with multiple aliases in the select list', dialect: 'hive', sql: 'INSERT INTO t SELECT explode(m) AS (k, v) FROM s', edges: ['s.m -> t.k expression', 's.m -> t.v expression'] },
  { name: 'UNNEST (flink)', dialect: 'flink', sql: 'INSERT INTO t SELECT o.id, tag FROM orders o CROSS JOIN UNNEST(o.tags) AS x (tag)', edges: ['orders.id -> t.id direct', 'orders.tags -> t.tag expression'] },
  { name: 'LATERAL TABLE udtf (flink)', dialect: 'flink', sql: 'INSERT INTO t SELECT o.id, w FROM orders o, LATERAL TABLE(split_words(o.words)) AS T(w)', edges: ['orders.id -> t.id direct', 'orders.words -> t.w expression'] },
]);

lineageCases('lineage: lambdas and struct fields', [
  { name: 'lambda params are not columns', sql: 'INSERT INTO t SELECT transform(arr, x -> x + c) AS y FROM s', edges: ['s.arr -> t.y expression', 's.c -> t.y expression'], warns: false },
  { name: 'filter lambda', sql: 'INSERT INTO t SELECT filter(arr, x -> x > 0) AS pos FROM s', edges: ['s.arr -> t.pos expression'] },
  { name: 'two-parameter lambda', sql: 'INSERT INTO t SELECT aggregate(arr, 0, (acc, x) -> acc + x) AS total FROM s', edges: ['s.arr -> t.total expression'] },
  { name: 'lambda param shadows a column', catalog: 'CREATE TABLE s (x INT, arr ARRAY<INT>);', sql: 'INSERT INTO t SELECT transform(arr, x -> x + 1) AS y FROM s', edges: ['s.arr -> t.y expression'] },
  { name: 'struct field when no relation has that name', sql: 'INSERT INTO t SELECT device.os AS os FROM s', edges: ['s.device -> t.os expression'] },
  { name: 'struct field named by the output', sql: 'INSERT INTO t SELECT device.os FROM s', edges: ['s.device -> t.os expression'] },
  { name: 'qualified struct field', sql: 'INSERT INTO t SELECT s.device.os FROM s', edges: ['s.device -> t.os expression'] },
  { name: 'a relation name wins over a struct', sql: 'INSERT INTO t SELECT device.os FROM dev AS device', edges: ['dev.os -> t.os direct'] },
  { name: 'deep struct path through an alias', sql: 'INSERT INTO t SELECT d.device.net.type AS nt FROM s d', edges: ['s.device -> t.nt expression'] },
  { name: 'struct field with DDL', catalog: 'CREATE TABLE s (device STRUCT<os:STRING>);', sql: 'INSERT INTO t SELECT device.os AS os FROM s', edges: ['s.device -> t.os expression'], warns: false },
  { name: 'index access', sql: "INSERT INTO t SELECT tags[0] AS first_tag, m['k'] AS mk FROM s", edges: ['s.tags -> t.first_tag expression', 's.m -> t.mk expression'] },
  { name: 'get_json_object', sql: "INSERT INTO t SELECT get_json_object(ext, '$.a') AS a FROM s", edges: ['s.ext -> t.a expression'] },
]);
