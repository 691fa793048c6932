import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { assertNoStack, CliRun, repoRoot, strata, tempDir } from './helpers/run-cli';

const read = (file: string) => fs.readFileSync(file, 'utf8');
const ok = (r: CliRun) => assert.equal(r.status, 0, r.stdout + r.stderr);
const COLUMNS = 'room_id:bigint:live room id,gift_amount:decimal(18,2):CNY spent,send_time:timestamp:send time';

/** Every file under `dir`, project-relative, sorted. */
function filesOf(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('strata init / strata new (no terminal)', () => {
  let dir: string;
  let cleanup: () => void;
  let wh: string;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    wh = path.join(dir, 'wh');
  });
  afterEach(() => cleanup());

  const init = (...args: string[]) => strata(['init', 'wh', ...args], dir);
  const inWh = (...args: string[]) => strata(args, wh);

  it('init --yes writes the live template, and check and lint pass on it', () => {
    const r = init('--yes');
    ok(r);
    const files = ['.gitignore', '.pre-commit-config.yaml', 'README.md', 'jobs/dwd_live_like_di.sql', 'strata.yaml', 'tables/dwd/dwd_live_like_di.sql', 'tables/ods/ods_live_like_log_di.sql', 'tests/dwd_live_like_di.yaml'];
    assert.equal(r.stdout, `✔ wrote 8 files:\n${[...files].sort((a, b) => a.localeCompare(b)).map((f) => `  ${f}`).join('\n')}\n\nNext:\n  cd wh\n  strata check\n  strata lint\n  strata new table --layer dwd --domain <domain> --process <process> --period di\n`);
    assert.deepEqual(filesOf(wh), files.sort());
    assert.match(read(path.join(wh, 'strata.yaml')), /^name: wh\nversion: 1\ndialect: spark\n/m);
    assert.deepEqual(inWh('check'), { status: 0, stdout: '✔ 3 files checked, no problems\n', stderr: '' });
    assert.deepEqual(inWh('lint'), { status: 0, stdout: '✔ 3 files linted, no problems\n', stderr: '' });
  });

  it('init uses our pre-commit hooks, with the ids of .pre-commit-hooks.yaml', () => {
    ok(init('--yes'));
    const ours = (parseYaml(read(path.join(repoRoot, '.pre-commit-hooks.yaml'))) as { id: string }[]).map((h) => h.id);
    const config = parseYaml(read(path.join(wh, '.pre-commit-config.yaml'))) as { repos: { hooks: { id: string; entry: string }[] }[] };
    assert.deepEqual(config.repos[0].hooks.map((h) => h.id), ours);
    assert.deepEqual(config.repos[0].hooks.map((h) => h.entry), ['strata lint', 'strata format']);
  });

  it('init --template minimal --dialect hive --partition-column dt: an empty project that checks', () => {
    ok(init('--template', 'minimal', '--dialect', 'hive', '--partition-column', 'dt', '--name', 'my-wh', '--yes'));
    assert.deepEqual(filesOf(wh), ['.gitignore', '.pre-commit-config.yaml', 'README.md', 'jobs/.gitkeep', 'seeds/.gitkeep', 'strata.yaml', 'tables/ads/.gitkeep', 'tables/dim/.gitkeep', 'tables/dwd/.gitkeep', 'tables/dws/.gitkeep', 'tables/ods/.gitkeep', 'tests/.gitkeep']);
    assert.match(read(path.join(wh, 'strata.yaml')), /^name: my-wh\nversion: 1\ndialect: hive\n/m);
    assert.match(read(path.join(wh, 'README.md')), /^# my-wh\n[^]*Batch SQL is\nhive; tables are partitioned by `dt`\./);
    ok(inWh('check'));
    ok(inWh('new', 'table', '--layer', 'ods', '--domain', 'live', '--process', 'gift_log', '--columns', COLUMNS, '--yes'));
    assert.match(read(path.join(wh, 'tables/ods/ods_live_gift_log_di.sql')), /^PARTITIONED BY \(dt STRING COMMENT 'yyyy-MM-dd'\)$/m);
  });

  it('init --layers and --targets write them into strata.yaml (folders only for those layers), and check and lint pass', () => {
    ok(init('--template', 'minimal', '--layers', 'dwd,ods,ads', '--targets', 'spark,local', '--yes'));
    assert.deepEqual(filesOf(wh), ['.gitignore', '.pre-commit-config.yaml', 'README.md', 'jobs/.gitkeep', 'seeds/.gitkeep', 'strata.yaml', 'tables/ads/.gitkeep', 'tables/dwd/.gitkeep', 'tables/ods/.gitkeep', 'tests/.gitkeep']);
    assert.match(read(path.join(wh, 'strata.yaml')), new RegExp(`\nlayers:
  - \\{name: ods, database: ods, prefix: ods_\\}
  - \\{name: dwd, database: dwd, prefix: dwd_\\}
  - \\{name: ads, database: ads, prefix: ads_\\}
targets:
  local: \\{engine: duckdb, path: \\.strata/local\\.duckdb\\}
  spark: \\{engine: spark, host: '\\$\\{env:SPARK_HOST\\}', port: 10000, database: default\\}
default_target: local
`));
    assert.deepEqual(inWh('check'), { status: 0, stdout: '✔ 0 files checked, no problems\n', stderr: '' });
    ok(inWh('new', 'table', '--layer', 'ads', '--domain', 'live', '--process', 'gift_send', '--columns', COLUMNS, '--yes'));
    assert.deepEqual(inWh('lint'), { status: 0, stdout: '✔ 1 file linted, no problems\n', stderr: '' });
    assert.equal(inWh('new', 'table', '--layer', 'dws', '--domain', 'live', '--process', 'gift_send', '--columns', COLUMNS, '--yes').status, 2);
  });

  const badChoices: [string[], string][] = [
    [['--layers', 'ods,dwx'], "error  --layers: 'dwx' is not one of ods, dim, dwd, dws, ads; did you mean 'dwd'?\n"],
    [['--layers', 'ods,dws'], "error  --layers: the live template's example needs layer dwd; add it, or pass --template minimal\n"],
    [['--layers', 'ods,ods,dwd'], "error  --layers: 'ods' is given twice; name each once\n"],
    [['--layers', ','], 'error  --layers is empty; give at least one of: ods, dim, dwd, dws, ads\n'],
    [['--targets', 'prod'], "error  --targets: 'prod' is not one of local, spark, hive, trino, clickhouse\n"],
  ];
  for (const [flags, message] of badChoices) {
    it(`init ${flags.join(' ')} is refused with exit 2 and writes nothing`, () => {
      assert.deepEqual(init(...flags, '--yes'), { status: 2, stdout: '', stderr: message });
      assert.equal(fs.existsSync(wh), false);
    });
  }

  it('new table (every layer), new job (batch and streaming) and new test make a project that checks and lints clean', () => {
    ok(init('--yes'));
    const layers: [string, string][] = [['ods', 'ods_live_gift_send_di'], ['dim', 'dim_live_gift_send_df'], ['dwd', 'dwd_live_gift_send_di'], ['dws', 'dws_live_gift_send_1d'], ['ads', 'ads_live_gift_send_1d']];
    for (const [layer, name] of layers) {
      const r = inWh('new', 'table', '--layer', layer, '--domain', 'live', '--process', 'gift_send', '--columns', COLUMNS, '--yes');
      assert.deepEqual(r, { status: 0, stdout: `✔ wrote tables/${layer}/${name}.sql\n\nNext:\n  strata new job --writes ${layer}.${name}\n  strata check\n  strata lint\n`, stderr: '' });
    }
    ok(inWh('new', 'job', '--writes', 'dwd.dwd_live_gift_send_di', '--reads', 'ods.ods_live_gift_send_di', '--yes'));
    ok(inWh('new', 'job', '--streaming', '--domain', 'live', '--process', 'gift', '--period', '5min', '--key', 'room_id', '--yes'));
    ok(inWh('new', 'test', 'dwd_live_gift_send_di', '--date', '2026-11-25', '--yes'));
    assert.deepEqual(inWh('check'), { status: 0, stdout: '✔ 10 files checked, no problems\n', stderr: '' });
    assert.deepEqual(inWh('lint'), { status: 0, stdout: '✔ 10 files linted, no problems\n', stderr: '' });
    assert.equal(read(path.join(wh, 'jobs/dwd_live_gift_send_di.sql')), `/*---
type: batch
dialect: spark
schedule: '@daily'
owner: data-team
retries: 3
description: Loads dwd.dwd_live_gift_send_di from ods.ods_live_gift_send_di, one partition per run.
---*/
INSERT OVERWRITE TABLE dwd.dwd_live_gift_send_di PARTITION (p_date = '\${date}')
SELECT
  room_id,
  gift_amount,
  send_time
FROM ods.ods_live_gift_send_di
WHERE p_date = '\${date}';
`);
    assert.equal(read(path.join(wh, 'tests/dwd_live_gift_send_di.yaml')), `# dwd_live_gift_send_di: one row of each input and the row it should write; replace them with the cases that matter.
job: dwd_live_gift_send_di
date: '2026-11-25'
given:
  ods.ods_live_gift_send_di:
    - {room_id: 1, gift_amount: 1.5, send_time: "2026-11-25 00:00:00", p_date: "2026-11-25"}
expect:
  dwd.dwd_live_gift_send_di:
    - {room_id: 1, gift_amount: 1.5, send_time: "2026-11-25 00:00:00", p_date: "2026-11-25"}
`);
    assert.match(read(path.join(wh, 'jobs/rt_live_gift_5min.sql')), /WATERMARK FOR event_time AS event_time - INTERVAL '5' SECOND[^]*'connector' = 'upsert-kafka'[^]*TUMBLE\(TABLE live_gift_log_source, DESCRIPTOR\(event_time\), INTERVAL '5' MINUTE\)/);
  });

  it('new job fills a typed NULL for a target column the source lacks, and --json returns the result', () => {
    ok(init('--yes'));
    ok(inWh('new', 'table', '--layer', 'dws', '--domain', 'live', '--process', 'like', '--columns', 'room_id:bigint:room,like_cnt:int:likes,like_uv:bigint:likers', '--yes'));
    const r = inWh('new', 'job', '--writes', 'dws_live_like_1d', '--reads', 'dwd_live_like_di', '--schedule', '0 3 * * *', '--yes', '--json');
    assert.deepEqual(JSON.parse(r.stdout), { status: 0, result: { kind: 'job', name: 'dws_live_like_1d', file: 'jobs/dws_live_like_1d.sql', next: ['strata new test dws_live_like_1d', 'strata check', 'strata lint'] } });
    assert.match(read(path.join(wh, 'jobs/dws_live_like_1d.sql')), /schedule: '0 3 \* \* \*'[^]*SELECT\n {2}room_id,\n {2}like_cnt,\n {2}CAST\(NULL AS BIGINT\) AS like_uv\nFROM dwd\.dwd_live_like_di\nWHERE p_date = '\$\{date\}';\n$/);
    ok(inWh('check'));
  });

  const badNames: [string[], string][] = [
    [['../x'], "table name '../x' is a path; give a bare name, the folder follows from the kind and layer [no-path]; try 'dwd_live_x_di'"],
    [['DWD Gift'], "table name 'DWD Gift' is not lower snake_case (letters, digits and single underscores, starting with a letter) [snake-case]; try 'dwd_gift_di'"],
    [['dwd_live_gift_send'], "table name 'dwd_live_gift_send' does not end with a suffix of layer dwd (_di, _df, _hi, _hf, _nd, _td, _rt, _{n}d, _{n}h, _{n}min) [table-name-pattern]; try 'dwd_live_gift_send_di'"],
    [['dwd_weird_gift_di'], "table name 'dwd_weird_gift_di' has subject domain 'weird', not one of live, user, gift [table-name-pattern]; try 'dwd_live_weird_gift_di'"],
    [['select', '--layer', 'dwd'], "table name 'select' is a reserved word in spark, so every query would have to quote it [reserved-word]; try 'dwd_live_select_di'"],
    [['--layer', 'dwd', '--domain', 'Live', '--process', 'gift'], "table name 'dwd_Live_gift_di' is not lower snake_case (letters, digits and single underscores, starting with a letter) [snake-case]; try 'dwd_live_gift_di'"],
  ];
  for (const [args, message] of badNames) {
    it(`refuses ${JSON.stringify(args.join(' '))} with exit 2, the rule and a valid name`, () => {
      ok(init('--yes'));
      const before = filesOf(wh);
      const r = inWh('new', 'table', ...args, '--columns', COLUMNS, '--yes');
      assert.deepEqual(r, { status: 2, stdout: '', stderr: `error  ${message}\n` });
      assert.deepEqual(filesOf(wh), before);
    });
  }

  it('refuses a non-empty folder without --force, writes into it with --force', () => {
    fs.mkdirSync(wh);
    fs.writeFileSync(path.join(wh, 'notes.txt'), 'mine\n');
    const r = init('--yes');
    assert.deepEqual(r, { status: 2, stdout: '', stderr: "error  'wh' is not empty; pick an empty or new folder, or pass --force to write into it (files of the same names are overwritten)\n" });
    assert.deepEqual(filesOf(wh), ['notes.txt']);
    ok(init('--yes', '--force'));
    assert.equal(read(path.join(wh, 'notes.txt')), 'mine\n');
    ok(inWh('check'));
  });

  it('refuses to overwrite a file without --force', () => {
    ok(init('--yes'));
    const r = inWh('new', 'table', 'dwd_live_like_di', '--columns', COLUMNS, '--yes');
    assert.deepEqual(r, { status: 2, stdout: '', stderr: "error  'tables/dwd/dwd_live_like_di.sql' already exists; pick another name, or pass --force to overwrite it\n" });
    ok(inWh('new', 'table', 'dwd_live_like_di', '--columns', COLUMNS, '--yes', '--force'));
  });

  const unknownTables: [string[], string][] = [
    [['--writes', 'dwd_live_like_dii', '--reads', 'nope'], "--writes: table 'dwd_live_like_dii' is not in this project; did you mean 'dwd.dwd_live_like_di'?"],
    [['--writes', 'dwd.dwd_live_like_di', '--reads', 'ods_live_like_log'], "--reads: table 'ods_live_like_log' is not in this project; did you mean 'ods.ods_live_like_log_di'?"],
    [['--writes', 'dws.dws_nothing_like_it_1d', '--reads', 'ods.ods_live_like_log_di'], "--writes: table 'dws.dws_nothing_like_it_1d' is not in this project; create it first with `strata new table`"],
  ];
  for (const [args, message] of unknownTables) {
    it(`new job ${args.join(' ')}: refused against the catalog with exit 2, nothing written`, () => {
      ok(init('--yes'));
      assert.deepEqual(inWh('new', 'job', ...args, '--yes'), { status: 2, stdout: '', stderr: `error  ${message}\n` });
      assert.deepEqual(fs.readdirSync(path.join(wh, 'jobs')), ['dwd_live_like_di.sql']);
    });
  }

  const missing: [string[], string][] = [
    [['init', 'wh'], "missing --name (project name); pass it, or --yes to take 'wh' — there is no terminal to ask on"],
    [['new', 'table', '--layer', 'dwd', '--domain', 'live', '--period', 'di', '--yes'], 'missing --process (business process, e.g. gift_send); pass it — there is no terminal to ask on'],
    [['new', 'table', 'dwd_live_x_di', '--columns', COLUMNS], "missing --partition (partition column); pass it, or --yes to take 'p_date' — there is no terminal to ask on"],
    [['new', 'job', '--reads', 'ods.ods_live_like_log_di', '--yes'], "missing --writes (table it writes); pass it — there is no terminal to ask on"],
    [['new', 'test', '--yes'], 'missing the JOB argument (job); pass it — there is no terminal to ask on'],
  ];
  for (const [args, message] of missing) {
    it(`without a terminal never prompts: ${args.join(' ')} exits 2 naming what is missing`, () => {
      if (args[0] !== 'init') ok(init('--yes'));
      const r = strata(args, args[0] === 'init' ? dir : wh);
      assert.deepEqual(r, { status: 2, stdout: '', stderr: `error  ${message}\n` });
      assertNoStack(r.stderr);
    });
  }
});
