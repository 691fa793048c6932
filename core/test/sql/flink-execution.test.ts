import assert from 'node:assert/strict';
import { parse, type BetweenExpr, type BinaryExpr, type CreateTable, type DropStatement, type Insert, type PlanStatement, type SessionStatement, type StatementSet } from '../../src/sql';
import { expr, one, show } from './helpers';

describe('sql Flink execution statements and documented forms', () => {
  it('EXECUTE INSERT is the INSERT, spanning EXECUTE', () => {
    const sql = "EXECUTE\nINSERT OVERWRITE t VALUES ('a', 1)";
    const insert = one(sql, 'flink') as Insert;
    assert.deepEqual([insert.kind, insert.overwrite, insert.table.parts[0].name, insert.start, insert.end], ['Insert', true, 't', 0, sql.length]);
  });

  it('COMPILE [AND EXECUTE] PLAN and EXECUTE PLAN', () => {
    const cases: [string, boolean, boolean, boolean, string | undefined][] = [
      ["EXECUTE PLAN '/p.json'", false, true, false, undefined],
      ["COMPILE PLAN '/p.json' IF NOT EXISTS FOR INSERT INTO t SELECT a FROM s", true, false, true, 'Insert'],
      ["COMPILE AND EXECUTE PLAN '/p.json' FOR STATEMENT SET BEGIN INSERT INTO t SELECT a FROM s; END", true, true, false, 'StatementSet'],
    ];
    for (const [sql, compile, execute, ifNotExists, inner] of cases) {
      const plan = one(sql, 'flink') as PlanStatement;
      assert.deepEqual([plan.kind, plan.compile, plan.execute, plan.ifNotExists, plan.path, plan.statement?.kind, plan.end], ['PlanStatement', compile, execute, ifNotExists, '/p.json', inner, sql.length], sql);
    }
    const set = (one("COMPILE PLAN 'x' FOR EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1; INSERT INTO b SELECT 2; END", 'flink') as PlanStatement).statement as StatementSet;
    assert.equal(set.statements.length, 2);
    assert.deepEqual(parse("COMPILE PLAN 'x' FOR SELECT 1", 'flink').errors.map((e) => `${e.message} @${e.start}`), ["unexpected 'SELECT', expected 'INSERT' or 'STATEMENT SET' @21"]);
    assert.deepEqual(parse('EXECUTE INSERT INTO t SELECT 1', 'spark').errors.map((e) => e.message), ["unexpected 'EXECUTE', expected a statement"]);
  });

  it('BETWEEN SYMMETRIC|ASYMMETRIC; a column named symmetric still works', () => {
    const sym = expr('12 NOT BETWEEN SYMMETRIC 15 AND 12', 'flink') as BetweenExpr;
    assert.deepEqual([show(sym), sym.symmetric, sym.end], ['(12 NOT BETWEEN 15 AND 12)', true, 41]);
    const asym = expr('a BETWEEN ASYMMETRIC 1 AND 2', 'flink') as BetweenExpr;
    assert.deepEqual([show(asym), asym.symmetric], ['(a BETWEEN 1 AND 2)', undefined]);
    assert.equal(show(expr('a BETWEEN symmetric AND 2', 'flink')), '(a BETWEEN symmetric AND 2)');
  });

  it('(start, end) OVERLAPS (start, interval) compares two periods', () => {
    const e = expr("(TIME '9:00:00', TIME '10:00:00') OVERLAPS (TIME '10:15:00', INTERVAL '3' HOUR)", 'flink') as BinaryExpr;
    assert.deepEqual([e.kind, e.op, e.left.kind, e.right.kind, e.end], ['BinaryExpr', 'OVERLAPS', 'RowExpr', 'RowExpr', 86]);
  });

  it('DROP TEMPORARY SYSTEM FUNCTION', () => {
    const drop = one('DROP TEMPORARY SYSTEM FUNCTION IF EXISTS parse_ua', 'flink') as DropStatement;
    assert.deepEqual([drop.objectType, drop.ifExists, drop.name?.parts[0].name], ['FUNCTION', true, 'parse_ua']);
  });

  it('LOAD MODULE and USE MODULES take string names', () => {
    const load = one("LOAD MODULE 'dummy'", 'flink') as SessionStatement;
    assert.deepEqual(load.modules, [{ kind: 'Identifier', name: 'dummy', quoted: true, start: 12, end: 19 }]);
    assert.deepEqual((one("USE MODULES 'a', b", 'flink') as SessionStatement).modules.map((m) => [m.name, m.quoted]), [['a', true], ['b', false]]);
  });

  it("RAW('class', 'snapshot') types and a watermark on a nested ROW field", () => {
    const sql = "CREATE TABLE t (r RAW('class', 'snap'), f ROW<q ROW<t1 TIMESTAMP(3)>>, WATERMARK FOR f.q.t1 AS NOW()) WITH ('connector' = 'x')";
    const table = one(sql, 'flink') as CreateTable;
    assert.equal(table.columns[0].type?.text, "RAW('class','snap')");
    const wm = table.watermark;
    assert.deepEqual([wm?.column.name, wm?.fields?.map((f) => f.name), sql.slice(wm?.start, wm?.end)], ['f', ['q', 't1'], 'WATERMARK FOR f.q.t1 AS NOW()']);
    assert.deepEqual(parse("CREATE TABLE t (r DECIMAL('1'))", 'flink').errors.map((e) => e.message), ["unexpected ''1'', expected a type parameter"]);
  });
});
