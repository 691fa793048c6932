import { lineageCases } from './lineage-harness';

const SRC = "CREATE TEMPORARY TABLE s (id BIGINT, doc STRING, fallback INT, k STRING, v STRING, ts TIMESTAMP(3)) WITH ('connector' = 'kafka');\n";

lineageCases('lineage: Flink SQL/JSON functions and CEIL/FLOOR TO', [
  {
    name: 'JSON_VALUE: the document and a DEFAULT value are sources, the clauses are keywords',
    dialect: 'flink',
    sql: `${SRC}INSERT INTO out SELECT JSON_VALUE(doc, '$.a' RETURNING INT DEFAULT fallback ON EMPTY ERROR ON ERROR) AS a FROM s`,
    edges: ['s.doc -> out.a expression', 's.fallback -> out.a expression'],
    warns: false,
  },
  {
    name: 'JSON_QUERY wrapper and behaviours read nothing',
    dialect: 'flink',
    sql: `${SRC}INSERT INTO out SELECT JSON_QUERY(doc, '$.b' RETURNING ARRAY<STRING> WITH CONDITIONAL ARRAY WRAPPER EMPTY ARRAY ON EMPTY NULL ON ERROR) AS b FROM s`,
    edges: ['s.doc -> out.b expression'],
    warns: false,
  },
  {
    name: 'JSON_OBJECT keys and values are sources, KEY/VALUE/ON NULL are not',
    dialect: 'flink',
    sql: `${SRC}INSERT INTO out SELECT JSON_OBJECT(KEY 'id' VALUE id, KEY k VALUE v ABSENT ON NULL) AS o, JSON_ARRAY(id, v NULL ON NULL) AS arr FROM s`,
    edges: ['s.id -> out.o expression', 's.k -> out.o expression', 's.v -> out.o expression', 's.id -> out.arr expression', 's.v -> out.arr expression'],
    warns: false,
  },
  {
    name: 'JSON_OBJECTAGG and JSON_ARRAYAGG aggregate',
    dialect: 'flink',
    sql: `${SRC}INSERT INTO out SELECT id, JSON_OBJECTAGG(KEY k VALUE v) AS obj, JSON_ARRAYAGG(v ABSENT ON NULL) AS arr FROM s GROUP BY id`,
    edges: ['s.id -> out.id direct', 's.k -> out.obj aggregate', 's.v -> out.obj aggregate', 's.v -> out.arr aggregate'],
    warns: false,
  },
  {
    name: 'IS JSON and JSON_EXISTS filter',
    dialect: 'flink',
    sql: `${SRC}INSERT INTO out SELECT id FROM s WHERE doc IS JSON OBJECT AND JSON_EXISTS(v, '$.c' FALSE ON ERROR)`,
    edges: ['s.id -> out.id direct'],
    filters: ['s.doc', 's.v'],
    warns: false,
  },
  {
    name: 'CEIL/FLOOR(ts TO unit): the unit is no column',
    dialect: 'flink',
    sql: `${SRC}INSERT INTO out SELECT CEIL(ts TO HOUR) AS h, FLOOR(ts TO DAY) AS d FROM s`,
    edges: ['s.ts -> out.h expression', 's.ts -> out.d expression'],
    warns: false,
  },
]);
