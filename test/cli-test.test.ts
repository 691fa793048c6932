import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertNoStack, examplesLive, strata, tempDir } from './helpers/run-cli';
import { writeFiles } from './helpers/lint-fixtures';
import { parseXml } from './helpers/xml';

/*
 * `strata test` end to end: the built CLI on a temporary project — text, JSON and JUnit output
 * exactly, exit codes, bad test files, usage errors, --scaffold.
 */

const PROJECT = {
  'strata.yaml': 'name: shop\n',
  'tables/ods/ods_order_di.sql': 'CREATE TABLE ods.ods_order_di (order_id BIGINT, shop STRING, amount DECIMAL(10,2)) PARTITIONED BY (p_date STRING);\n',
  'tables/dws/dws_shop_1d.sql': '/*---\nchecks:\n  - unique: [shop]\n---*/\nCREATE TABLE dws.dws_shop_1d (shop STRING, orders BIGINT, amount DECIMAL(10,2)) PARTITIONED BY (p_date STRING);\n',
  'jobs/dws_shop_1d.sql': `/*---\ntype: batch\n---*/\nINSERT OVERWRITE TABLE dws.dws_shop_1d PARTITION (p_date = '\${date}')
SELECT shop, count(*) AS orders, sum(amount) AS amount FROM ods.ods_order_di WHERE p_date = '\${date}' GROUP BY shop;\n`,
  'seeds/ods_order_di.csv': 'order_id,shop,amount,p_date\n1,north,10.50,2026-11-25\n2,north,4.50,2026-11-25\n3,south,7.00,2026-11-25\n',
};

const GIVEN = `job: dws_shop_1d
date: '2026-11-25'
given:
  ods.ods_order_di:
    - {order_id: 1, shop: north, amount: 10.50, p_date: '2026-11-25'}
    - {order_id: 2, shop: north, amount: 4.50, p_date: '2026-11-25'}
    - {order_id: 3, shop: south, amount: 7, p_date: '2026-11-25'}
    - {order_id: 4, shop: east, amount: 1, p_date: '2026-11-24'}
expect:
  dws.dws_shop_1d:
`;
const PASS = `${GIVEN}    - {shop: north, orders: 2, amount: 15, p_date: '2026-11-25'}\n    - {shop: south, orders: 1, amount: 7.00, p_date: '2026-11-25'}\n`;
const FAIL = `${GIVEN}    - {shop: north, orders: 3, amount: 15, p_date: '2026-11-25'}\n    - {shop: east, orders: 1, amount: 1, p_date: '2026-11-25'}\n`;
const BAD = "job: dws_shop_1d\ngiven:\n  ods.ods_order_di:\n    - {order_id: abc}\nexpect: {}\n";

function project(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const t = tempDir();
  writeFiles(t.dir, { ...PROJECT, ...files });
  return t;
}

