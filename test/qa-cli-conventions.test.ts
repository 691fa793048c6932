import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyProject, examplesLive, repoRoot, strata, strataAll, tempDir, type CliRun } from './helpers/run-cli';

/*
 * QA: --help, --json envelopes and exit codes, as a user copying examples from --help and a CI
 * job parsing --json would meet them.
 */

const COMMANDS = ['check', 'dry-run', 'graph', 'lineage', 'lint', 'test', 'init', 'new table', 'new job', 'new test', 'plan', 'publish', 'run', 'docs build', 'docs serve'];
const help = new Map<string, CliRun>();

before(async () => {
  const runs = await strataAll([...COMMANDS.map((id): [string[], string] => [[...id.split(' '), '--help'], repoRoot]), [['--help'], repoRoot], [['--version'], repoRoot]]);
  [...COMMANDS, 'strata', 'version'].forEach((id, i) => help.set(id, runs[i]));
});

/** The `$ strata ...` lines of a command's --help EXAMPLES section, without the `$ strata`. */
function helpExamples(id: string): string[][] {
  const text = (help.get(id) as CliRun).stdout;
  return text.slice(text.indexOf('EXAMPLES')).split('\n')
    .map((l) => /^\s+\$ strata (.*)$/.exec(l)?.[1])
    .filter((l): l is string => l !== undefined)
    .map((l) => l.split(/\s+/));
}

describe('qa: --help', () => {
  for (const id of COMMANDS) {
    it(`${id} --help has usage, flags, a description and examples of ${id} itself`, () => {
      const r = help.get(id) as CliRun;
      assert.equal(r.status, 0);
      for (const section of ['USAGE', 'FLAGS', 'DESCRIPTION', 'EXAMPLES']) assert.match(r.stdout, new RegExp(`^${section}$`, 'm'));
      const examples = helpExamples(id);
      assert.ok(examples.length >= 3, r.stdout);
      for (const e of examples) assert.equal(e.slice(0, id.split(' ').length).join(' '), id, e.join(' '));
    });
  }

  it('lists the commands and prints the version', () => {
    const r = help.get('strata') as CliRun;
    assert.equal(r.status, 0);
    // `new table` and its siblings are listed under their topic, `new`.
    for (const id of COMMANDS) assert.match(r.stdout, new RegExp(`^ {2}${id.split(' ')[0]} `, 'm'));
    assert.match((help.get('version') as CliRun).stdout, /^@strata\/cli\/\d+\.\d+\.\d+ /);
  });

  it('the check and graph examples run as written (in examples/live, or beside the --file they name)', async () => {
    const { dir, cleanup } = tempDir();
    try {
      fs.writeFileSync(path.join(dir, 'job.sql'), "CREATE TEMPORARY TABLE s (a BIGINT) WITH ('connector' = 'datagen');\n");
      fs.writeFileSync(path.join(dir, 'other.sql'), 'SELECT 1;\n');
      const examples = ['check', 'graph'].flatMap(helpExamples);
      // the examples use examples/live relative to the repository root, or run inside a project
      const cwd = (args: string[]) => (args.includes('--file') ? dir : args.includes('examples/live') ? repoRoot : examplesLive);
      const runs = examples.map((args): [string[], string] => [args.includes('|') ? args.slice(0, args.indexOf('|')) : args, cwd(args)]);
      (await strataAll(runs)).forEach((r, i) => assert.equal(r.status, 0, `strata ${examples[i].join(' ')}: ${r.stderr}`));
    } finally {
      cleanup();
    }
  });

  // Was a bug, fixed during QA: the lineage --help examples name ads.ads_live_room_rank_1d.gift_value and dwd.dwd_live_gift_send_di.gift_value, columns that do not exist: copied as written they exit 2
  it('the lineage examples run as written inside examples/live', () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      fs.writeFileSync(path.join(dir, 'job.sql'), 'INSERT INTO dws.t SELECT a FROM dwd.s;\n');
      for (const args of helpExamples('lineage')) {
        const r = strata(args, dir);
        assert.equal(r.status, 0, `strata ${args.join(' ')}: ${r.stderr}`);
      }
    } finally {
      cleanup();
    }
  });

  // Was a bug, fixed during QA: every repeatable --var flag shows a meaningless "[default: ]" in --help
  it('does not show an empty default for --var', () => {
    for (const id of COMMANDS) assert.doesNotMatch((help.get(id) as CliRun).stdout, /\[default: \]/);
  });
});

