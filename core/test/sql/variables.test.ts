import assert from 'node:assert/strict';
import { parse, type DeclareVariable, type ExecuteImmediate, type QualifiedName, type SetVariable, type Span } from '../../src/sql';
import { one, show } from './helpers';

function text(sql: string, node: Span | undefined): string {
  assert.ok(node, 'node expected');
  return sql.slice(node.start, node.end);
}

function names(list: QualifiedName[]): string[] {
  return list.map((n) => n.parts.map((p) => p.name).join('.'));
}

describe('sql Spark session variables', () => {
  it('DECLARE: optional OR REPLACE, VARIABLE, type and default (DEFAULT or =)', () => {
    const cases: [string, boolean, string, string | undefined, string | undefined][] = [
      ['DECLARE five = 5', false, 'five', undefined, '5'],
      ['DECLARE VARIABLE size DEFAULT 6', false, 'size', undefined, '6'],
      ['DECLARE some_var STRING', false, 'some_var', 'STRING', undefined],
      ['DECLARE sum INT', false, 'sum', 'INT', undefined],
      ['DECLARE OR REPLACE VARIABLE system.session.v DECIMAL(10, 2) DEFAULT 1 + 2', true, 'system.session.v', 'DECIMAL(10,2)', '(1 + 2)'],
      ['DECLARE VARIABLE = 1', false, 'VARIABLE', undefined, '1'],
    ];
    for (const [sql, orReplace, name, type, value] of cases) {
      const stmt = one(sql) as DeclareVariable;
      assert.equal(stmt.kind, 'DeclareVariable', sql);
      assert.deepEqual([stmt.orReplace, names([stmt.name])[0], stmt.type?.text, stmt.default && show(stmt.default)], [orReplace, name, type, value], sql);
      assert.equal(text(sql, stmt), sql);
    }
  });

  it('SET VAR assigns a list of variables, or a tuple from one query', () => {
    const sql = 'SET VAR a = DEFAULT, b = 2';
    const list = one(sql) as SetVariable;
    assert.deepEqual([list.kind, names(list.names), list.values.map(show), text(sql, list)], ['SetVariable', ['a', 'b'], ['DEFAULT', '2'], sql]);
    const tuple = one('SET VARIABLE (v1, v2) = (SELECT max(c1), min(c1) FROM t)') as SetVariable;
    assert.deepEqual([names(tuple.names), tuple.values.map((v) => v.kind)], [['v1', 'v2'], ['SubqueryExpr']]);
  });

  it('EXECUTE IMMEDIATE keeps the SQL expression, INTO variables and USING arguments', () => {
    const sql = "EXECUTE IMMEDIATE 'SELECT ' || col INTO a, b USING 5 AS first, arg2";
    const stmt = one(sql) as ExecuteImmediate;
    assert.deepEqual(
      [stmt.kind, show(stmt.sql), names(stmt.into), stmt.using.map((u) => (u.kind === 'NamedArg' ? `${show(u.value)} AS ${u.name.name}` : show(u))), text(sql, stmt)],
      ['ExecuteImmediate', "('SELECT ' || col)", ['a', 'b'], ['5 AS first', 'arg2'], sql],
    );
  });

  it('stays a plain SET with a key named var, and Spark-only', () => {
    assert.deepEqual(one('SET var = 1'), { kind: 'SetStatement', key: 'var', value: '1', start: 0, end: 11 });
    assert.deepEqual(one('SET var.x=1'), { kind: 'SetStatement', key: 'var.x', value: '1', start: 0, end: 11 });
    assert.deepEqual(parse('SET VAR x', 'spark').errors.map((e) => `${e.message} @${e.start}`), ["unexpected end of input, expected '=' @9"]);
    assert.deepEqual(parse('DECLARE x = 1', 'hive').errors.map((e) => e.message), ["unexpected 'DECLARE', expected a statement"]);
  });
});
