import assert from 'node:assert/strict';
import { catalogFromSql } from '../../src/catalog';
import { DuckDbSession, translate } from './duckdb-session';

const DDL = `
CREATE TABLE ods.src (id BIGINT, name STRING, tags ARRAY<STRING>, attrs MAP<STRING,STRING>, extra STRING, ts STRING) PARTITIONED BY (p_date STRING);
CREATE TABLE dwd.dst (id BIGINT, label STRING) PARTITIONED BY (p_date STRING);
CREATE TABLE dwd.hourly (id BIGINT, cnt BIGINT) PARTITIONED BY (p_date STRING, hour STRING);
CREATE TABLE dwd.flat (id BIGINT, tag STRING);
CREATE TABLE dwd.odd (id BIGINT, label STRING) PARTITIONED BY (p_date STRING);
`;
const catalog = catalogFromSql(DDL, 'hive');
const VARS = { date: '2024-01-02' };

/** A fresh database with the test tables and a few source rows. */
async function session(): Promise<DuckDbSession> {
  const db = await DuckDbSession.open();
  for (const s of translate(DDL, { dialect: 'hive', catalog }).statements) for (const sql of s.sql) await db.run(sql);
  await db.run(`INSERT INTO ods.src VALUES
    (1, 'a', ['x', 'y'], MAP {'k': 'v1'}, '{"s":"app","n":1}', '2024-01-02 10:15:00', '2024-01-02'),
    (2, 'b', [], MAP {}, 'bad json', '2024-01-02 11:00:00', '2024-01-02'),
    (3, 'c', NULL, NULL, NULL, '2024-01-02 11:30:00', '2024-01-02'),
    (4, 'old', ['z'], MAP {'k': 'v4'}, NULL, '2024-01-01 09:00:00', '2024-01-01')`);
  await db.run(`INSERT INTO dwd.dst VALUES (9, 'stale', '2024-01-02'), (8, 'kept', '2024-01-01')`);
  await db.run(`INSERT INTO dwd.hourly VALUES (9, 9, '2024-01-02', '10'), (8, 8, '2024-01-02', '23'), (7, 7, '2024-01-01', '10')`);
  return db;
}

