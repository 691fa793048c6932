'use strict';
/**
 * `pretest`: installs the Debian packages the tests use when they are missing, as root only
 * (CI, and developer machines, run as root here). Not root: one line says what is missing and
 * the tests that need it skip with that reason. Never fails the test run: a failed install is
 * reported and the dependent tests skip.
 *
 * PACKAGES: Debian package -> the command it provides and the tests that need it.
 */
const { spawnSync } = require('node:child_process');

const PACKAGES = [
  { name: 'pre-commit', command: 'pre-commit', tests: 'test/pre-commit-hooks.test.ts (pre-commit hooks of .pre-commit-hooks.yaml)' },
  { name: 'neovim', command: 'nvim', tests: 'test/editors-neovim.test.ts (headless Neovim driving the language server)' },
  { name: 'emacs-nox', command: 'emacs', tests: 'test/editors-emacs.test.ts (Emacs + eglot driving the language server)' },
];

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const say = (line) => process.stderr.write(`install-test-packages: ${line}\n`);

function aptGet(args) {
  const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return run.status === 0;
}

function main() {
  const missing = PACKAGES.filter((p) => !onPath(p.command));
  if (missing.length === 0) return;
  const names = missing.map((p) => p.name);
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    for (const p of missing) say(`${p.name} is missing and this is not root: ${p.tests} will skip; install it with: sudo apt-get install -y ${p.name}`);
    return;
  }
  say(`installing ${names.join(' ')} (apt-get)`);
  if (!aptGet(['update', '-qq']) || !aptGet(['install', '-y', '-qq', '--no-install-recommends', ...names])) {
    say(`apt-get install ${names.join(' ')} failed: the tests that need it will skip`);
  }
}

main();
