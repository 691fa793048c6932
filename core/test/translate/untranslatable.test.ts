import assert from 'node:assert/strict';
import { catalogFromSql } from '../../src/catalog';
import type { Dialect } from '../../src/sql';
import { translate } from './duckdb-session';

const catalog = catalogFromSql('CREATE TABLE ods.t (a BIGINT, s STRING, arr ARRAY<INT>, i INT) PARTITIONED BY (p_date STRING);', 'hive');

/** `at` is the text the diagnostic must start at (its first occurrence after the first line). */
const CASES: { name: string; sql: string; at: string; message: RegExp; dialect?: Dialect }[] = [
  { name: 'an unknown function (a UDF)', sql: 'SELECT a,\n  my_udf(s) FROM ods.t', at: 'my_udf', message: /^function my_udf\(\) has no DuckDB translation .*: rewrite it/ },
  { name: 'a database-qualified UDF', sql: 'SELECT udfs.clean(s) FROM ods.t', at: 'udfs.clean', message: /^function udfs\.clean\(\)/ },
  { name: 'a TRANSFORM script', sql: "SELECT TRANSFORM (a, s) USING 'python x.py' AS (b, c) FROM ods.t", at: "TRANSFORM (a", message: /^TRANSFORM \.\.\. USING 'python x\.py' runs an external script/ },
  { name: 'a variable without value', sql: 'SELECT a FROM ods.t WHERE i < ${top_n}', at: '${top_n}', message: /^variable \$\{top_n\} has no value: .*--var top_n=VALUE/ },
  { name: 'a variable without value inside a string', sql: "SELECT a FROM ods.t WHERE p_date = '${day}'", at: "'${day}'", message: /^variable \$\{day\} has no value/ },
  { name: 'a computed index into a value of unknown type', sql: 'SELECT get_json_object(s, \'$.a\')[i] FROM ods.t', at: 'i]', message: /^index i is computed and get_json_object\(s, '\$\.a'\) is not known to be an array or a map \(arrays count from 0, maps are read by key\): declare its column ARRAY<\.\.\.> or MAP<\.\.\.>, or write element_at\(array, i \+ 1\) \/ element_at\(map, key\)$/ },
  { name: 'an insert into an undeclared table', sql: 'INSERT OVERWRITE TABLE dwd.nope SELECT a FROM ods.t', at: 'dwd.nope', message: /^table dwd\.nope is not declared/ },
  { name: 'a computed date pattern', sql: 'SELECT date_format(s, s) FROM ods.t', at: 's) FROM', message: /^the pattern of date_format\(\) must be a string literal/ },
  { name: 'a pattern letter DuckDB lacks', sql: "SELECT date_format(s, 'yyyy-ww') FROM ods.t", at: "'yyyy-ww'", message: /^pattern letter 'ww' in 'yyyy-ww' has no DuckDB equivalent/ },
  { name: 'split with a positive limit', sql: "SELECT split(s, ',', 2) FROM ods.t", at: '2)', message: /^split\(\) with a positive limit/ },
  { name: 'a wrong argument count', sql: 'SELECT nvl(s) FROM ods.t', at: 'nvl(s)', message: /^nvl\(\) takes 2 arguments here, not 1/ },
  { name: 'CREATE FUNCTION', sql: "CREATE TEMPORARY FUNCTION f AS 'com.x.F'", at: 'CREATE', message: /^user-defined functions cannot run on DuckDB/ },
  { name: 'a SESSION window', sql: "SELECT * FROM TABLE(SESSION(TABLE ods.t PARTITION BY a, DESCRIPTOR(s), INTERVAL '1' MINUTE))", at: 'SESSION(', message: /^SESSION windows are not emulated/, dialect: 'flink' },
  { name: 'a LATERAL VIEW of an unknown generator', sql: 'SELECT x FROM ods.t LATERAL VIEW stack(2, a, i) v AS x', at: 'stack', message: /^LATERAL VIEW stack\(\) has no DuckDB translation/ },
];

describe('translate: untranslatable constructs give one diagnostic with their position', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { statements, diagnostics } = translate(c.sql, { dialect: c.dialect ?? 'hive', catalog });
      assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
      const offset = c.sql.indexOf(c.at);
      const line = c.sql.slice(0, offset).split('\n').length - 1;
      const character = offset - (c.sql.lastIndexOf('\n', offset - 1) + 1);
      const d = diagnostics[0];
      assert.deepEqual({ file: d.file, severity: d.severity, code: d.code, start: d.start }, { file: 'jobs/t.sql', severity: 'error', code: 'untranslatable', start: { line, character } });
      assert.match(d.message, c.message);
      assert.deepEqual(statements, []);
    });
  }

  it('leaves the statement out but translates the others', () => {
    const { statements, diagnostics } = translate('SELECT my_udf(a) FROM ods.t;\nSELECT a FROM ods.t', { dialect: 'hive', catalog });
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(statements.map((s) => s.sql), [['SELECT a FROM "ods"."t"']]);
  });

  it('reports a syntax error once and translates nothing of that statement', () => {
    const { statements, diagnostics } = translate('SELECT a FORM ods.t', { dialect: 'hive', catalog });
    assert.deepEqual(diagnostics.map((d) => [d.code, d.start]), [['syntax', { line: 0, character: 9 }]]);
    assert.deepEqual(statements, []);
  });
});
