import assert from 'node:assert/strict';
import { analyzeScript, type SemanticFacts } from '../../src/analysis';
import { catalogFromSql } from '../../src/catalog';
import { parse, type Dialect } from '../../src/sql';

const DDL = [
  'CREATE TABLE dwd.likes (id BIGINT, room_id BIGINT, n INT, name STRING, amount DECIMAL(18,2), price DOUBLE, ts TIMESTAMP) PARTITIONED BY (p_date STRING, hour STRING);',
  'CREATE TABLE dim.room (room_id BIGINT, title STRING) PARTITIONED BY (p_date STRING);',
  'CREATE TABLE dim.gift (gift_id BIGINT, price DOUBLE);',
].join('\n');

function factsOf(sql: string, dialect: Dialect = 'spark'): SemanticFacts {
  return analyzeScript(parse(sql, dialect), { catalog: catalogFromSql(DDL, 'spark') }).facts;
}

/** The inferred type of the only select item of `SELECT <expr> FROM dwd.likes` written into dim.gift's first column. */
function typeOf(expr: string, dialect: Dialect = 'spark'): string | undefined {
  const facts = factsOf(`INSERT INTO dim.gift SELECT ${expr}, 0 FROM dwd.likes`, dialect);
  return facts.inserts[0].columns[0].type;
}