const CASES: { name: string; sql: string; query: string; expected: unknown[][] }[] = [
  {
    name: 'INSERT OVERWRITE ... PARTITION (static) replaces that partition only, columns by position',
    sql: "INSERT OVERWRITE TABLE dwd.dst PARTITION (p_date = '${date}') SELECT id, upper(name) AS whatever FROM ods.src WHERE p_date = '${date}'",
    query: 'SELECT id, label, p_date FROM dwd.dst ORDER BY id',
    expected: [[1, 'A', '2024-01-02'], [2, 'B', '2024-01-02'], [3, 'C', '2024-01-02'], [8, 'kept', '2024-01-01']],
  },
  {
    name: 'dynamic partition columns come last and only the partitions produced are replaced',
    sql: "INSERT OVERWRITE TABLE dwd.hourly PARTITION (p_date = '${date}', hour) SELECT count(1), 0, date_format(ts, 'HH') FROM ods.src WHERE p_date = '${date}' GROUP BY date_format(ts, 'HH')",
    query: 'SELECT id, cnt, p_date, hour FROM dwd.hourly ORDER BY p_date, hour',
    expected: [[7, 7, '2024-01-01', '10'], [1, 0, '2024-01-02', '10'], [2, 0, '2024-01-02', '11'], [8, 8, '2024-01-02', '23']],
  },
  {
    name: 'INSERT OVERWRITE may read the partition it replaces',
    sql: "INSERT OVERWRITE TABLE dwd.dst PARTITION (p_date = '2024-01-01') SELECT id + 1, label FROM dwd.dst WHERE p_date = '2024-01-01'",
    query: 'SELECT id, label, p_date FROM dwd.dst ORDER BY id',
    expected: [[9, 'stale', '2024-01-02'], [9, 'kept', '2024-01-01']],
  },
  {
    name: 'INSERT INTO appends',
    sql: "INSERT INTO dwd.dst PARTITION (p_date = '${date}') SELECT id, name FROM ods.src WHERE id = 1",
    query: "SELECT id, label FROM dwd.dst WHERE p_date = '2024-01-02' ORDER BY id",
    expected: [[1, 'a'], [9, 'stale']],
  },
  {
    name: 'string partitions compare with Spark date functions (cast to DATE as Spark does)',
    sql: "INSERT OVERWRITE TABLE dwd.flat SELECT id, p_date FROM ods.src WHERE p_date BETWEEN date_sub('${date}', 1) AND '${date}' AND p_date > date_sub('${date}', 2) AND p_date <= current_date()",
    query: 'SELECT * FROM dwd.flat ORDER BY id',
    expected: [[1, '2024-01-02'], [2, '2024-01-02'], [3, '2024-01-02'], [4, '2024-01-01']],
  },
  {
    name: 'a CTE before INSERT, DISTRIBUTE BY / SORT BY, hints and backticks',
    sql: "WITH s AS (SELECT `id`, name FROM ods.src WHERE p_date = '${date}') INSERT OVERWRITE TABLE dwd.flat SELECT /*+ REPARTITION(2) */ `id`, name FROM s DISTRIBUTE BY id SORT BY id",
    query: 'SELECT * FROM dwd.flat ORDER BY id',
    expected: [[1, 'a'], [2, 'b'], [3, 'c']],
  },
  {
    name: 'LATERAL VIEW explode drops rows without elements',
    sql: "INSERT OVERWRITE TABLE dwd.flat SELECT s.id, t.tag FROM ods.src AS s LATERAL VIEW explode(s.tags) t AS tag WHERE s.p_date = '${date}'",
    query: 'SELECT * FROM dwd.flat ORDER BY id, tag',
    expected: [[1, 'x'], [1, 'y']],
  },
  {
    name: 'LATERAL VIEW OUTER explode keeps them with NULL',
    sql: "INSERT OVERWRITE TABLE dwd.flat SELECT id, tag FROM ods.src LATERAL VIEW OUTER explode(tags) t AS tag WHERE p_date = '${date}'",
    query: 'SELECT * FROM dwd.flat ORDER BY id, tag',
    expected: [[1, 'x'], [1, 'y'], [2, null], [3, null]],
  },
  {
    name: 'LATERAL VIEW posexplode is 0-based',
    sql: "INSERT OVERWRITE TABLE dwd.flat SELECT pos, c FROM ods.src LATERAL VIEW posexplode(tags) t AS pos, c WHERE id = 1",
    query: 'SELECT * FROM dwd.flat ORDER BY id',
    expected: [[0, 'x'], [1, 'y']],
  },
  {
    name: 'LATERAL VIEW explode of a map gives key and value',
    sql: "INSERT OVERWRITE TABLE dwd.flat SELECT id, concat(key, '=', value) FROM ods.src LATERAL VIEW explode(attrs) m WHERE p_date = '${date}'",
    query: 'SELECT * FROM dwd.flat ORDER BY id',
    expected: [[1, 'k=v1']],
  },
  {
    name: 'LATERAL VIEW explode_outer and inline (structs to columns)',
    sql: "INSERT OVERWRITE TABLE dwd.flat SELECT id, concat(coalesce(tag, '-'), k, v) FROM ods.src LATERAL VIEW explode_outer(tags) t AS tag LATERAL VIEW inline(array(named_struct('k', 'K', 'v', 'V'))) kv AS k, v WHERE p_date = '${date}'",
    query: 'SELECT * FROM dwd.flat ORDER BY id, tag',
    expected: [[1, 'xKV'], [1, 'yKV'], [2, '-KV'], [3, '-KV']],
  },
  {
    name: 'LATERAL VIEW json_tuple',
    sql: "INSERT OVERWRITE TABLE dwd.flat SELECT id, concat_ws('|', j.s, j.n) FROM ods.src LATERAL VIEW json_tuple(extra, 's', 'n') j AS s, n WHERE p_date = '${date}'",
    query: 'SELECT * FROM dwd.flat ORDER BY id',
    expected: [[1, 'app|1'], [2, ''], [3, '']],
  },
  {
    name: 'Hive multi-insert: one INSERT per branch over the shared FROM',
    sql: "FROM ods.src s INSERT OVERWRITE TABLE dwd.dst PARTITION (p_date = '${date}') SELECT s.id, s.name WHERE s.p_date = '${date}' AND s.id < 3 INSERT OVERWRITE TABLE dwd.flat SELECT s.id, s.attrs['k'] WHERE s.attrs['k'] IS NOT NULL",
    query: "SELECT 'dst', id, label FROM dwd.dst UNION ALL SELECT 'flat', id, tag FROM dwd.flat ORDER BY 1, 2",
    expected: [['dst', 1, 'a'], ['dst', 2, 'b'], ['dst', 8, 'kept'], ['flat', 1, 'v1'], ['flat', 4, 'v4']],
  },
  {
    name: 'INSERT INTO with an explicit column list',
    sql: "INSERT INTO dwd.flat (tag, id) SELECT name, id FROM ods.src WHERE id = 4",
    query: 'SELECT * FROM dwd.flat',
    expected: [[4, 'old']],
  },
  {
    name: 'Hive GROUP BY ... WITH ROLLUP and LEFT SEMI JOIN',
    sql: "INSERT OVERWRITE TABLE dwd.flat SELECT count(*), coalesce(s.p_date, 'all') FROM ods.src s LEFT SEMI JOIN dwd.dst d ON s.p_date = d.p_date GROUP BY s.p_date WITH ROLLUP",
    query: 'SELECT * FROM dwd.flat ORDER BY tag',
    expected: [[1, '2024-01-01'], [3, '2024-01-02'], [4, 'all']],
  },
  {
    name: 'TRUNCATE ... PARTITION and ALTER TABLE ... DROP PARTITION delete those rows',
    sql: "TRUNCATE TABLE dwd.dst PARTITION (p_date = '${date}'); ALTER TABLE dwd.hourly DROP IF EXISTS PARTITION (p_date = '2024-01-02', hour = '10'); ALTER TABLE dwd.hourly ADD PARTITION (p_date = '2025-01-01', hour = '00')",
    query: "SELECT 'dst', id FROM dwd.dst UNION ALL SELECT 'hourly', id FROM dwd.hourly ORDER BY 1, 2",
    expected: [['dst', 8], ['hourly', 7], ['hourly', 8]],
  },
  {
    name: 'a CTAS helper table, explode in the select list, then DROP TABLE',
    sql: "CREATE TABLE tmp.tags AS SELECT id, explode(tags) AS tag FROM ods.src; INSERT OVERWRITE TABLE dwd.flat SELECT id, tag FROM tmp.tags; DROP TABLE IF EXISTS tmp.tags",
    query: 'SELECT * FROM dwd.flat ORDER BY id, tag',
    expected: [[1, 'x'], [1, 'y'], [4, 'z']],
  },
  {
    name: 'concat_ws and size know array and map columns from the catalog',
    sql: "INSERT OVERWRITE TABLE dwd.flat SELECT size(attrs), concat_ws('|', name, tags) FROM ods.src WHERE p_date = '${date}'",
    query: 'SELECT * FROM dwd.flat ORDER BY tag',
    expected: [[1, 'a|x|y'], [0, 'b'], [-1, 'c']],
  },
  {
    name: 'a multi-insert whose shared FROM has a LATERAL VIEW',
    sql: "FROM ods.src s LATERAL VIEW explode(s.tags) t AS tag INSERT OVERWRITE TABLE dwd.flat SELECT s.id, t.tag WHERE s.p_date = '${date}' INSERT OVERWRITE TABLE dwd.dst PARTITION (p_date = '${date}') SELECT count(*), 'tags' WHERE s.p_date = '${date}'",
    query: "SELECT id, tag FROM dwd.flat UNION ALL SELECT id, label FROM dwd.dst WHERE p_date = '2024-01-02' ORDER BY 1, 2",
    expected: [[1, 'x'], [1, 'y'], [2, 'tags']],
  },
  {
    name: 'Hive LATERAL VIEW before a JOIN',
    sql: "INSERT OVERWRITE TABLE dwd.flat SELECT d.id, t.tag FROM ods.src s LATERAL VIEW explode(s.tags) t AS tag JOIN dwd.dst d ON s.p_date = d.p_date",
    query: 'SELECT * FROM dwd.flat ORDER BY id, tag',
    expected: [[8, 'z'], [9, 'x'], [9, 'y']],
  },
  {
    name: 'Hive GROUP BY a, b GROUPING SETS groups by the sets only',
    sql: "INSERT OVERWRITE TABLE dwd.flat SELECT count(*), concat(coalesce(p_date, '*'), '/', coalesce(name, '*')) FROM ods.src WHERE id < 3 GROUP BY p_date, name GROUPING SETS ((p_date), (p_date, name))",
    query: 'SELECT * FROM dwd.flat ORDER BY tag',
    expected: [[2, '2024-01-02/*'], [1, '2024-01-02/a'], [1, '2024-01-02/b']],
  },
  {
    // Spark: arr[i] counts from 0 and is NULL out of range (negative too); m[k] is NULL for a missing key.
    name: 'computed array and map indexes of catalog columns, with Spark semantics',
    sql: "INSERT OVERWRITE TABLE dwd.flat SELECT id, concat_ws('/', coalesce(tags[id - 1], '-'), coalesce(tags[size(tags) - id], '-'), coalesce(attrs[concat('k', '')], '-'), coalesce(attrs[lower(name)], '-')) FROM ods.src",
    query: 'SELECT * FROM dwd.flat ORDER BY id',
    expected: [[1, 'x/y/v1/-'], [2, '-/-/-/-'], [3, '-/-/-/-'], [4, '-/-/v4/-']],
  },
  {
    name: 'UPDATE and DELETE run as written',
    sql: "UPDATE dwd.dst SET label = upper(label) WHERE p_date = '2024-01-01'; DELETE FROM dwd.dst WHERE id = 9",
    query: 'SELECT id, label FROM dwd.dst',
    expected: [[8, 'KEPT']],
  },
];