describe('qa: exit codes and --json envelopes', () => {
  let dir: string;
  let cleanup: () => void;
  const usage: [string, string[], RegExp][] = [
    ['no project anywhere', ['check'], /no strata\.yaml found in '.*' or any parent folder; run inside a project, pass --project DIR, or use --file for standalone SQL/],
    ['a missing --file', ['check', '--file', 'nope.sql'], /^Parsing --file: No file found at nope\.sql$/],
    ['an unknown table for lineage', ['lineage', 'nope.t', '--project', examplesLive], /^unknown table or column 'nope\.t'/],
    ['a missing --project folder', ['graph', '--project', 'nowhere'], /^Parsing --project: No directory found at nowhere$/],
  ];
  const badFlags: [string, string[]][] = [
    ['--depth 0', ['lineage', 'ads.ads_live_room_rank_1d.gift_amount', '--depth', '0']],
    ['--depth abc', ['lineage', 'ads.ads_live_room_rank_1d.gift_amount', '--depth', 'abc']],
    ['--format svg', ['lineage', 'ads.ads_live_room_rank_1d.gift_amount', '--format', 'svg']],
    ['--upstream with --downstream', ['lineage', 'ads.ads_live_room_rank_1d.gift_amount', '--upstream', '--downstream']],
    ['--dialect mysql', ['check', '--file', 'x.sql', '--dialect', 'mysql']],
    ['an extra argument', ['lineage', 'a', 'b']],
  ].map(([what, args]) => [what as string, [...args, '--project', examplesLive]]);
  let usageRuns: CliRun[];
  let badFlagRuns: CliRun[];
  let graph: CliRun;
  let lineage: CliRun;

  before(async () => {
    ({ dir, cleanup } = tempDir());
    fs.writeFileSync(path.join(dir, 'x.sql'), 'SELECT 1;\n');
    const runs = await strataAll([
      [['graph', '--project', examplesLive, '--json'], dir],
      [['lineage', 'ads.ads_live_room_rank_1d.gift_amount', '--upstream', '--project', examplesLive, '--json'], dir],
      ...usage.map(([, args]): [string[], string] => [[...args, '--json'], dir]),
      ...badFlags.map(([, args]): [string[], string] => [args, dir]),
    ]);
    [graph, lineage] = runs;
    usageRuns = runs.slice(2, 2 + usage.length);
    badFlagRuns = runs.slice(2 + usage.length);
  });
  after(() => cleanup());

  it('wraps graph and lineage results in {status, result}', () => {
    const g = JSON.parse(graph.stdout);
    assert.equal(g.status, 0);
    assert.ok(Array.isArray(g.result.nodes) && Array.isArray(g.result.edges));
    const l = JSON.parse(lineage.stdout);
    assert.equal(l.status, 0);
    assert.equal(l.result.columns[0].column, 'ads.ads_live_room_rank_1d.gift_amount');
  });

  usage.forEach(([what, , message], i) => {
    it(`answers ${what} with exit 2 and a usage error envelope`, () => {
      const r = usageRuns[i];
      assert.equal(r.status, 2, r.stdout + r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.status, 2);
      assert.equal(out.error.code, 'usage');
      assert.match(out.error.message, message);
      assert.ok(!out.error.message.includes('\n'));
    });
  });

  badFlags.forEach(([what], i) => {
    it(`exits 2 on ${what}, nothing on stdout`, () => {
      const r = badFlagRuns[i];
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.equal(r.stdout, '');
    });
  });

  // Was a bug, fixed during QA: flag-parsing errors print 2-3 lines of " ›   Error: ..." (and for an extra argument the whole --help) instead of one "error  ..." line like every other usage error
  it('prints flag-parsing errors as one line', () => {
    badFlagRuns.forEach((r, i) => assert.equal(r.stderr.trim().split('\n').length, 1, `${badFlags[i][1].join(' ')}:\n${r.stderr}`));
  });

  // Was a bug, fixed during QA: with --json, a flag-parsing error exits 1 while the envelope says status 2, code "internal", and a multi-line message
  it('exits 2 with a usage envelope for a bad flag under --json', () => {
    for (const args of [['check', '--nope'], ['lineage', 'ads.ads_live_room_rank_1d.gift_amount', '--depth', '0']]) {
      const r = strata([...args, '--project', examplesLive, '--json'], dir);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}`);
      const out = JSON.parse(r.stdout);
      assert.equal(out.status, 2);
      assert.equal(out.error.code, 'usage');
      assert.ok(!out.error.message.includes('\n'), out.error.message);
    }
  });

  describe('test, init and new', () => {
    let project: string;
    let runs: CliRun[];
    // [what, args, cwd ('project', 'empty'), exit code, what the envelope holds: result keys, or the usage message]
    const cases: [string, string[], 'project' | 'empty', number, string[] | RegExp][] = [
      ['init --yes --json', ['init', 'wh', '--yes', '--json'], 'empty', 0, ['dir', 'template', 'layers', 'targets', 'files', 'next']],
      ['init with an unknown layer', ['init', 'wh', '--layers', 'ods,dwx', '--yes', '--json'], 'empty', 2, /^--layers: 'dwx' is not one of ods, dim, dwd, dws, ads; did you mean 'dwd'\?$/],
      ['init without a terminal or --yes', ['init', 'wh', '--json'], 'empty', 2, /^missing --name \(project name\); pass it, or --yes to take 'wh' — there is no terminal to ask on$/],
      ['new table --json', ['new', 'table', '--layer', 'dws', '--domain', 'live', '--process', 'like', '--columns', 'room_id:bigint:room', '--yes', '--json'], 'project', 0, ['kind', 'name', 'file', 'next']],
      ['new table with an unknown layer', ['new', 'table', '--layer', 'dwx', '--domain', 'live', '--process', 'like', '--yes', '--json'], 'project', 2, /^layer 'dwx' is not a layer of this project; use one of ods, dim, dwd, dws, ads \(--layer\)$/],
      ['new job --json', ['new', 'job', '--writes', 'dws.dws_live_like_1d', '--reads', 'dwd.dwd_live_like_di', '--yes', '--json'], 'project', 0, ['kind', 'name', 'file', 'next']],
      ['new job with an unknown table', ['new', 'job', '--writes', 'dws_live_like_1dd', '--reads', 'dwd.dwd_live_like_di', '--yes', '--json'], 'project', 2, /^--writes: table 'dws_live_like_1dd' is not in this project; did you mean 'dws\.dws_live_like_1d'\?$/],
      ['new test of an unknown job', ['new', 'test', 'nope', '--yes', '--json'], 'project', 2, /^job 'nope' is not in this project/],
      ['test --json', ['test', 'dwd_live_like_di', '--json'], 'project', 0, ['kind', 'tests', 'checks', 'passed', 'failed', 'errors', 'durationMs']],
      ['test selecting nothing', ['test', 'nope', '--json'], 'project', 2, /^'nope' selects no tests; name a test file, a job or a table \(\* matches any text\)$/],
    ];

    before(async () => {
      project = path.join(dir, 'project');
      fs.mkdirSync(path.join(dir, 'empty'));
      assert.equal(strata(['init', 'project', '--yes'], dir).status, 0);
      // One after the other: new job needs the table new table writes.
      runs = cases.map(([, args, where]) => strata(args, where === 'project' ? project : path.join(dir, 'empty')));
    });

    cases.forEach(([what, , , code, expected], i) => {
      it(`${what}: exit ${code}, a {status, ${code === 0 ? 'result' : 'error'}} envelope`, () => {
        const r = runs[i];
        assert.equal(r.status, code, r.stdout + r.stderr);
        const out = JSON.parse(r.stdout);
        assert.equal(out.status, code);
        if (Array.isArray(expected)) assert.deepEqual(Object.keys(out.result), expected);
        else {
          assert.equal(out.error.code, 'usage');
          assert.match(out.error.message, expected);
        }
      });
    });

    it('test exits 1 with status 1 in the envelope when a test fails', () => {
      const file = path.join(project, 'tests', 'dwd_live_like_di.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/like_cnt: 3, like_time/, 'like_cnt: 9, like_time'));
      const r = strata(['test', '--json'], project);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).result.failed, 1);
    });
  });

  // Was a bug, fixed during QA: check --file ignores `dialect: flink` in the file's front matter and parses it as Spark (--dialect defaults to spark), so --strict reports 4 bogus errors
  it('takes the dialect of a standalone file from its front matter', () => {
    fs.copyFileSync(path.join(examplesLive, 'jobs', 'rt_live_gift_enrich.sql'), path.join(dir, 'job.sql'));
    const r = strata(['check', '--strict', '--file', 'job.sql'], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});
