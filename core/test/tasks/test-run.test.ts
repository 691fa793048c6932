import assert from 'node:assert/strict';
import { runTests, type TestRunResult } from '../../src/tasks/test';
import type { UnitTestResult } from '../../src/tasks/test-run';
import { PASSING, PROJECT, unitTestProject } from './unit-test-project';

/* `strata test` unit tests on embedded DuckDB, over the small project of unit-test-project.ts. */

async function run(files: Record<string, string>, options: { selector?: string; timeoutSeconds?: number; parallel?: number } = {}): Promise<TestRunResult> {
  const { root, cleanup } = unitTestProject(files);
  try {
    return await runTests({ project: root, cwd: root, ...options });
  } finally {
    cleanup();
  }
}

/** A test's problems as the CLI prints them: `file:line:col  message`, 1-based. */
const problems = (t: UnitTestResult) => t.problems.map((p) => `${p.file}:${p.start.line + 1}:${p.start.character + 1}  ${p.message}`);

describe('strata test: unit tests', () => {
  it('passes when the job writes exactly the expected rows, in any order, compared by type', async () => {
    const result = await run({ 'tests/room.yaml': PASSING });
    assert.deepEqual(result.tests.map((t) => [t.file, t.job, t.status]), [['tests/room.yaml', 'dws_room_gift_1d', 'pass']]);
    assert.deepEqual([result.passed, result.failed, result.errors], [1, 0, 0]);
    assert.deepEqual(result.tests[0].tables, [{ table: 'dws.dws_room_gift_1d', expectedRows: 2, actualRows: 2, missing: [], unexpected: [], changed: [] }]);
  });

  it('reports a near-match as a changed row with the columns that differ, the rest as missing and unexpected', async () => {
    const wrong = PASSING
      .replace('{room_id: 1, gifts: 3, amount: 5.2, top_gift: rose', '{room_id: 1, gifts: 4, amount: 5.2, top_gift: car')
      .replace("{room_id: 2, gifts: 3, amount: 0.3, top_gift: null, p_date: '2026-11-25'}", "{room_id: 9, gifts: 1, amount: 1, top_gift: car, p_date: '2026-11-25'}");
    const [test] = (await run({ 'tests/room.yaml': wrong })).tests;
    assert.equal(test.status, 'fail');
    assert.deepEqual(test.tables, [{
      table: 'dws.dws_room_gift_1d',
      expectedRows: 2,
      actualRows: 2,
      changed: [{
        line: 15,
        columns: ['gifts', 'top_gift'],
        expected: { room_id: '1', gifts: '4', amount: '5.2', top_gift: 'car', p_date: '2026-11-25' },
        actual: { room_id: 1, gifts: 3, amount: '5.20', top_gift: 'rose', p_date: '2026-11-25' },
      }],
      missing: [{ line: 14, row: { room_id: '9', gifts: '1', amount: '1', top_gift: 'car', p_date: '2026-11-25' } }],
      unexpected: [{ room_id: 2, gifts: 3, amount: '0.30', top_gift: null, p_date: '2026-11-25' }],
    }]);
  });

  it('runs a Flink job over the given rows of its Kafka table as bounded input', async () => {
    const streaming = `job: rt_room_gift
given:
  gift_log:
    - {room_id: 1, cnt: 2, ts: '2026-11-25 10:00:01'}
    - {room_id: 1, cnt: 3, ts: '2026-11-25 10:00:59.999'}
    - {room_id: 1, cnt: 4, ts: '2026-11-25 10:01:00'}
expect:
  ads.ads_room_rt:
    - {room_id: 1, window_end: '2026-11-25 10:01:00', gifts: 5}
    - {room_id: 1, window_end: '2026-11-25 10:02:00.000', gifts: 4}
`;
    const [test] = (await run({ 'tests/rt.yaml': streaming })).tests;
    assert.deepEqual([test.status, test.problems], ['pass', []]);
  });

  it('runs tests side by side, each seeing only its own rows, results in file order', async () => {
    // Each test gives one room and expects exactly that room: a row of another test would fail it.
    const room = (id: number) => `job: dws_room_gift_1d
date: '2026-11-25'
given:
  ods.ods_gift_di:
    - {log_id: l${id}, room_id: ${id}, gift_id: 10, cnt: ${id}, amount: 1.00, p_date: '2026-11-25'}
expect:
  dws.dws_room_gift_1d:
    - {room_id: ${id}, gifts: ${id}, amount: 1, top_gift: null, p_date: '2026-11-25'}
`;
    const files = Object.fromEntries([1, 2, 3, 4, 5, 6].map((id) => [`tests/room_${id}.yaml`, room(id)]));
    const result = await run(files, { parallel: 3 });
    assert.deepEqual(result.tests.map((t) => [t.file, t.status]), [1, 2, 3, 4, 5, 6].map((id) => [`tests/room_${id}.yaml`, 'pass']));
    assert.deepEqual(result.tests.map((t) => t.tables[0].actualRows), [1, 1, 1, 1, 1, 1]);
  });

  it('selects tests by file name, job name or a * pattern, and says when nothing matches', async () => {
    const files = { 'tests/room.yaml': PASSING, 'tests/other.yaml': PASSING };
    assert.deepEqual((await run(files, { selector: 'room' })).tests.map((t) => t.file), ['tests/room.yaml']);
    assert.deepEqual((await run(files, { selector: 'dws_room_*' })).tests.map((t) => t.file), ['tests/other.yaml', 'tests/room.yaml']);
    await assert.rejects(run(files, { selector: 'nope' }), { code: 'usage', message: "'nope' selects no tests; name a test file, a job or a table (* matches any text)" });
  });

  it('stops a job that runs past the timeout with a message naming the test file', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `    - {log_id: l${i}, room_id: ${i}, cnt: 1, p_date: '2026-11-25'}`).join('\n');
    const job = `/*---\ntype: batch\n---*/\nINSERT OVERWRITE TABLE dws.dws_room_gift_1d PARTITION (p_date = '\${date}')
SELECT a.room_id, sum(a.cnt * b.cnt * c.cnt * d.cnt * e.cnt) AS gifts, 0 AS amount, 'x' AS top_gift
FROM ods.ods_gift_di a CROSS JOIN ods.ods_gift_di b CROSS JOIN ods.ods_gift_di c CROSS JOIN ods.ods_gift_di d CROSS JOIN ods.ods_gift_di e
GROUP BY a.room_id;\n`;
    const test = `job: dws_room_gift_1d\ndate: '2026-11-25'\ngiven:\n  ods.ods_gift_di:\n${rows}\nexpect:\n  dws.dws_room_gift_1d: []\n`;
    const [result] = (await run({ 'jobs/dws_room_gift_1d.sql': job, 'tests/slow.yaml': test }, { timeoutSeconds: 1 })).tests;
    assert.equal(result.status, 'error');
    assert.deepEqual(problems(result), [
      'jobs/dws_room_gift_1d.sql:4:1  tests/slow.yaml: the job did not finish within the test timeout on DuckDB; look for a join or loop that never ends, or raise --timeout',
    ]);
  });
});

