import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertNoStack, examplesLive, strata, strataAll, tempDir, type CliRun } from './helpers/run-cli';
import { assertUsageError, gitInit, tempProject, writeFiles } from './helpers/lint-fixtures';
import { parseXml, type XmlElement } from './helpers/xml';

/*
 * `strata lint` end to end: the built CLI on temporary projects, each output format exactly.
 * The style rules are pinned with --rule so that rules added later do not change these outputs.
 */

const RULES = ['--rule', 'ST01', '--rule', 'ST02', '--rule', 'ST03', '--rule', 'ST04'];

/** One finding of each kind: fixable (ST01, ST02, ST03), not fixable (ST04), a parse error; the other statements still lint. */
const JOB = [
  'select id from dwd.dwd_a_di;   ',
  'SELECT id FROM dwd.dwd_a_di UNION SELECT id FROM dwd.dwd_a_di;',
  'SELECT FROM WHERE;',
  'SELECT id FROM dwd.dwd_a_di',
].join('\n');
const CLEAN = 'SELECT id FROM dwd.dwd_a_di UNION ALL SELECT id FROM dwd.dwd_a_di;\n';

const STYLISH = [
  "jobs/j.sql:1:1  warning  keyword 'select' should be upper-case: 'SELECT'  ST01",
  "jobs/j.sql:1:11  warning  keyword 'from' should be upper-case: 'FROM'  ST01",
  'jobs/j.sql:1:29  warning  trailing whitespace  ST02',
  "jobs/j.sql:2:29  warning  say 'UNION ALL' or 'UNION DISTINCT': a bare UNION silently removes duplicate rows  ST04",
  "jobs/j.sql:3:8  error  unexpected 'FROM', expected an expression  parse-error",
  'jobs/j.sql:4:28  warning  file does not end with a newline  ST03',
  '',
  '✖ 6 problems (1 error, 5 warnings) in 3 files, 4 fixable with --fix',
  '',
].join('\n');

