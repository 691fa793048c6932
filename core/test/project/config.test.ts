import assert from 'node:assert/strict';
import * as path from 'node:path';
import { StrataError } from '../../src/errors';
import { parseConfig, readConfig, resolveState, resolveTarget } from '../../src/project';
import { caught, printed, tempProject } from './helpers';

describe('project/config', () => {
  it('fills defaults for a minimal config', () => {
    const config = parseConfig('name: demo\n');
    assert.equal(config.dialect, 'spark');
    assert.equal(config.version, 1);
    assert.deepEqual(config.paths, { tables: 'tables', jobs: 'jobs', tests: 'tests', seeds: 'seeds' });
    assert.deepEqual(config.layers.map((l) => l.name), ['ods', 'dim', 'dwd', 'dws', 'ads']);
    assert.deepEqual(config.layers[2], { name: 'dwd', database: 'dwd', prefix: 'dwd_' });
    assert.deepEqual(config.targets, { local: { engine: 'duckdb', path: '.strata/local.duckdb' } });
    assert.equal(config.defaultTarget, 'local');
    assert.deepEqual(config.vars, {});
    assert.deepEqual(config.format, {});
  });

  it('reads a full config, normalizing vars and keeping env references unresolved', () => {
    const config = parseConfig(
      [
        'name: live_dw-2',
        'version: 1',
        'dialect: hive',
        'paths: {tables: model/tables, jobs: etl}',
        'vars:',
        '  region: cn',
        '  days: 7',
        '  room_type: {default: game, pattern: "[a-z]+", description: category}',
        'layers:',
        '  - {name: ods, database: ods_db, prefix: o_}',
        'targets:',
        '  prod: {engine: clickhouse, host: ch, port: 8123, password: "${env:CH_PASSWORD}", options: {cluster: c1}}',
        'default_target: prod',
        'lint: {rules: {naming: off}}',
        'checks: {anything: [1, 2]}',
        'format: {keyword_case: lower, indent: 4, line_width: 80}',
      ].join('\n'),
    );
    assert.equal(config.dialect, 'hive');
    assert.deepEqual(config.paths, { tables: 'model/tables', jobs: 'etl', tests: 'tests', seeds: 'seeds' });
    assert.deepEqual(config.vars.region, { default: 'cn' });
    assert.deepEqual(config.vars.days, { default: '7' });
    assert.deepEqual(config.vars.room_type, { default: 'game', pattern: '[a-z]+', description: 'category' });
    assert.deepEqual(config.layers, [{ name: 'ods', database: 'ods_db', prefix: 'o_' }]);
    assert.equal(config.targets.prod.password, '${env:CH_PASSWORD}');
    assert.equal(config.defaultTarget, 'prod');
    assert.ok(config.targets.local, 'the embedded local target is always there');
    assert.deepEqual(config.lint, { rules: { naming: 'off' } });
    assert.deepEqual(config.format, { keyword_case: 'lower', indent: 4, line_width: 80 });
  });

  const errors: [string, string, string][] = [
    ['unknown key with did-you-mean', 'name: demo\nversion: 1\ntabels: x\n', "strata.yaml:3:1  unknown key 'tabels' (allowed: name, version, dialect, paths, vars, layers, targets, default_target, state, lint, checks, format; did you mean 'paths.tables'?)"],
    ['unknown nested key', 'name: demo\npaths:\n  tabels: x\n', "strata.yaml:3:3  unknown key 'tabels' in paths (allowed: tables, jobs, tests, seeds; did you mean 'tables'?)"],
    ['wrong type', 'name: demo\npaths: tables\n', "strata.yaml:2:8  paths: expected a mapping, found 'tables'"],
    ['wrong type in a list', 'name: demo\nlayers:\n  - {name: ods, database: 1, prefix: o_}\n', "strata.yaml:3:27  layers[0].database: expected a string, found '1'"],
    ['bad enum with did-you-mean', 'name: demo\ndialect: sprak\n', "strata.yaml:2:10  dialect: 'sprak' is not one of spark, hive; did you mean 'spark'?"],
    ['bad name', 'name: My Project\n', "strata.yaml:1:7  name: 'My Project' is not a name of lower-case letters, digits, _ and - starting with a letter"],
    ['missing name', 'dialect: hive\n', "strata.yaml:1:1  missing required key 'name'; add it"],
    ['not a mapping', '- a\n', 'strata.yaml:1:1  the document: expected a mapping, found a list'],
    ['YAML syntax error', 'name: demo\nvars: [a\nx: 1\n', 'strata.yaml:2:7  invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['duplicate key', 'name: demo\nname: other\n', 'strata.yaml:2:1  invalid YAML: Map keys must be unique'],
    ['bad default_target', 'name: demo\ndefault_target: prd\ntargets:\n  prod: {engine: trino}\n', "strata.yaml:2:17  default_target: 'prd' is not a target; did you mean 'prod'?"],
    ['unknown engine', 'name: demo\ntargets:\n  prod:\n    engine: postgres\n', "strata.yaml:4:13  targets.prod.engine: 'postgres' is not one of duckdb, clickhouse, spark, hive, trino, flink"],
    ['missing engine', 'name: demo\ntargets:\n  prod:\n    host: h\n', "strata.yaml:3:3  missing required key 'engine' in targets.prod; add it"],
    ['bad port', 'name: demo\ntargets:\n  prod: {engine: trino, port: http}\n', "strata.yaml:3:31  targets.prod.port: 'http' is not a port number or ${env:NAME}"],
    ['a state engine other than postgres', 'name: demo\nstate: {engine: mysql, host: h, database: d}\n', "strata.yaml:2:17  state.engine: 'mysql' is not one of postgres"],
    ['a state without its database', 'name: demo\nstate: {engine: postgres, host: h}\n', "strata.yaml:2:1  missing required key 'database' in state; add it"],
    ['a bad state schema name', 'name: demo\nstate: {engine: postgres, host: h, database: d, schema: My-State}\n', "strata.yaml:2:57  state.schema: 'My-State' is not a lower-case schema name (default strata)"],
    ['bad var name', 'name: demo\nvars:\n  Region: cn\n', "strata.yaml:3:3  invalid key 'Region' in vars: expected variable names of lower-case letters, digits and _ (starting with a letter or _)"],
    ['built-in var declared', 'name: demo\nvars:\n  date: x\n', "strata.yaml:3:3  vars.date: 'date' is a built-in variable; pick another name, or set it with --var date=..."],
    ['default against its pattern', 'name: demo\nvars:\n  n: {default: abc, pattern: "[0-9]+"}\n', "strata.yaml:3:16  vars.n: default 'abc' does not match its pattern '[0-9]+'; change one of them"],
    ['pattern that does not compile', 'name: demo\nvars:\n  n: {pattern: "[0-9"}\n', "strata.yaml:3:16  vars.n: pattern '[0-9' is not a valid regular expression; fix it"],
    ['a misspelt required key as the typo', 'name: demo\nlayers:\n  - {name: ods, databse: ods, prefix: o_}\n', "strata.yaml:3:17  unknown key 'databse' in layers[0] (allowed: name, database, prefix; did you mean 'database'?)"],
    ['a missing key next to an unrelated unknown one', 'name: demo\nlayers:\n  - {name: ods, prefix: o_, x: 1}\n', "strata.yaml:3:5  missing required key 'database' in layers[0]; add it"],
    ['lint must be an object', 'name: demo\nlint: strict\n', "strata.yaml:2:7  lint: expected a mapping, found 'strict'"],
    ['unknown format option', 'name: demo\nformat:\n  indnet: 4\n', "strata.yaml:3:3  unknown key 'indnet' in format (allowed: keyword_case, indent, line_width; did you mean 'indent'?)"],
    ['bad keyword_case', 'name: demo\nformat: {keyword_case: title}\n', "strata.yaml:2:24  format.keyword_case: 'title' is not one of upper, lower, preserve"],
    ['indent out of range', 'name: demo\nformat: {indent: 0}\n', "strata.yaml:2:18  format.indent: expected a number of spaces from 1 to 8, found '0'"],
    ['line_width not a number', 'name: demo\nformat: {line_width: wide}\n', "strata.yaml:2:22  format.line_width: expected a number of characters from 20 to 400, found 'wide'"],
  ];
  for (const [title, text, expected] of errors) {
    it(`reports ${title} with its line:col`, () => {
      const e = caught(() => parseConfig(text));
      assert.equal(e.code, 'config');
      assert.equal(printed(e), expected);
      assert.doesNotMatch(e.message, /\n/);
    });
  }

  it('reports the first problem in the file when there are several', () => {
    const e = caught(() => parseConfig('name: demo\ndialect: x\nfoo: 1\n'));
    assert.match(printed(e), /^strata\.yaml:2:10  dialect/);
  });

  describe('readConfig on a folder without a readable strata.yaml', () => {
    let root: string;
    let cleanup: () => void;
    before(() => ({ root, cleanup } = tempProject({ 'tables/t.sql': 'CREATE TABLE t (a INT);', 'strata.yaml/x': '' })));
    after(() => cleanup());
    const cases: [string, string, RegExp][] = [
      ['no strata.yaml', 'tables', /^no strata\.yaml in '.*tables': it is not a Strata project; pass the project folder with --project DIR, or create one with 'strata init'$/],
      ['a missing folder', 'nowhere', /^project folder '.*nowhere' does not exist; /],
      ['a file', 'tables/t.sql', /^'.*t\.sql' is a file, not a project folder; /],
      ['strata.yaml as a folder', '.', /^strata\.yaml in '.*' is a folder; make it the project's YAML file$/],
    ];
    for (const [title, folder, message] of cases) {
      it(`says so plainly for ${title}, without a location or errno code`, async () => {
        const e = await readConfig(path.join(root, folder)).then(() => undefined, (err: unknown) => err);
        assert.ok(e instanceof StrataError);
        assert.equal(e.code, 'config');
        assert.equal(e.location, undefined);
        assert.match(e.message, message);
      });
    }
  });

  describe('resolveTarget', () => {
    const config = parseConfig('name: demo\ntargets:\n  prod: {engine: clickhouse, port: "${env:CH_PORT}", password: "${env:CH_PASSWORD}", options: {token: "${env:T}"}}\n');

    it('resolves environment references on demand', () => {
      const target = resolveTarget(config, 'prod', { CH_PORT: '9000', CH_PASSWORD: 's3cret', T: 'tok' });
      assert.deepEqual(target, { engine: 'clickhouse', port: 9000, password: 's3cret', options: { token: 'tok' } });
    });

    it('names a missing variable without printing any value', () => {
      const e = caught(() => resolveTarget(config, 'prod', { CH_PORT: '9000', T: 'tok' }));
      assert.equal(e.message, "targets.prod.password: environment variable 'CH_PASSWORD' is not set; export it before running this command");
    });

    it('defaults to the default target and refuses an unknown one', () => {
      assert.deepEqual(resolveTarget(config), { engine: 'duckdb', path: '.strata/local.duckdb' });
      assert.match(caught(() => resolveTarget(config, 'staging')).message, /unknown target 'staging'; use one of: local, prod/);
    });
  });

  describe('resolveState', () => {
    const config = parseConfig('name: demo\nstate: {engine: postgres, host: db, port: "${env:PG_PORT}", database: strata, user: etl, password: "${env:PG_PASSWORD}"}\n');

    it('keeps the state connection unresolved, and resolves its environment references on demand', () => {
      assert.deepEqual(config.state, { engine: 'postgres', host: 'db', port: '${env:PG_PORT}', database: 'strata', user: 'etl', password: '${env:PG_PASSWORD}' });
      assert.deepEqual(resolveState(config.state!, { PG_PORT: '5433', PG_PASSWORD: 's3cret' }), { engine: 'postgres', host: 'db', port: 5433, database: 'strata', user: 'etl', password: 's3cret' });
    });

    it('names a missing variable without printing any value', () => {
      assert.equal(caught(() => resolveState(config.state!, { PG_PORT: '5433' })).message, "state.password: environment variable 'PG_PASSWORD' is not set; export it before running this command");
    });

    it('is absent from a project without one', () => {
      assert.equal(parseConfig('name: demo\n').state, undefined);
    });
  });
});