describe('strata test (CLI)', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = project({ 'tests/a_pass.yaml': PASS, 'tests/b_fail.yaml': FAIL, 'tests/c_bad.yaml': BAD })));
  after(() => cleanup());

  it('prints each test, the row diff of a failing one and the problems of a bad one; exit 1', () => {
    const r = strata(['test'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, [
      '✓ tests/a_pass.yaml  dws_shop_1d',
      '✗ tests/b_fail.yaml  dws_shop_1d',
      '    dws.dws_shop_1d: 0 of 2 expected rows match; the job wrote 2',
      '      ~ tests/b_fail.yaml:11  orders expected 3, got 2',
      "      - tests/b_fail.yaml:12  missing {shop: east, orders: 1, amount: 1, p_date: 2026-11-25}",
      "      + unexpected {shop: south, orders: 1, amount: 7.00, p_date: 2026-11-25}",
      '! tests/c_bad.yaml  dws_shop_1d',
      "    tests/c_bad.yaml:4:18  error  given.ods.ods_order_di[0].order_id: 'abc' is not an integer (BIGINT)  test-file",
      '',
      '✖ 3 tests: 1 passed, 1 failed, 1 could not run',
      '',
    ].join('\n'));
    assertNoStack(r.stderr);
  });

  it('exits 0 when every selected test passes', () => {
    const r = strata(['test', 'a_pass'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '✓ tests/a_pass.yaml  dws_shop_1d\n\n✔ 1 test: 1 passed, 0 failed\n');
  });

  it('--json wraps the result in the envelope; --format json prints the result alone', () => {
    const envelope = JSON.parse(strata(['test', 'b_fail', '--json'], dir).stdout);
    assert.equal(envelope.status, 1);
    const result = JSON.parse(strata(['test', 'b_fail', '--format', 'json'], dir).stdout);
    for (const r of [envelope.result, result]) {
      assert.deepEqual({ ...r, durationMs: 0, tests: r.tests.map((t: { durationMs: number }) => ({ ...t, durationMs: 0 })) }, {
        kind: 'unit',
        passed: 0,
        failed: 1,
        errors: 0,
        durationMs: 0,
        checks: [],
        tests: [{
          file: 'tests/b_fail.yaml',
          job: 'dws_shop_1d',
          status: 'fail',
          durationMs: 0,
          problems: [],
          warnings: [],
          tables: [{
            table: 'dws.dws_shop_1d',
            expectedRows: 2,
            actualRows: 2,
            changed: [{ line: 11, columns: ['orders'], expected: { shop: 'north', orders: '3', amount: '15', p_date: '2026-11-25' }, actual: { shop: 'north', orders: 2, amount: '15.00', p_date: '2026-11-25' } }],
            missing: [{ line: 12, row: { shop: 'east', orders: '1', amount: '1', p_date: '2026-11-25' } }],
            unexpected: [{ shop: 'south', orders: 1, amount: '7.00', p_date: '2026-11-25' }],
          }],
        }],
      });
    }
  });

  it('--format junit gives a failure with the diff and an error for a bad file', () => {
    const r = strata(['test', '--format', 'junit'], dir);
    assert.equal(r.status, 1);
    const xml = r.stdout.replace(/time="[\d.]+"/g, 'time="0"');
    assert.equal(xml, [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="strata test" tests="3" failures="1" errors="1" time="0">',
      '  <testsuite name="strata test" tests="3" failures="1" errors="1" time="0">',
      '    <testcase name="tests/a_pass.yaml" classname="dws_shop_1d" time="0"/>',
      '    <testcase name="tests/b_fail.yaml" classname="dws_shop_1d" time="0">',
      '      <failure message="rows differ in dws.dws_shop_1d">dws.dws_shop_1d: 0 of 2 expected rows match; the job wrote 2&#10;~ tests/b_fail.yaml:11  orders expected 3, got 2&#10;- tests/b_fail.yaml:12  missing {shop: east, orders: 1, amount: 1, p_date: 2026-11-25}&#10;+ unexpected {shop: south, orders: 1, amount: 7.00, p_date: 2026-11-25}</failure>',
      '    </testcase>',
      '    <testcase name="tests/c_bad.yaml" classname="dws_shop_1d" time="0">',
      "      <error message=\"given.ods.ods_order_di[0].order_id: 'abc' is not an integer (BIGINT)\">tests/c_bad.yaml:4:18  error  given.ods.ods_order_di[0].order_id: 'abc' is not an integer (BIGINT)  test-file</error>",
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'));
    assert.equal(parseXml(r.stdout).children[0].children.length, 3);
  });

  it('reports usage errors in one line with exit 2', () => {
    const cases: [string[], string][] = [
      [['test', 'nope'], "error  'nope' selects no tests; name a test file, a job or a table (* matches any text)"],
      [['test', '--checks'], "error  target 'local' has no data yet: .strata/local.duckdb does not exist; load or publish data into it before running checks"],
      [['test', '--date', '2026-02-30', '--checks'], 'error  --date 2026-02-30: not a valid date (expected yyyy-MM-dd)'],
      [['test', '--force'], 'error  All of the following must be provided when using --force: --scaffold'],
    ];
    for (const [args, message] of cases) {
      const r = strata(args, dir);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.equal(r.stderr.trim(), message);
      assertNoStack(r.stderr);
    }
  });
});

describe('strata test --scaffold (CLI)', () => {
  it('writes a reviewed-to-be skeleton that passes, and refuses to overwrite it', () => {
    const { dir, cleanup } = project({});
    try {
      const first = strata(['test', '--scaffold', 'dws_shop_1d'], dir);
      assert.equal(first.status, 0, first.stderr);
      assert.equal(first.stdout, '✔ wrote tests/dws_shop_1d.yaml: review its expected rows (2 in dws.dws_shop_1d)\n');
      assert.match(fs.readFileSync(path.join(dir, 'tests', 'dws_shop_1d.yaml'), 'utf8'), /^ {4}- \{shop: north, orders: 2, amount: 15\.00, p_date: '2026-11-25'\}$/m);
      assert.equal(strata(['test'], dir).status, 0);
      const again = strata(['test', '--scaffold', 'dws_shop_1d'], dir);
      assert.equal(again.status, 2);
      assert.equal(again.stderr.trim(), 'error  tests/dws_shop_1d.yaml already exists; pass --force to overwrite it');
    } finally {
      cleanup();
    }
  });
});

describe('strata test on examples/live', () => {
  it('has a passing unit test for every job, batch and streaming', () => {
    const r = strata(['test', '--project', examplesLive, '--json']);
    const { status, result } = JSON.parse(r.stdout);
    const jobs = fs.readdirSync(path.join(examplesLive, 'jobs')).map((f) => f.replace(/\.sql$/, '')).sort();
    assert.deepEqual(result.tests.map((t: { job: string }) => t.job).sort(), jobs);
    assert.deepEqual(result.tests.filter((t: { status: string }) => t.status !== 'pass'), []);
    assert.equal(status, 0);
  });
});