describe('strata lint: formats', () => {
  let dir: string;
  let cleanup: () => void;
  let runs: Record<'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'envelope', CliRun>;

  before(async () => {
    ({ dir, cleanup } = tempProject({ 'jobs/j.sql': JOB, 'jobs/clean.sql': CLEAN }));
    gitInit(dir);
    const formats = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
    const all = await strataAll([...formats.map((f): [string[], string] => [['lint', ...RULES, '--format', f], dir]), [['lint', ...RULES, '--json'], dir]]);
    runs = { stylish: all[0], json: all[1], sarif: all[2], github: all[3], junit: all[4], envelope: all[5] };
  });
  after(() => cleanup());

  it('stylish: path:line:col  severity  message  CODE, grouped by file, a summary, exit 1 on an error', () => {
    assert.equal(runs.stylish.stdout, STYLISH);
    assert.equal(runs.stylish.status, 1);
    assert.equal(runs.stylish.stderr, '');
  });

  it('json: the documented shape, 1-based positions, every linted file', () => {
    const out = JSON.parse(runs.json.stdout);
    assert.equal(runs.json.status, 1);
    assert.deepEqual(Object.keys(out), ['version', 'errors', 'warnings', 'fixable', 'fixed', 'files']);
    assert.deepEqual([out.version, out.errors, out.warnings, out.fixable, out.fixed], [1, 1, 5, 4, 0]);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path), ['jobs/clean.sql', 'jobs/j.sql', 'tables/dwd/dwd_a_di.sql']);
    const j = out.files[1];
    assert.deepEqual([j.errors, j.warnings], [1, 5]);
    assert.deepEqual(j.findings[0], { code: 'ST01', rule: 'keyword-case', severity: 'warning', message: "keyword 'select' should be upper-case: 'SELECT'", line: 1, column: 1, endLine: 1, endColumn: 7, fixable: true });
    assert.deepEqual(j.findings[3], { code: 'ST04', rule: 'union-distinct', severity: 'warning', message: "say 'UNION ALL' or 'UNION DISTINCT': a bare UNION silently removes duplicate rows", line: 2, column: 29, endLine: 2, endColumn: 34, fixable: false });
    assert.deepEqual(j.findings[4], { code: 'parse-error', rule: 'parse-error', severity: 'error', message: "unexpected 'FROM', expected an expression", line: 3, column: 8, endLine: 3, endColumn: 12, fixable: false });
    assert.deepEqual(out.files[0].findings, []);
  });

  it('--json: the {status, result} envelope of the typed result', () => {
    const out = JSON.parse(runs.envelope.stdout);
    assert.equal(out.status, 1);
    assert.deepEqual([out.result.errors, out.result.warnings, out.result.fixable, out.result.files.length], [1, 5, 4, 3]);
    assert.equal(out.result.files[1].findings[0].start.line, 0);
  });

  it('github: one workflow command per finding, repository-relative file, 1-based, title = code', () => {
    assert.equal(runs.github.status, 1);
    assert.deepEqual(runs.github.stdout.split('\n'), [
      "::warning file=jobs/j.sql,line=1,col=1,endLine=1,endColumn=7,title=ST01::keyword 'select' should be upper-case: 'SELECT'",
      "::warning file=jobs/j.sql,line=1,col=11,endLine=1,endColumn=15,title=ST01::keyword 'from' should be upper-case: 'FROM'",
      '::warning file=jobs/j.sql,line=1,col=29,endLine=1,endColumn=32,title=ST02::trailing whitespace',
      "::warning file=jobs/j.sql,line=2,col=29,endLine=2,endColumn=34,title=ST04::say 'UNION ALL' or 'UNION DISTINCT': a bare UNION silently removes duplicate rows",
      "::error file=jobs/j.sql,line=3,col=8,endLine=3,endColumn=12,title=parse-error::unexpected 'FROM', expected an expression",
      '::warning file=jobs/j.sql,line=4,col=28,endLine=4,endColumn=28,title=ST03::file does not end with a newline',
      '',
    ]);
  });

  it('junit: well-formed XML, one testsuite per file, one failure per finding', () => {
    assert.equal(runs.junit.status, 1);
    const root = parseXml(runs.junit.stdout);
    assert.equal(root.name, 'testsuites');
    assert.deepEqual(root.attributes, { name: 'strata lint', tests: '8', failures: '6', errors: '0' });
    const suites = root.children;
    assert.deepEqual(suites.map((s) => [s.attributes.name, s.attributes.tests, s.attributes.failures]), [
      ['jobs/clean.sql', '1', '0'],
      ['jobs/j.sql', '6', '6'],
      ['tables/dwd/dwd_a_di.sql', '1', '0'],
    ]);
    assert.deepEqual(suites[0].children.map((c) => [c.name, c.children.length]), [['testcase', 0]]);
    const first = suites[1].children[0];
    assert.deepEqual(first.attributes, { name: 'ST01 1:1', classname: 'jobs/j.sql' });
    const failure = first.children[0] as XmlElement;
    assert.deepEqual(failure.attributes, { type: 'ST01', message: "warning: keyword 'select' should be upper-case: 'SELECT'" });
    assert.equal(failure.text, "jobs/j.sql:1:1  warning  keyword 'select' should be upper-case: 'SELECT'  ST01");
  });

  it('sarif: SARIF 2.1.0 with the fields GitHub code scanning requires', () => {
    assert.equal(runs.sarif.status, 1);
    const log = JSON.parse(runs.sarif.stdout);
    assertSarif(log);
    const run = log.runs[0];
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(`${fs.realpathSync(dir)}/`).href);
    const results = run.results;
    assert.deepEqual(results.map((r: SarifResult) => [r.ruleId, r.level, r.locations[0].physicalLocation.region.startLine, r.locations[0].physicalLocation.region.startColumn]), [
      ['ST01', 'warning', 1, 1], ['ST01', 'warning', 1, 11], ['ST02', 'warning', 1, 29], ['ST04', 'warning', 2, 29], ['parse-error', 'error', 3, 8], ['ST03', 'warning', 4, 28],
    ]);
    assert.deepEqual(results[2].locations[0].physicalLocation, { artifactLocation: { uri: 'jobs/j.sql', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 29, endLine: 1, endColumn: 32 } });
    assert.deepEqual(results[2].fixes, [{
      description: { text: 'Fix: trailing whitespace' },
      artifactChanges: [{ artifactLocation: { uri: 'jobs/j.sql', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: 1, startColumn: 29, endLine: 1, endColumn: 32 }, insertedContent: { text: '' } }] }],
    }]);
    assert.equal(results[3].fixes, undefined);
    const st04 = run.tool.driver.rules[results[3].ruleIndex];
    assert.equal(st04.id, 'ST04');
    assert.equal(st04.name, 'union-distinct');
    assert.equal(st04.helpUri, 'https://github.com/strata-dev/strata/blob/main/docs/rules.md#st04-union-distinct');
    assert.deepEqual(st04.defaultConfiguration, { level: 'warning' });
  });
});