describe('strata test: jobs that cannot run on DuckDB', () => {
  it('reports an untranslatable construct at its place in the job, and runs nothing', async () => {
    const job = PROJECT['jobs/dws_room_gift_1d.sql'].replace('max(lower(d.name))', 'max(my_udf(d.name))');
    const [test] = (await run({ 'jobs/dws_room_gift_1d.sql': job, 'tests/room.yaml': PASSING })).tests;
    assert.equal(test.status, 'error');
    assert.deepEqual(problems(test), [
      'jobs/dws_room_gift_1d.sql:5:69  function my_udf() has no DuckDB translation (a UDF or an unsupported built-in): rewrite it with supported functions, or leave this job out of local runs',
    ]);
  });
});

describe('strata test: bad test files', () => {
  const cases: [string, string, string[]][] = [
    ['malformed YAML', 'job: dws_room_gift_1d\nexpect: {dws.dws_room_gift_1d: [], [\n', ['tests/bad.yaml:2:9  invalid YAML: Flow map in block collection must be sufficiently indented and end with a }']],
    ['a missing expect', 'job: dws_room_gift_1d\n', ["tests/bad.yaml:1:1  missing required key 'expect'; add it"]],
    ['an unknown job', "job: dws_room_gift\nexpect: {}\n", ["tests/bad.yaml:1:6  job: 'dws_room_gift' is not a job of this project; did you mean 'dws_room_gift_1d'?"]],
    ['a table the job does not read', "job: dws_room_gift_1d\ngiven:\n  ods.ods_gift:\n    - {room_id: 1}\nexpect: {}\n",
      ["tests/bad.yaml:3:3  given: 'ods.ods_gift' is not a table job 'dws_room_gift_1d' reads or writes; did you mean 'ods.ods_gift_di'?"]],
    ['an expected table the job does not write', "job: dws_room_gift_1d\nexpect:\n  ods.ods_gift_di: []\n",
      ["tests/bad.yaml:3:3  expect: job 'dws_room_gift_1d' does not write 'ods.ods_gift_di'; it writes dws.dws_room_gift_1d"]],
    ['an unknown column', "job: dws_room_gift_1d\ngiven:\n  ods.ods_gift_di:\n    - {room_id: 1, roomid: 2}\nexpect: {}\n",
      ["tests/bad.yaml:4:20  given.ods.ods_gift_di[0]: unknown column 'roomid' of ods.ods_gift_di; did you mean 'room_id'?"]],
    ['a value of the wrong type', "job: dws_room_gift_1d\ngiven:\n  ods.ods_gift_di:\n    - {room_id: abc, amount: x, sent_at: '2026-13-01'}\nexpect: {}\n", [
      "tests/bad.yaml:4:17  given.ods.ods_gift_di[0].room_id: 'abc' is not an integer (BIGINT)",
      "tests/bad.yaml:4:30  given.ods.ods_gift_di[0].amount: 'x' is not a number (DECIMAL(18,2))",
      "tests/bad.yaml:4:42  given.ods.ods_gift_di[0].sent_at: '2026-13-01' is not a timestamp (yyyy-MM-dd HH:mm:ss[.SSS])",
    ]],
    ['an expected row leaving a column out', "job: dws_room_gift_1d\nexpect:\n  dws.dws_room_gift_1d:\n    - {room_id: 1, gifts: 3}\n",
      ['tests/bad.yaml:4:7  expect.dws.dws_room_gift_1d[0]: missing columns amount, top_gift, p_date; an expected row names every column (write null for NULL)']],
    ['a computed column given', "job: rt_room_gift\ngiven:\n  gift_log:\n    - {room_id: 1, proc: '2026-11-25 10:00:00'}\nexpect: {}\n",
      ['tests/bad.yaml:4:20  given.gift_log[0]: column \'proc\' of gift_log is computed by its DDL; leave it out']],
    ['an expected value of the wrong type', "job: dws_room_gift_1d\nexpect:\n  dws.dws_room_gift_1d:\n    - {room_id: 1, gifts: many, amount: 1, top_gift: null, p_date: '2026-11-25'}\n",
      ["tests/bad.yaml:4:27  expect.dws.dws_room_gift_1d[0].gifts: 'many' is not an integer (BIGINT)"]],
    ['a row that is not a mapping', "job: dws_room_gift_1d\ngiven:\n  ods.ods_gift_di:\n    - 1\nexpect: {}\n",
      ["tests/bad.yaml:4:7  given.ods.ods_gift_di[0]: expected a row (a mapping of column to value), found '1'"]],
  ];
  for (const [what, text, expected] of cases) {
    it(`reports ${what} at its key, and the test does not run`, async () => {
      const [test] = (await run({ 'tests/bad.yaml': text })).tests;
      assert.equal(test.status, 'error');
      assert.deepEqual(problems(test), expected);
    });
  }
});
