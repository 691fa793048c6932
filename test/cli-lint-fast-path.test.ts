import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { repoRoot, strata, type CliRun } from './helpers/run-cli';
import { git, gitInit, tempProject } from './helpers/lint-fixtures';

/*
 * A plain `strata lint` (what pre-commit runs) skips oclif's start-up (cli/src/lint-fast-path.ts).
 * Its output must be byte-identical to the oclif command's: `--debug` changes nothing but error
 * stack traces, and it sends the same lint through oclif, so each run is compared with its twin.
 */

const FILES = {
  // Warnings only (keyword case, a missing final newline).
  'jobs/style.sql': 'select id from dwd.dwd_a_di',
  // An error: an unknown column.
  'jobs/semantic.sql': 'SELECT id, nope FROM dwd.dwd_a_di;\n',
  'jobs/clean.sql': 'SELECT id FROM dwd.dwd_a_di;\n',
};

/**
 * Preloaded into the CLI: writes to $STRATA_PROBE_OUT, when the process exits, whether oclif was
 * loaded and whether the fast path was (from the lint bundle, which registers as its module, or not).
 */
const PROBE = `process.on('exit', () => {
  const loaded = (end) => Object.keys(require.cache).some((k) => k.includes(end));
  require('node:fs').writeFileSync(process.env.STRATA_PROBE_OUT, JSON.stringify({ oclif: loaded('@oclif'), fastPath: loaded('lint-fast-path.js') }));
});\n`;

describe('strata lint: the fast path for plain invocations', () => {
  let dir: string;
  let cleanup: () => void;
  let probe: string;
  before(() => {
    ({ dir, cleanup } = tempProject(FILES));
    probe = path.join(dir, '.strata-probe.js');
    fs.writeFileSync(probe, PROBE);
  });
  after(() => cleanup());

  /** The run, and whether it loaded oclif and the fast path. */
  function run(args: string[]): { run: CliRun; oclif: boolean; fastPath: boolean } {
    const out = path.join(dir, '.strata-probe-out');
    const result = strata(args, dir, { ...process.env, NODE_OPTIONS: `--require ${probe}`, STRATA_PROBE_OUT: out });
    return { run: result, ...(JSON.parse(fs.readFileSync(out, 'utf8')) as { oclif: boolean; fastPath: boolean }) };
  }

  const twins: [string, string[], number][] = [
    ['findings in stylish', ['lint', 'jobs/style.sql', 'jobs/semantic.sql'], 1],
    ['warnings only', ['lint', 'jobs/style.sql'], 0],
    ['--max-warnings exceeded', ['lint', 'jobs/style.sql', '--max-warnings', '0'], 1],
    ['no findings', ['lint', 'jobs/clean.sql'], 0],
    ['the whole project without the cache', ['lint', '--no-cache'], 1],
    ['--format json', ['lint', '--format', 'json', 'jobs'], 1],
    ['--format sarif', ['lint', '--format=sarif', 'jobs/semantic.sql'], 1],
    ['--format github with --max-warnings', ['lint', '--format', 'github', '--max-warnings', '0', 'jobs/style.sql'], 1],
    ['--format junit', ['lint', '--format', 'junit', 'jobs/style.sql'], 0],
    ['--rule and --project', ['lint', '--rule', 'ST01', '--project', '.', 'jobs'], 0],
  ];
  for (const [name, args, status] of twins) {
    it(`prints what oclif prints: ${name}, without loading oclif`, () => {
      const fast = run(args);
      const slow = run([...args, '--debug']);
      assert.deepEqual([fast.oclif, fast.fastPath], [false, true]);
      // A lint the fast path declines does not load it (nor the lint bundle).
      assert.deepEqual([slow.oclif, slow.fastPath], [true, false]);
      assert.equal(fast.run.status, status, fast.run.stderr);
      assert.deepEqual(fast.run, slow.run);
    });
  }

  it('lints what is staged without oclif, as oclif does', () => {
    const { dir: repo, cleanup: done } = tempProject({ 'jobs/a.sql': 'SELECT id FROM dwd.dwd_a_di;\n' });
    try {
      gitInit(repo);
      fs.writeFileSync(path.join(repo, 'jobs/a.sql'), 'SELECT nope FROM dwd.dwd_a_di;\n');
      git(repo, 'add', 'jobs/a.sql');
      // The work tree is clean again; the index is not.
      fs.writeFileSync(path.join(repo, 'jobs/a.sql'), 'SELECT id FROM dwd.dwd_a_di;\n');
      const fast = strata(['lint', '--staged'], repo);
      assert.deepEqual(fast, strata(['lint', '--staged', '--debug'], repo));
      assert.equal(fast.status, 1);
      assert.match(fast.stdout, /^jobs\/a\.sql:1:8 {2}error {2}.*nope/);
    } finally {
      done();
    }
  });

  it('leaves a failing lint to oclif, which reports it as one line', () => {
    const failed = run(['lint', 'jobs/missing.sql']);
    assert.deepEqual([failed.oclif, failed.fastPath], [true, true]);
    assert.deepEqual(failed.run, { status: 2, stdout: '', stderr: "error  no such file or folder 'jobs/missing.sql'; check the path\n" });
  });

  it('runs from the lint bundle with a code cache of its own, whatever command ran first after a build', function () {
    const bundle = createRequire(__filename)(path.join(repoRoot, 'cli', 'bin', 'bundle.js')) as { codeCacheFile: (flavor: string, name?: string) => string | undefined };
    // Which code caches a run wrote says which bundle it loaded: the lint bundle, or the full one for a lint (`lint`) or another command (`cli`).
    const caches = { lintBundle: bundle.codeCacheFile('lint', 'lint.js'), fullLint: bundle.codeCacheFile('lint'), fullCli: bundle.codeCacheFile('cli') };
    // Only built bundles (npm run build) have code caches: after a bare tsc -b the CLI runs cli/dist/src.
    if (Object.values(caches).includes(undefined)) return this.skip();
    const written = () => Object.fromEntries(Object.entries(caches).map(([name, file]) => [name, fs.existsSync(file as string)]));
    for (const file of Object.values(caches)) fs.rmSync(file as string, { force: true });
    assert.ok([0, 1].includes(strata(['check'], dir).status));
    assert.deepEqual(written(), { lintBundle: false, fullLint: false, fullCli: true });
    // A lint the fast path declines runs oclif from the full bundle, and leaves the lint bundle's cache unwritten.
    assert.equal(strata(['lint', '--help'], dir).status, 0);
    assert.deepEqual(written(), { lintBundle: false, fullLint: true, fullCli: true });
    assert.equal(strata(['lint', 'jobs/clean.sql'], dir).status, 0);
    assert.deepEqual(written(), { lintBundle: true, fullLint: true, fullCli: true });
  });

  it('leaves --help to oclif', () => {
    const help = run(['lint', '--help']);
    assert.deepEqual([help.oclif, help.fastPath], [true, false]);
    assert.match(help.run.stdout, /^Lint SQL: style, semantic, warehouse and streaming rules, with fixes\./);
  });
});