interface SarifRegion { startLine: number; startColumn: number; endLine: number; endColumn: number }
interface SarifLocation { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: SarifRegion } }
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  fixes?: { artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: SarifRegion; insertedContent?: { text: string } }[] }[] }[];
}

/** The SARIF 2.1.0 schema's required properties and value rules, and GitHub code scanning's. */
function assertSarif(log: { $schema: string; version: string; runs: { tool: { driver: Record<string, unknown> }; results: SarifResult[] }[] }): void {
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const { driver } = log.runs[0].tool;
  assert.equal(driver.name, 'strata');
  assert.match(String(driver.version), /^\d+\.\d+\.\d+/);
  assert.match(String(driver.informationUri), /^https:\/\//);
  const rules = driver.rules as { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }[];
  assert.ok(rules.length >= 4);
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length, 'rule ids are unique');
  for (const rule of rules) {
    assert.ok(rule.id && rule.name && rule.shortDescription.text && rule.fullDescription.text, JSON.stringify(rule));
    assert.ok(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level));
    if (/^[A-Z]{2}\d{2}$/.test(rule.id)) assert.match(rule.helpUri as string, /^https:\/\/.*\/docs\/rules\.md#[a-z]{2}\d{2}-[a-z0-9-]+$/);
  }
  for (const r of log.runs[0].results) {
    assert.equal(rules[r.ruleIndex].id, r.ruleId, 'ruleIndex points at the rule');
    assert.ok(['none', 'note', 'warning', 'error'].includes(r.level));
    assert.ok(r.message.text.length > 0);
    assert.ok(r.locations.length >= 1 && r.locations.length <= 10);
    for (const loc of r.locations) assertLocation(loc.physicalLocation.artifactLocation.uri, loc.physicalLocation.region);
    for (const fix of r.fixes ?? []) {
      assert.ok(fix.artifactChanges.length >= 1);
      for (const change of fix.artifactChanges) {
        assert.ok(change.replacements.length >= 1);
        for (const rep of change.replacements) assertLocation(change.artifactLocation.uri, rep.deletedRegion);
      }
    }
  }
}

function assertLocation(uri: string, region: SarifRegion): void {
  assert.ok(!uri.startsWith('/') && !uri.includes('\\') && !/^[a-z]+:/i.test(uri), `relative URI: ${uri}`);
  assert.ok(region.startLine >= 1 && region.startColumn >= 1, JSON.stringify(region));
  assert.ok(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn), JSON.stringify(region));
}

