import assert from 'node:assert/strict';
import { parse, type Dialect, type SessionStatement } from '../../src/sql';
import { one, shape } from './helpers';

const session = (text: string, dialect: Dialect = 'flink') => one(text, dialect) as SessionStatement;

/** The first syntax error as `[message, offending text]`. */
function firstError(text: string, dialect: Dialect = 'flink'): [string, string] | undefined {
  const e = parse(text, dialect).errors[0];
  return e && [e.message, text.slice(e.start, e.end)];
}

describe('sql session statements (jars, modules, RESET)', () => {
  const none = { modules: [], options: [], full: false };
  const cases: [string, Dialect, object][] = [
    ["ADD JAR '/opt/udf.jar'", 'flink', { action: 'ADD JAR', path: '/opt/udf.jar', ...none }],
    ["REMOVE JAR '/opt/udf.jar'", 'flink', { action: 'REMOVE JAR', path: '/opt/udf.jar', ...none }],
    ['SHOW JARS', 'flink', { action: 'SHOW JARS', ...none }],
    ['SHOW MODULES', 'flink', { action: 'SHOW MODULES', ...none }],
    ['SHOW FULL MODULES', 'flink', { action: 'SHOW MODULES', modules: [], options: [], full: true }],
    ['RESET', 'flink', { action: 'RESET', ...none }],
    ["RESET 'table.exec.state.ttl'", 'flink', { action: 'RESET', key: 'table.exec.state.ttl', ...none }],
    ['RESET spark.sql.shuffle.partitions', 'spark', { action: 'RESET', key: 'spark.sql.shuffle.partitions', ...none }],
    ['ADD JAR hdfs:///libs/udf.jar', 'spark', { action: 'ADD JAR', path: 'hdfs:///libs/udf.jar', ...none }],
    ["ADD JAR 'hdfs:///libs/udf.jar'", 'hive', { action: 'ADD JAR', path: 'hdfs:///libs/udf.jar', ...none }],
  ];
  for (const [text, dialect, expected] of cases) {
    it(`${dialect}: ${text}`, () => {
      const s = session(text, dialect);
      assert.deepEqual(shape(s), { kind: 'SessionStatement', ...expected });
      assert.deepEqual([s.start, s.end], [0, text.length]);
    });
  }

  it('LOAD MODULE with options', () => {
    const text = "LOAD MODULE hive WITH ('hive-version' = '3.1.2')";
    const s = session(text);
    assert.equal(s.action, 'LOAD MODULE');
    assert.deepEqual(s.modules.map((m) => [m.name, text.slice(m.start, m.end)]), [['hive', 'hive']]);
    assert.deepEqual(s.options.map((o) => [o.key, o.value, text.slice(o.start, o.end)]), [['hive-version', '3.1.2', "'hive-version' = '3.1.2'"]]);
  });

  it('UNLOAD MODULE and USE MODULES name their modules in order', () => {
    assert.deepEqual(shape(session('UNLOAD MODULE core')), { kind: 'SessionStatement', action: 'UNLOAD MODULE', modules: [{ kind: 'Identifier', name: 'core', quoted: false }], options: [], full: false });
    const text = 'USE MODULES hive, `core`';
    const s = session(text);
    assert.equal(s.action, 'USE MODULES');
    assert.deepEqual(s.modules.map((m) => [m.name, m.quoted, m.start, m.end]), [['hive', false, 12, 16], ['core', true, 18, 24]]);
  });

  it('is told apart from the statements it resembles', () => {
    assert.equal(one('USE modules_db', 'flink').kind, 'UseStatement');
    assert.equal(one("LOAD DATA INPATH '/x' INTO TABLE t", 'hive').kind, 'LoadData');
    assert.equal(one('ADD JAR WITH /opt/a.jar AS a', 'flink').kind, 'OpaqueStatement');
  });

  it('reports a missing module or jar at the right token', () => {
    assert.deepEqual(firstError('USE MODULES'), ['unexpected end of input, expected a module name', '']);
    assert.deepEqual(firstError('USE MODULES hive,'), ['unexpected end of input, expected a module name', '']);
    assert.deepEqual(firstError('LOAD MODULE hive WITH'), ["unexpected end of input, expected '('", '']);
    assert.deepEqual(firstError('ADD JAR /tmp/x.jar'), ["unexpected '/', expected a string literal", '/']);
    assert.deepEqual(firstError('UNLOAD MODULE hive core'), ["unexpected 'core', expected ';'", 'core']);
  });

  it('starts a new statement after a broken one on the next line', () => {
    const s = parse("SELECT FROM\nREMOVE JAR '/x.jar';\nUNLOAD MODULE hive", 'flink');
    assert.deepEqual(s.statements.map((x) => x.kind), ['QueryStatement', 'SessionStatement', 'SessionStatement']);
  });
});
