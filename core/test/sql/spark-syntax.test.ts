import assert from 'node:assert/strict';
import { parse, type CastExpr, type DerivedTable, type Dialect, type Insert, type IntervalExpr, type Literal, type NamedArg, type Span, type TableQuery, type TableRef, type Values } from '../../src/sql';
import { expr, one, query, select, show } from './helpers';

/** The source text a node spans: asserting it pins the node's exact `start`/`end`. */
function spanned(sql: string, node: Span | undefined): string {
  assert.ok(node, 'node expected');
  return sql.slice(node.start, node.end);
}

function errors(sql: string, dialect: Dialect): string[] {
  return parse(sql, dialect).errors.map((e) => `${e.message} @${e.start}`);
}

describe('sql Spark syntax', () => {
  describe('VALUES', () => {
    it('is a relation in FROM, with an alias and column names', () => {
      const sql = "SELECT * FROM VALUES (1, 'a'), (2, 'b') AS t(a, b)";
      const from = select(sql).from[0] as DerivedTable;
      assert.equal(from.kind, 'DerivedTable');
      assert.equal(spanned(sql, from), "VALUES (1, 'a'), (2, 'b') AS t(a, b)");
      const values = from.query.body as Values;
      assert.equal(values.kind, 'Values');
      assert.equal(spanned(sql, values), "VALUES (1, 'a'), (2, 'b')");
      assert.deepEqual(values.rows.map((r) => r.map(show)), [['1', "'a'"], ['2', "'b'"]]);
      assert.equal(from.alias?.name, 't');
      assert.deepEqual(from.columnAliases?.map((c) => [c.name, c.start]), [['a', 45], ['b', 48]]);
    });

    it('takes single-value rows and an alias without AS', () => {
      const sql = 'SELECT * FROM VALUES 1 T(col)';
      const from = select(sql).from[0] as DerivedTable;
      assert.deepEqual((from.query.body as Values).rows.map((r) => r.map(show)), [['1']]);
      assert.equal(spanned(sql, from), 'VALUES 1 T(col)');
      assert.deepEqual([from.alias?.name, from.columnAliases?.map((c) => c.name)], ['T', ['col']]);
      const bare = select('SELECT * FROM VALUES 1, 2').from[0] as DerivedTable;
      assert.deepEqual([(bare.query.body as Values).rows.length, bare.alias], [2, undefined]);
    });

    it('is a query with an optional alias', () => {
      const sql = 'VALUES (1, 2), (3, 4) AS t(a, b)';
      const values = query(sql).body as Values;
      assert.equal(spanned(sql, values), sql);
      assert.deepEqual([values.alias?.name, values.columnAliases?.map((c) => c.name)], ['t', ['a', 'b']]);
    });

    it('takes no statement keyword on the next line for its alias', () => {
      const script = parse('INSERT INTO t VALUES (1)\nUSE db', 'spark');
      assert.deepEqual(script.statements.map((s) => s.kind), ['Insert', 'UseStatement']);
      assert.deepEqual(script.errors.map((e) => [e.message, e.start]), [["unexpected 'USE', expected ';'", 25]]);
    });

    it('stays a table named values when no row follows, and Hive/Flink have no VALUES relation', () => {
      assert.equal((select('SELECT a FROM values').from[0] as TableRef).name.parts[0].name, 'values');
      assert.deepEqual(errors('SELECT * FROM VALUES 1, 2', 'hive'), ["unexpected 'VALUES', expected a table name @14"]);
      assert.deepEqual(errors('SELECT * FROM VALUES 1, 2', 'flink'), ["unexpected 'VALUES', expected a table name @14"]);
    });
  });

  describe('GROUP BY ALL and ORDER BY ALL', () => {
    it('parses GROUP BY ALL', () => {
      const sql = 'SELECT a, sum(b) FROM t GROUP BY ALL';
      const group = select(sql).groupBy;
      assert.deepEqual([group?.all, group?.items], [true, []]);
      assert.equal(spanned(sql, group), 'GROUP BY ALL');
    });

    it('parses ORDER BY ALL with a direction and nulls order', () => {
      const sql = 'SELECT a FROM t ORDER BY ALL DESC NULLS LAST LIMIT 3';
      const q = query(sql);
      assert.deepEqual([q.orderBy, q.orderByAll?.direction, q.orderByAll?.nulls, show(q.limit)], [undefined, 'DESC', 'LAST', '3']);
      assert.equal(spanned(sql, q.orderByAll), 'ALL DESC NULLS LAST');
    });

    it('is Spark only', () => {
      assert.deepEqual(errors('SELECT a FROM t GROUP BY ALL', 'hive'), ["unexpected 'ALL', expected an expression @25"]);
      assert.deepEqual(errors('SELECT a FROM t ORDER BY ALL', 'flink'), ["unexpected 'ALL', expected an expression @25"]);
    });
  });

  describe('TRANSFORM', () => {
    it('parses inputs, script, typed output columns and row formats', () => {
      const sql = "SELECT TRANSFORM (DISTINCT a, b) ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' USING 'cat' AS (c STRING, d INT) ROW FORMAT SERDE 'x.Y' RECORDREADER 'r' FROM t";
      const s = select(sql);
      const t = s.transform;
      assert.ok(t);
      assert.deepEqual([t.keyword, t.distinct, t.inputs.map(show), t.script, s.items], ['TRANSFORM', true, ['a', 'b'], 'cat', []]);
      assert.deepEqual(t.columns.map((c) => [c.name.name, c.type?.text, spanned(sql, c)]), [['c', 'STRING', 'c STRING'], ['d', 'INT', 'd INT']]);
      assert.equal(t.inputFormat, "ROW FORMAT DELIMITED FIELDS TERMINATED BY ','");
      assert.equal(t.outputFormat, "ROW FORMAT SERDE 'x.Y' RECORDREADER 'r'");
      assert.equal(spanned(sql, t), sql.slice(7, sql.indexOf(' FROM t')));
      assert.equal(s.from.length, 1);
    });

    it('takes output columns without parentheses, or none', () => {
      const plain = select("SELECT TRANSFORM (a, b) USING 'cat' AS c, d FROM t").transform;
      assert.deepEqual(plain?.columns.map((c) => [c.name.name, c.type]), [['c', undefined], ['d', undefined]]);
      assert.deepEqual(select("SELECT TRANSFORM (a) USING 'cat' FROM t").transform?.columns, []);
    });

    it('leaves Spark\'s transform(array, lambda) a function', () => {
      assert.equal(show(expr('transform(xs, x -> x + 1)')), 'transform(xs, (x) -> (x + 1))');
    });

    it('parses Hive MAP and REDUCE in FROM-first queries, inserts and subqueries', () => {
      const sql = "FROM (FROM t MAP a, b USING 'm' AS c, d CLUSTER BY c) m INSERT OVERWRITE TABLE u REDUCE m.c, m.d USING 'r' AS e, f";
      const stmt = one(sql, 'hive');
      assert.equal(stmt.kind, 'MultiInsert');
      if (stmt.kind !== 'MultiInsert') return;
      const inner = (stmt.from[0] as DerivedTable).query;
      const map = inner.body.kind === 'Select' ? inner.body.transform : undefined;
      assert.deepEqual([map?.keyword, map?.inputs.map(show), map?.columns.map((c) => c.name.name), inner.clusterBy?.map(show)], ['MAP', ['a', 'b'], ['c', 'd'], ['c']]);
      assert.equal(spanned(sql, inner.body), "FROM t MAP a, b USING 'm' AS c, d");
      const reduce = stmt.inserts[0].query.body;
      assert.equal(reduce.kind === 'Select' ? spanned(sql, reduce.transform) : '', "REDUCE m.c, m.d USING 'r' AS e, f");
    });

    it('parses a FROM-first SELECT TRANSFORM, and a statement starting with MAP (Spark)', () => {
      assert.equal(select("FROM t SELECT TRANSFORM (a, b) USING 'cat' AS c, d").transform?.script, 'cat');
      assert.equal(select("MAP a, b USING 'cat' AS c, d FROM t").transform?.keyword, 'MAP');
      // `map` stays an alias where no expression follows.
      assert.equal((select('SELECT * FROM t map JOIN u ON TRUE').from[0].kind), 'Join');
    });
  });

  describe('intervals', () => {
    it('parses a signed string interval with a range', () => {
      const sql = "SELECT INTERVAL -'1-1' YEAR TO MONTH";
      const e = select(sql).items[0].expr as IntervalExpr;
      assert.deepEqual([e.kind, e.unit, show(e.value)], ['IntervalExpr', 'YEAR TO MONTH', "(- '1-1')"]);
      assert.equal(spanned(sql, e), "INTERVAL -'1-1' YEAR TO MONTH");
    });

    it('parses day-time ranges, plural units and multi-unit intervals', () => {
      assert.equal((expr("INTERVAL '1 2:03:04' DAY TO SECOND") as IntervalExpr).unit, 'DAY TO SECOND');
      assert.equal((expr("INTERVAL '3' DAYS") as IntervalExpr).unit, 'DAYS');
      const sql = 'SELECT INTERVAL 1 YEAR 2 MONTHS 3 DAYS';
      const multi = select(sql).items[0].expr as IntervalExpr;
      assert.deepEqual(multi.parts?.map((p) => `${show(p.value)} ${p.unit}`), ['1 YEAR', '2 MONTHS', '3 DAYS']);
      assert.equal(spanned(sql, multi), 'INTERVAL 1 YEAR 2 MONTHS 3 DAYS');
      assert.equal(show(expr('INTERVAL 1 DAY - INTERVAL 2 HOURS')), '(INTERVAL 1 DAY - INTERVAL 2 HOURS)');
      assert.equal(show(expr('INTERVAL (a + 1) DAY')), 'INTERVAL (a + 1) DAY');
    });

    it('keeps a column named interval', () => {
      assert.deepEqual(select('SELECT interval, a FROM t').items.map((i) => show(i.expr)), ['interval', 'a']);
      assert.equal(show(expr('interval FROM t', 'flink')), 'interval');
    });

    it('parses INTERVAL types in CAST and column definitions (not Hive)', () => {
      const sql = 'SELECT CAST(x AS INTERVAL DAY), CAST(y AS INTERVAL YEAR TO MONTH) FROM t';
      const casts = select(sql).items.map((i) => (i.expr as CastExpr).type);
      assert.deepEqual(casts.map((t) => [t.text, spanned(sql, t)]), [['INTERVAL DAY', 'INTERVAL DAY'], ['INTERVAL YEAR TO MONTH', 'INTERVAL YEAR TO MONTH']]);
      // Flink's documented precision form (the reference grammar lacks INTERVAL types).
      const flink = one('CREATE TABLE t (a INTERVAL DAY(2) TO SECOND(3))', 'flink');
      assert.equal(flink.kind === 'CreateTable' ? flink.columns[0].type?.text : '', 'INTERVAL DAY(2) TO SECOND(3)');
      assert.deepEqual(errors('SELECT CAST(x AS INTERVAL DAY) FROM t', 'hive'), ["unexpected 'DAY': expected ')' to close '(' at 1:12 @26"]);
    });
  });

  describe('functions', () => {
    it('parses EXTRACT(field FROM x), EXTRACT(\'field\', x) and EXTRACT(field, x) with the field as a string', () => {
      for (const [text, field] of [['EXTRACT(YEAR FROM ts)', 'YEAR'], ["EXTRACT('day', ts)", 'day'], ['EXTRACT(day, ts)', 'DAY']]) {
        const sql = `SELECT ${text}`;
        const call = select(sql).items[0].expr;
        assert.equal(call.kind, 'FunctionCall');
        if (call.kind !== 'FunctionCall') return;
        const lit = call.args[0] as Literal;
        assert.deepEqual([lit.kind, lit.value, show(call.args[1]), spanned(sql, call)], ['Literal', field, 'ts', text]);
        assert.equal(spanned(sql, lit), text.slice(8, text.indexOf(text.includes(' FROM') ? ' FROM' : ',')));
      }
    });

    it('parses struct(expr AS name) fields as named arguments', () => {
      const sql = 'SELECT STRUCT(a AS x, b + 1 AS y, c) FROM t';
      const call = select(sql).items[0].expr;
      assert.equal(call.kind, 'FunctionCall');
      if (call.kind !== 'FunctionCall') return;
      const [x, y, c] = call.args;
      assert.deepEqual([x.kind, (x as NamedArg).name.name, show((x as NamedArg).value), spanned(sql, x)], ['NamedArg', 'x', 'a', 'a AS x']);
      assert.deepEqual([(y as NamedArg).name.name, spanned(sql, y)], ['y', 'b + 1 AS y']);
      assert.equal(show(c), 'c');
    });

    it('turns the unit of three-argument date functions into a string, never a column', () => {
      const sql = 'SELECT TIMESTAMPDIFF(DAY, a, b), DATEADD(hour, 1, ts), date_add(day, 1) FROM t';
      const [diff, add, plain] = select(sql).items.map((i) => i.expr);
      assert.equal(diff.kind === 'FunctionCall' ? show(diff.args[0]) : '', "'DAY'");
      assert.equal(add.kind === 'FunctionCall' ? spanned(sql, add.args[0]) : '', 'hour');
      assert.equal(add.kind === 'FunctionCall' ? show(add.args[0]) : '', "'HOUR'");
      // Two arguments: `day` is a column.
      assert.equal(plain.kind === 'FunctionCall' ? plain.args[0].kind : '', 'ColumnRef');
    });
  });

  describe('quantifiers', () => {
    it('parses LIMIT ALL as no limit', () => {
      const q = query('SELECT a FROM t ORDER BY a LIMIT ALL OFFSET 1');
      assert.deepEqual([q.limit, show(q.offset)], [undefined, '1']);
    });

    it('parses = ALL (query) and > ANY (query) as a subquery comparison', () => {
      const sql = 'SELECT a FROM t WHERE a > ANY (SELECT b FROM u)';
      const where = select(sql).where;
      assert.equal(where?.kind, 'BinaryExpr');
      if (where?.kind !== 'BinaryExpr') return;
      assert.deepEqual([where.op, where.right.kind, spanned(sql, where.right)], ['>', 'SubqueryExpr', 'ANY (SELECT b FROM u)']);
    });
  });

  describe('comments', () => {
    it('nests block comments in Spark and Hive, not in Flink', () => {
      const sql = 'SELECT /* outer /* inner */ still comment */ 1';
      assert.equal(show(select(sql).items[0].expr), '1');
      assert.equal(show(select(sql, 'hive').items[0].expr), '1');
      assert.deepEqual(errors('SELECT /* a /* b */ c */ 1', 'flink'), ["unexpected '/', expected an expression @23"]);
    });

    it('ends an unbalanced nested comment at its first close, as the reference grammars do', () => {
      assert.equal(show(select('SELECT 1 /* unclosed /* nested */').items[0].expr), '1');
      assert.deepEqual(errors('SELECT 1 /* never closed', 'spark'), ['unterminated block comment @9']);
    });
  });

  describe('INSERT', () => {
    it('parses INSERT INTO t TABLE s', () => {
      const sql = 'INSERT INTO t TABLE db.s';
      const ins = one(sql) as Insert;
      const body = ins.query.body as TableQuery;
      assert.deepEqual([body.kind, body.name.parts.map((p) => p.name), spanned(sql, body)], ['TableQuery', ['db', 's'], 'TABLE db.s']);
      assert.equal((query('TABLE a UNION ALL TABLE b').body.kind), 'SetOperation');
    });

    it('parses INSERT ... REPLACE WHERE', () => {
      const sql = 'INSERT INTO TABLE t REPLACE WHERE ssn = 1 SELECT * FROM s';
      const ins = one(sql) as Insert;
      assert.deepEqual([show(ins.replaceWhere), spanned(sql, ins.replaceWhere), ins.query.body.kind], ['(ssn = 1)', 'ssn = 1', 'Select']);
    });

    it('parses INSERT ... BY NAME', () => {
      const ins = one('INSERT OVERWRITE TABLE t PARTITION (p = 1) BY NAME SELECT a FROM s') as Insert;
      assert.deepEqual([ins.byName, ins.overwrite, ins.partition.length, ins.query.body.kind], [true, true, 1, 'Select']);
      assert.deepEqual(errors('INSERT INTO t BY NAME SELECT a FROM s', 'hive'), ["unexpected 'BY', expected a query ('SELECT' or 'VALUES') @14"]);
    });
  });

  describe('time travel', () => {
    const cases: [string, 'versionAsOf' | 'timestampAsOf', string][] = [
      ['SELECT * FROM t VERSION AS OF 1', 'versionAsOf', '1'],
      ["SELECT * FROM t TIMESTAMP AS OF '2024-01-01' x", 'timestampAsOf', "'2024-01-01'"],
      ["SELECT * FROM t FOR SYSTEM_VERSION AS OF 'v1'", 'versionAsOf', "'v1'"],
      ["SELECT * FROM t FOR SYSTEM_TIME AS OF '2024-01-01'", 'timestampAsOf', "'2024-01-01'"],
      ['SELECT * FROM t FOR VERSION AS OF 3 AS x', 'versionAsOf', '3'],
      ['SELECT * FROM t FOR TIMESTAMP AS OF current_timestamp()', 'timestampAsOf', 'current_timestamp()'],
    ];
    for (const [sql, field, value] of cases) {
      it(sql, () => {
        const ref = select(sql).from[0] as TableRef;
        assert.equal(show(ref[field]), value);
        assert.equal(spanned(sql, ref), sql.slice(14));
      });
    }

    it('keeps an alias after the time travel clause and joins after it', () => {
      const s = select("SELECT * FROM t VERSION AS OF 'v1' AS x JOIN u ON x.a = u.a");
      assert.equal(s.from[0].kind === 'Join' && s.from[0].left.kind === 'TableRef' ? s.from[0].left.alias?.name : '', 'x');
    });
  });

  describe('CREATE TEMPORARY VIEW ... USING', () => {
    it('parses the data source, its options and typed columns', () => {
      const sql = "CREATE OR REPLACE GLOBAL TEMPORARY VIEW v (a INT, b STRING COMMENT 'x') USING csv OPTIONS (path '/tmp/x', header 'true')";
      const view = one(sql);
      assert.equal(view.kind, 'CreateView');
      if (view.kind !== 'CreateView') return;
      assert.deepEqual([view.orReplace, view.temporary, view.using?.format], [true, true, 'csv']);
      assert.deepEqual(view.using?.options.map((o) => [o.key, o.value]), [['path', '/tmp/x'], ['header', 'true']]);
      assert.deepEqual(view.columns?.map((c) => [c.name.name, c.type?.text, c.comment]), [['a', 'INT', undefined], ['b', 'STRING', 'x']]);
      assert.equal(spanned(sql, view), sql);
    });

    it('takes a qualified data source name', () => {
      const view = one('CREATE TEMPORARY VIEW v USING org.apache.spark.sql.parquet');
      assert.equal(view.kind === 'CreateView' ? view.using?.format : '', 'org.apache.spark.sql.parquet');
    });
  });

  describe('keywords as column names', () => {
    const cases: [Dialect, string, string[]][] = [
      ['spark', 'SELECT sort, end, date, year, month, day, hour, minute, second, timestamp FROM t', ['sort', 'end', 'date', 'year', 'month', 'day', 'hour', 'minute', 'second', 'timestamp']],
      ['spark', 'SELECT key, value, type, comment, location, data, format, range, rank, interval FROM t', ['key', 'value', 'type', 'comment', 'location', 'data', 'format', 'range', 'rank', 'interval']],
      ['spark', 'SELECT a FROM t WHERE limit = 1 AND order > 2 AND sort IS NOT NULL AND end IN (1)', ['a']],
      ['spark', 'SELECT a regexp, b FROM t', ['a', 'b']],
      ['hive', 'SELECT sort, distribute, limit FROM t', ['sort', 'distribute', 'limit']],
      ['flink', 'SELECT sort, distribute, regexp FROM t', ['sort', 'distribute', 'regexp']],
    ];
    for (const [dialect, sql, names] of cases) {
      it(`${dialect}: ${sql}`, () => {
        assert.deepEqual(select(sql, dialect).items.map((i) => show(i.expr)), names);
      });
    }

    it('takes keywords as aliases before a comma or FROM, and as column names in CREATE TABLE', () => {
      assert.deepEqual(select('SELECT a end, b sort FROM t').items.map((i) => i.alias?.name), ['end', 'sort']);
      assert.deepEqual(select('SELECT a limit FROM t', 'hive').items.map((i) => i.alias?.name), ['limit']);
      const table = one('CREATE TABLE t (watermark INT, constraint INT, primary INT)');
      assert.deepEqual(table.kind === 'CreateTable' ? table.columns.map((c) => c.name.name) : [], ['watermark', 'constraint', 'primary']);
    });

    it('takes keywords as table names and qualifiers where nothing continues them', () => {
      const s = select('SELECT sort.a, end.b FROM sort JOIN t AS end ON sort.k = end.k GROUP BY sort.a ORDER BY end.b');
      assert.deepEqual(s.items.map((i) => show(i.expr)), ['sort.a', 'end.b']);
      const hive = select('WITH semi AS (SELECT 1 AS a) SELECT p.a FROM semi, t pivot', 'hive');
      assert.deepEqual(hive.from.map((r) => (r.kind === 'TableRef' ? [r.name.parts[0].name, r.alias?.name] : [])), [['semi', undefined], ['t', 'pivot']]);
    });

    it('still reports an unfinished clause rather than take its keyword for a name', () => {
      for (const sql of ['SELECT a FROM t WHERE', 'SELECT a FROM t JOIN', 'SELECT a FROM t JOIN u ON', 'SELECT a FROM t LEFT', 'SELECT a FROM t GROUP BY']) {
        assert.equal(parse(sql, 'spark').errors.length, 1, sql);
      }
    });

    it('keeps reserved words reserved per dialect and CASE ... ELSE END closing the CASE', () => {
      assert.deepEqual(errors('SELECT end FROM t', 'hive'), ["unexpected 'end', expected an expression @7"]);
      assert.deepEqual(errors('SELECT a, FROM t', 'spark'), ["unexpected 'FROM', expected an expression after ',' @10"]);
      assert.deepEqual(errors('SELECT FROM WHERE', 'spark'), ["unexpected 'FROM', expected an expression @7"]);
      assert.deepEqual(errors('SELECT CASE WHEN a THEN 1 ELSE END FROM t', 'spark'), ["unexpected 'END', expected an expression @31"]);
    });
  });
});