describe('strata lint: selection, exit codes and options', () => {
  it('examples/live lints clean (exit 0), with or without the cache', async () => {
    for (const r of await strataAll([[['lint', '--project', examplesLive]], [['lint', '--project', examplesLive, '--no-cache']]])) {
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /^✔ \d+ files linted, no problems$/m);
    }
  });

  it('warnings alone exit 0; --max-warnings N exits 1 only above N', async () => {
    const { dir, cleanup } = tempProject({ 'jobs/w.sql': 'select id FROM dwd.dwd_a_di;\n' });
    try {
      const [plain, atLimit, over] = await strataAll([[['lint', ...RULES], dir], [['lint', ...RULES, '--max-warnings', '1'], dir], [['lint', ...RULES, '--max-warnings', '0'], dir]]);
      assert.equal(plain.status, 0, plain.stdout);
      assert.equal(atLimit.status, 0, atLimit.stdout);
      assert.equal(over.status, 1, over.stdout);
      assert.match(over.stdout, /^✖ 1 warnings exceed --max-warnings 0$/m);
      const sarif = strata(['lint', ...RULES, '--max-warnings', '0', '--format', 'sarif'], dir);
      assert.equal(sarif.status, 1);
      assert.doesNotThrow(() => JSON.parse(sarif.stdout), 'stdout stays SARIF');
      assert.match(sarif.stderr, /exceed --max-warnings 0/);
    } finally {
      cleanup();
    }
  });

  it('--rule runs only the named rules (by code or name); an unknown one is exit 2 with a did-you-mean', async () => {
    const { dir, cleanup } = tempProject({ 'jobs/j.sql': JOB });
    try {
      const [byName, unknown] = await strataAll([[['lint', '--rule', 'union-distinct'], dir], [['lint', '--rule', 'ST4'], dir]]);
      assert.deepEqual(byName.stdout.split('\n').filter((l) => l.startsWith('jobs/')), [
        "jobs/j.sql:2:29  warning  say 'UNION ALL' or 'UNION DISTINCT': a bare UNION silently removes duplicate rows  ST04",
        "jobs/j.sql:3:8  error  unexpected 'FROM', expected an expression  parse-error",
      ]);
      assertUsageError(unknown, /^error {2}unknown rule 'ST4' in --rule, did you mean 'ST0\d'\?$/);
    } finally {
      cleanup();
    }
  });

  it('PATHS select files and folders of the project; a missing path is exit 2', async () => {
    const { dir, cleanup } = tempProject({ 'jobs/j.sql': JOB, 'jobs/sub/clean.sql': CLEAN });
    try {
      const [file, folder, fromSub, missing] = await strataAll([
        [['lint', ...RULES, 'jobs/sub/clean.sql', '--format', 'json'], dir],
        [['lint', ...RULES, 'jobs/sub', 'tables', '--format', 'json'], dir],
        [['lint', ...RULES, '.', '--format', 'json'], path.join(dir, 'jobs', 'sub')],
        [['lint', 'jobs/nope.sql'], dir],
      ]);
      const paths = (r: CliRun) => JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
      assert.deepEqual(paths(file), ['jobs/sub/clean.sql']);
      assert.deepEqual(paths(folder), ['jobs/sub/clean.sql', 'tables/dwd/dwd_a_di.sql']);
      assert.deepEqual(paths(fromSub), ['jobs/sub/clean.sql']);
      assert.equal(file.status, 0);
      assertUsageError(missing, /^error {2}no such file or folder 'jobs\/nope\.sql'; check the path$/);
    } finally {
      cleanup();
    }
  });

  it('PATHS in two projects: paths relative to the working folder, so that the two cannot look alike', () => {
    const { dir, cleanup } = tempDir();
    try {
      for (const p of ['one', 'two']) writeFiles(path.join(dir, p), { 'strata.yaml': 'name: t\n', 'jobs/a.sql': 'select 1;\n' });
      writeFiles(dir, { 'loose.sql': 'select 2;\n' });
      const r = strata(['lint', ...RULES, 'one', 'two/jobs/a.sql', 'loose.sql', '--format', 'json'], dir);
      assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string; warnings: number }) => [f.path, f.warnings]), [['loose.sql', 1], ['one/jobs/a.sql', 1], ['two/jobs/a.sql', 1]]);
    } finally {
      cleanup();
    }
  });

  it('lints files outside any project standalone: dialect from front matter, else spark; folders walked', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFiles(dir, {
        'sql/spark.sql': 'SELECT a IS JSON FROM t;\n',
        'sql/flink.sql': '/*---\ndialect: flink\n---*/\nSELECT a IS JSON FROM t;\n',
        'sql/deeper/lower.sql': 'select 1;\n',
        'sql/notes.txt': 'not sql',
      });
      const r = strata(['lint', ...RULES, 'sql'], dir);
      assert.equal(r.status, 1, r.stderr);
      assert.deepEqual(r.stdout.split('\n'), [
        "sql/deeper/lower.sql:1:1  warning  keyword 'select' should be upper-case: 'SELECT'  ST01",
        '',
        "sql/spark.sql:1:13  error  unexpected 'JSON', expected NULL, TRUE, FALSE or DISTINCT FROM after 'IS'  parse-error",
        '',
        '✖ 2 problems (1 error, 1 warning) in 3 files, 1 fixable with --fix',
        '',
      ]);
      const none = strata(['lint'], dir);
      assertUsageError(none, /^error {2}no strata\.yaml found in '.*' or any parent folder; run inside a project, pass --project DIR, or name the SQL files to lint$/);
    } finally {
      cleanup();
    }
  });
});