describe('analysis: facts for lint rules', () => {
  describe('expression types', () => {
    const cases: [string, string | undefined, Dialect?][] = [
      ['id', 'BIGINT'], ['amount', 'DECIMAL(18,2)'], ['1', 'TINYINT'], ['300', 'SMALLINT'], ['3000000000', 'BIGINT'], ['1L', 'BIGINT'],
      ['1.5', 'DECIMAL'], ['1e3', 'DOUBLE'], ["'x'", 'STRING'], ['TRUE', 'BOOLEAN'], ['NULL', undefined], ["DATE '2024-01-01'", 'DATE'],
      ['CAST(name AS INT)', 'INT'], ['n + 1', 'INT'], ['n + id', 'BIGINT'], ['n + price', 'DOUBLE'], ['n / 2', 'DOUBLE'], ['amount * 2', 'DECIMAL'],
      ["name || 'x'", 'STRING'], ['n > 1', 'BOOLEAN'], ['-n', 'INT'], ['NOT (n > 1)', 'BOOLEAN'],
      ["CASE WHEN n > 0 THEN name ELSE 'x' END", 'STRING'], ['CASE WHEN n > 0 THEN NULL ELSE id END', 'BIGINT'],
      ['count(*)', 'BIGINT'], ['sum(n)', 'BIGINT'], ['sum(price)', 'DOUBLE'], ['sum(amount)', 'DECIMAL'], ['avg(n)', 'DOUBLE'], ['max(ts)', 'TIMESTAMP'],
      ["coalesce(NULL, name, 'x')", 'STRING'], ['if(n > 0, id, 0)', 'BIGINT'], ['round(price, 2)', 'DOUBLE'], ["concat(name, 'x')", 'STRING'],
      ['row_number() OVER (ORDER BY id)', 'INT'], ['row_number() OVER (ORDER BY id)', 'BIGINT', 'flink'], ['to_date(ts)', 'DATE'],
      ['my_udf(id)', undefined], ['(SELECT max(id) FROM dwd.likes)', undefined], ['constructor(id)', undefined],
    ];
    for (const [expr, type, dialect] of cases) it(`${expr} is ${type}${dialect ? ` in ${dialect}` : ''}`, () => assert.equal(typeOf(expr, dialect), type));

    it('follows columns through CTEs and subqueries, keeping inferred types', () => {
      const facts = factsOf('WITH c AS (SELECT sum(n) AS total, name FROM dwd.likes GROUP BY name) INSERT INTO dim.gift SELECT total, name FROM (SELECT * FROM c) s');
      assert.deepEqual(facts.inserts[0].columns.map((c) => [c.name, c.naming, c.type, c.target, c.targetType]), [
        ['total', 'column', 'BIGINT', 'gift_id', 'BIGINT'],
        ['name', 'column', 'STRING', 'price', 'DOUBLE'],
      ]);
    });
  });

  describe('inserts', () => {
    it('maps select items by position onto the writable columns, not static partitions', () => {
      const facts = factsOf("INSERT OVERWRITE TABLE dim.room PARTITION (p_date = '${date}') SELECT room_id AS r, n + 1 FROM dwd.likes");
      assert.deepEqual(facts.inserts.map((i) => [i.table, i.columns.map((c) => `${c.name}:${c.naming}->${c.target}`)]), [['dim.room', ['r:alias->room_id', '(n + 1):generated->title']]]);
    });

    it('records nothing when the count is wrong, the target has no DDL, or columns map by name', () => {
      const sqls = ['INSERT INTO dim.gift SELECT 1', 'INSERT INTO dim.nope SELECT 1, 2', 'INSERT INTO dim.gift BY NAME SELECT 1 AS price, 2 AS gift_id', 'INSERT INTO dim.gift SELECT * FROM dim.undeclared'];
      for (const sql of sqls) assert.deepEqual(factsOf(sql).inserts, [], sql);
    });

    it('drops the facts of a statement with a syntax error', () => {
      assert.deepEqual(factsOf('INSERT INTO dim.gift SELECT id, price FROM dwd.likes WHERE;\nSELECT 1 FROM dwd.likes WHERE n = name').inserts, []);
    });
  });

  describe('partition reads', () => {
    const reads = (sql: string) => factsOf(sql).partitionReads.map((r) => `${r.table}@${r.start} ${r.statement} ${r.pruned ? 'pruned' : r.nonDeterministic ? `not deterministic @${r.nonDeterministic.start}` : 'full scan'}`);

    it('knows which partitioned tables a statement filters on a partition column', () => {
      assert.deepEqual(reads("SELECT 1 FROM dwd.likes l JOIN dim.room r ON l.room_id = r.room_id JOIN dim.gift g ON g.gift_id = l.id WHERE l.hour = '00'"), [
        'dwd.likes@14 QueryStatement pruned',
        'dim.room@31 QueryStatement full scan',
      ]);
    });

    it('counts filters in CTEs, outer queries over subqueries, USING columns and equalities between partition columns', () => {
      for (const sql of [
        "WITH c AS (SELECT * FROM dwd.likes WHERE p_date = '${date}') SELECT * FROM c",
        "SELECT * FROM (SELECT id, p_date AS d FROM dwd.likes) s WHERE s.d BETWEEN '2024-01-01' AND '${date}'",
        "SELECT * FROM dwd.likes JOIN dim.room USING (room_id, p_date) WHERE p_date = '${date}'",
        "SELECT * FROM dwd.likes l JOIN dim.room r ON r.p_date = l.p_date WHERE l.p_date IN ('${date}')",
      ]) assert.ok(factsOf(sql).partitionReads.every((r) => r.pruned), sql);
    });

    it('does not count terms with other columns, joins of partition columns alone, or non-deterministic values', () => {
      assert.deepEqual(reads("SELECT * FROM dwd.likes WHERE p_date = '${date}' OR n > 0"), ['dwd.likes@14 QueryStatement full scan']);
      assert.deepEqual(reads('SELECT * FROM dwd.likes l JOIN dim.room r ON r.p_date = l.p_date'), ['dwd.likes@14 QueryStatement full scan', 'dim.room@31 QueryStatement full scan']);
      assert.deepEqual(reads('SELECT * FROM dwd.likes WHERE p_date = date_sub(current_date(), 1)'), ['dwd.likes@14 QueryStatement not deterministic @30']);
    });

    it('settles each statement on its own', () => {
      assert.deepEqual(reads("SELECT * FROM dwd.likes WHERE p_date = '${date}';\nCREATE VIEW v AS SELECT * FROM dwd.likes"), ['dwd.likes@14 QueryStatement pruned', 'dwd.likes@81 CreateView full scan']);
    });
  });

  describe('comparisons', () => {
    it('records comparisons whose operands have known types (an IN list one per item), with literals as written', () => {
      const facts = factsOf("SELECT 1 FROM dwd.likes WHERE id = name AND n IN (1, '2') AND ts BETWEEN '2024-01-01' AND x AND my_udf(id) = 1");
      assert.deepEqual(facts.comparisons.map((c) => `${c.op} ${c.left.type} ${c.right.type}${c.right.literal ? ` '${c.right.literal.value}'` : ''}`), [
        '= BIGINT STRING',
        "IN INT TINYINT '1'",
        "IN INT STRING '2'",
        'BETWEEN TIMESTAMP STRING \'2024-01-01\'',
      ]);
    });

    it('records USING keys with the type of each side', () => {
      const facts = factsOf('SELECT 1 FROM dwd.likes JOIN dim.room USING (room_id)');
      assert.deepEqual(facts.comparisons.map((c) => [c.op, c.left.type, c.right.type]), [['USING', 'BIGINT', 'BIGINT']]);
    });
  });

  describe('cartesian joins', () => {
    const products = (sql: string) => factsOf(sql).cartesianJoins.map((c) => `${c.form} ${c.label}`);

    it('finds FROM items no predicate links to the relations before them', () => {
      assert.deepEqual(products('SELECT 1 FROM dwd.likes l, dim.room r, dim.gift g WHERE r.room_id = g.gift_id'), ['comma r']);
      assert.deepEqual(products('SELECT 1 FROM dwd.likes JOIN dim.room'), ['join dim.room']);
      assert.deepEqual(products('SELECT 1 FROM dwd.likes l JOIN dim.room r WHERE title = name'), []);
      assert.deepEqual(products('SELECT 1 FROM dwd.likes CROSS JOIN dim.room'), []);
    });
  });
});