describe('translate: batch statements on DuckDB', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const db = await session();
      try {
        await db.runTranslated(c.sql, { dialect: 'hive', catalog, vars: VARS });
        assert.deepEqual(await db.rows(c.query), c.expected);
      } finally {
        db.close();
      }
    });
  }

  it('the Spark documentation example of two LATERAL VIEWs: 16 rows, and OUTER over an empty array keeps 4', async () => {
    const db = await DuckDbSession.open();
    try {
      await db.run("CREATE TABLE person AS SELECT * FROM (VALUES (100, 'John', 30, 1, 'Street 1'), (200, 'Mary', NULL, 1, 'Street 2'), (300, 'Mike', 80, 3, 'Street 3'), (400, 'Dan', 50, 4, 'Street 4')) AS t(id, name, age, class, address)");
      const both = await db.runTranslated('SELECT count(*) FROM person LATERAL VIEW EXPLODE(ARRAY(30, 60)) tableName AS c_age LATERAL VIEW EXPLODE(ARRAY(40, 80)) AS d_age');
      assert.deepEqual(both, [[16]]);
      const outer = await db.runTranslated('SELECT id, c_age FROM person LATERAL VIEW OUTER EXPLODE(ARRAY()) tableName AS c_age ORDER BY id');
      assert.deepEqual(outer, [[100, null], [200, null], [300, null], [400, null]]);
    } finally {
      db.close();
    }
  });

  it('reports what each statement writes and reads', () => {
    const { statements } = translate(CASES[1].sql, { dialect: 'hive', catalog, vars: VARS });
    assert.deepEqual(
      statements.map((s) => ({ kind: s.kind, writes: s.writes, reads: s.reads, span: s.span })),
      [{ kind: 'insert', writes: [{ table: 'dwd.hourly', partition: { p_date: '2024-01-02', hour: null } }], reads: ['ods.src'], span: { start: 0, end: CASES[1].sql.length } }],
    );
  });

  it('SET and ADD JAR are no-ops', () => {
    const { statements, diagnostics } = translate('SET hive.exec.parallel=true;\nADD JAR hdfs:///x.jar;', { dialect: 'hive', catalog });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(statements.map((s) => [s.kind, s.sql]), [['set', []], ['set', []]]);
  });
});