describe('strata lint: bad input', () => {
  it('a binary file is one clear line; the other files still lint', () => {
    const { dir, cleanup } = tempProject({ 'jobs/bin.sql': Buffer.from([0x53, 0x45, 0x00, 0xff, 0x01]), 'jobs/clean.sql': CLEAN });
    try {
      for (const args of [['lint', ...RULES], ['lint', ...RULES, 'jobs/bin.sql', 'jobs/clean.sql']]) {
        const r = strata(args, dir);
        assert.equal(r.status, 1, r.stderr);
        assert.deepEqual(r.stdout.split('\n').slice(0, 2), ['jobs/bin.sql:1:1  error  binary file: expected UTF-8 SQL text; remove it from the lint paths or fix its encoding  binary-file', '']);
        assert.match(r.stdout, /✖ 1 problem \(1 error, 0 warnings\) in \d files/);
        assertNoStack(r.stdout + r.stderr);
      }
    } finally {
      cleanup();
    }
  });

  it('a 5 MB file lints, whole, in seconds', () => {
    const { dir, cleanup } = tempDir();
    try {
      const statement = "INSERT OVERWRITE TABLE dws.t PARTITION (p_date = '${date}')\nSELECT a.room_id, COUNT(1) AS cnt\nFROM dwd.a AS a\nWHERE a.p_date = '${date}'\nGROUP BY a.room_id;\n";
      const text = statement.repeat(Math.ceil((5 * 1024 * 1024) / statement.length));
      fs.writeFileSync(path.join(dir, 'big.sql'), `${text}select 1;\n`);
      const started = Date.now();
      const r = strata(['lint', ...RULES, 'big.sql'], dir);
      assert.equal(r.status, 0, r.stderr);
      const lines = text.split('\n').length;
      assert.equal(r.stdout.split('\n')[0], `big.sql:${lines}:1  warning  keyword 'select' should be upper-case: 'SELECT'  ST01`);
      assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
    } finally {
      cleanup();
    }
  });

  it('an unknown rule, a bad option or a bad key in strata.yaml: exit 2, one line naming it, with a did-you-mean', async () => {
    const configs: [string, RegExp][] = [
      ['lint:\n  rules:\n    keyword-cse: error\n', /unknown rule 'keyword-cse', did you mean 'keyword-case'\?/],
      ['lint:\n  rules:\n    ST01: {severity: warning, options: {capitalisaton: upper}}\n', /ST01.*'capitalisaton'.*capitalisation/],
      ['lint:\n  rule:\n    ST01: error\n', /unknown key 'lint\.rule' in strata\.yaml, did you mean 'lint\.rules'\?/],
    ];
    const dirs = configs.map(([lint]) => tempProject({ 'strata.yaml': `name: t\nversion: 1\ndialect: spark\n${lint}`, 'jobs/j.sql': CLEAN }));
    try {
      const runs = await strataAll(dirs.map(({ dir }): [string[], string] => [['lint'], dir]));
      runs.forEach((r, i) => {
        assertUsageError(r, configs[i][1]);
        assertNoStack(r.stderr);
      });
    } finally {
      dirs.forEach((d) => d.cleanup());
    }
  });

  it('flag misuse is exit 2 with one line', async () => {
    const runs = await strataAll([
      [['lint', '--format', 'xml', '--project', examplesLive]],
      [['lint', '--max-warnings', '-1', '--project', examplesLive]],
      [['lint', '--staged', '--changed-since', 'main', '--project', examplesLive]],
      [['lint', '--stdin-filename', 'x.sql', 'jobs', '--project', examplesLive]],
      [['lint', '--fix', '--staged', '--project', examplesLive]],
    ]);
    for (const r of runs) {
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assertNoStack(r.stderr);
    }
    assert.match(runs[3].stderr, /--stdin-filename lints standard input: give no PATHS with it/);
    assert.match(runs[4].stderr, /--fix cannot be combined with --staged/);
  });
});
