import assert from 'node:assert/strict';
import { parse, type CreateTable, type Join, type LateralViewSource, type PartitionedTableFunction, type Span } from '../../src/sql';
import { one, select, show } from './helpers';

function spanned(sql: string, node: Span | undefined): string {
  assert.ok(node, 'node expected');
  return sql.slice(node.start, node.end);
}

function createTable(sql: string): CreateTable {
  const stmt = one(sql, 'hive');
  assert.equal(stmt.kind, 'CreateTable');
  return stmt as CreateTable;
}

describe('sql Hive syntax', () => {
  describe('table constraints', () => {
    it('parses PRIMARY KEY ... DISABLE NOVALIDATE RELY as a not-enforced key', () => {
      const sql = 'CREATE TABLE t (a INT, b STRING, PRIMARY KEY (a) DISABLE NOVALIDATE RELY)';
      const pk = createTable(sql).primaryKey;
      assert.deepEqual([pk?.columns.map((c) => c.name), pk?.notEnforced], [['a'], true]);
      assert.equal(spanned(sql, pk), 'PRIMARY KEY (a) DISABLE NOVALIDATE RELY');
      assert.equal(createTable('CREATE TABLE t (a INT, CONSTRAINT pk PRIMARY KEY (a) NOT ENFORCED RELY)').primaryKey?.notEnforced, true);
      assert.equal(createTable('CREATE TABLE t (a INT, PRIMARY KEY (a) ENABLE)').primaryKey?.notEnforced, false);
    });

    it('parses FOREIGN KEY, UNIQUE and CHECK constraints in order', () => {
      const sql = `CREATE TABLE t (a INT, b STRING,
        CONSTRAINT fk FOREIGN KEY (b) REFERENCES db.u(c) DISABLE NOVALIDATE,
        CONSTRAINT uk UNIQUE (a, b) DISABLE NOVALIDATE NORELY,
        CONSTRAINT ck CHECK (a > 0) ENABLE)`;
      const table = createTable(sql);
      assert.deepEqual(table.columns.map((c) => c.name.name), ['a', 'b']);
      const [fk, uk, ck] = table.constraints ?? [];
      assert.deepEqual([fk.type, fk.name?.name, fk.columns.map((c) => c.name), fk.references?.table.parts.map((p) => p.name), fk.references?.columns.map((c) => c.name)], ['FOREIGN KEY', 'fk', ['b'], ['db', 'u'], ['c']]);
      assert.equal(spanned(sql, fk), 'CONSTRAINT fk FOREIGN KEY (b) REFERENCES db.u(c) DISABLE NOVALIDATE');
      assert.deepEqual([uk.type, uk.columns.map((c) => c.name)], ['UNIQUE', ['a', 'b']]);
      assert.deepEqual([ck.type, show(ck.check), spanned(sql, ck)], ['CHECK', '(a > 0)', 'CONSTRAINT ck CHECK (a > 0) ENABLE']);
    });

    it('parses column constraints', () => {
      const sql = `CREATE TABLE t (
        a INT NOT NULL ENFORCED,
        b STRING DEFAULT 'x' CONSTRAINT nn NOT NULL DISABLE NOVALIDATE RELY,
        c INT CHECK (c > 0),
        d INT PRIMARY KEY DISABLE NOVALIDATE,
        e STRING UNIQUE DISABLE,
        f BIGINT CONSTRAINT fk REFERENCES u(g) DISABLE NOVALIDATE)`;
      const [a, b, c, d, e, f] = createTable(sql).columns;
      assert.deepEqual([a.notNull, spanned(sql, a)], [true, 'a INT NOT NULL ENFORCED']);
      assert.deepEqual([b.notNull, show(b.default)], [true, "'x'"]);
      assert.equal(show(c.check), '(c > 0)');
      assert.equal(d.primaryKey, true);
      assert.equal(e.unique, true);
      assert.deepEqual([f.references?.table.parts[0].name, f.references?.columns.map((x) => x.name), spanned(sql, f)], ['u', ['g'], 'f BIGINT CONSTRAINT fk REFERENCES u(g) DISABLE NOVALIDATE']);
    });

    it('keeps Flink to NOT ENFORCED', () => {
      const errors = parse("CREATE TABLE k (a INT, PRIMARY KEY (a) DISABLE) WITH ('connector' = 'kafka')", 'flink').errors;
      assert.deepEqual(errors.map((e) => [e.message, e.start]), [["unexpected 'DISABLE': expected ')' to close '(' at 1:16", 39]]);
    });
  });

  describe('partitioned table functions', () => {
    it('parses noop(ON t PARTITION BY a ORDER BY b) with an alias', () => {
      const sql = 'SELECT * FROM noop(ON t PARTITION BY a ORDER BY b DESC) x';
      const ptf = select(sql, 'hive').from[0] as PartitionedTableFunction;
      assert.equal(ptf.kind, 'PartitionedTableFunction');
      assert.deepEqual([ptf.name.parts[0].name, ptf.source.kind, ptf.partitionBy.map(show), ptf.orderBy.map((o) => `${show(o.expr)} ${o.direction}`), ptf.alias?.name], ['noop', 'TableRef', ['a'], ['b DESC'], 'x']);
      assert.equal(spanned(sql, ptf), 'noop(ON t PARTITION BY a ORDER BY b DESC) x');
    });

    it('takes a subquery or another PTF as input, DISTRIBUTE/SORT BY and named arguments', () => {
      const nested = select('SELECT * FROM noop(ON noopwithmap(ON (SELECT * FROM t) sq DISTRIBUTE BY a SORT BY b) PARTITION BY a ORDER BY b)', 'hive').from[0] as PartitionedTableFunction;
      const inner = nested.source as PartitionedTableFunction;
      assert.deepEqual([inner.kind, inner.name.parts[0].name, inner.source.kind, inner.partitionBy.map(show), inner.orderBy.map((o) => show(o.expr))], ['PartitionedTableFunction', 'noopwithmap', 'DerivedTable', ['a'], ['b']]);
      const sql = "SELECT * FROM matchpath(ON t PARTITION BY a ORDER BY b ARG1('LATE.LATE+'), ARG2('LATE'), ARG3(d > 15))";
      const mp = select(sql, 'hive').from[0] as PartitionedTableFunction;
      assert.deepEqual(mp.args.map(show), ["ARG1('LATE.LATE+')", "ARG2('LATE')", 'ARG3((d > 15))']);
    });

    it('is Hive only: elsewhere ON is not an argument', () => {
      assert.deepEqual(parse('SELECT * FROM noop(ON t PARTITION BY a)', 'spark').errors.map((e) => e.message), ["unexpected 'ON', expected an expression"]);
    });
  });

  describe('LATERAL VIEW before a JOIN', () => {
    it('attaches the lateral views to the source the join follows', () => {
      const sql = 'SELECT a FROM t LATERAL VIEW explode(arr) x AS e LATERAL VIEW explode(m) y AS k, v JOIN u ON t.a = u.a LEFT JOIN w ON w.a = u.a';
      const s = select(sql, 'hive');
      assert.deepEqual(s.lateralViews, []);
      const outer = s.from[0] as Join;
      const inner = outer.left as Join;
      const source = inner.left as LateralViewSource;
      assert.deepEqual([outer.joinType, inner.joinType, source.kind, source.source.kind], ['LEFT', 'INNER', 'LateralViewSource', 'TableRef']);
      assert.deepEqual(source.views.map((v) => [show(v.call), v.tableAlias?.name, v.columnAliases.map((c) => c.name)]), [['explode(arr)', 'x', ['e']], ['explode(m)', 'y', ['k', 'v']]]);
      assert.equal(spanned(sql, source), 't LATERAL VIEW explode(arr) x AS e LATERAL VIEW explode(m) y AS k, v');
    });

    it('keeps lateral views that end the FROM clause on the select', () => {
      const s = select('SELECT a FROM t JOIN u ON t.a = u.a LATERAL VIEW explode(arr) x AS e WHERE e > 1', 'hive');
      assert.deepEqual([s.from[0].kind, s.lateralViews.map((v) => v.tableAlias?.name), show(s.where)], ['Join', ['x'], '(e > 1)']);
    });
  });

  describe('TRANSFORM (documented in the Hive Language Manual; the reference grammar rejects USING)', () => {
    it('parses SELECT TRANSFORM ... USING ... AS and MAP/REDUCE', () => {
      assert.deepEqual(select("SELECT TRANSFORM (a, b) USING 'cat' AS c, d FROM t", 'hive').transform?.columns.map((c) => c.name.name), ['c', 'd']);
      assert.equal(select("FROM t REDUCE a, b USING 'cat' AS c, d", 'hive').transform?.keyword, 'REDUCE');
    });
  });
});
