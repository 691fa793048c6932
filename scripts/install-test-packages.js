'use strict';
/**
 * `pretest`: installs the Debian packages the tests use when they are missing, as root only
 * (CI, and developer machines, run as root here). Not root: one line says what is missing and
 * the tests that need it skip with that reason. Never fails the test run: a failed install is
 * reported and the dependent tests skip.
 *
 * PACKAGES: Debian package -> the command it provides (or a `present` check) and the tests that need it.
 * Then, as root, code-server goes into its cache folder (scripts/install-code-server.js).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const VSCODE = 'test/editors-vscode.test.ts (the packaged extension in code-server, driven in headless Chromium)';
const POSTGRES = 'core/test/publish/state-postgres.test.ts and publish-remote.test.ts (a folder-local PostgreSQL 15 holding the shared state)';
const CLICKHOUSE = 'core/test/engines/clickhouse.test.ts and core/test/publish/state-clickhouse.test.ts (a two-shard ClickHouse cluster with ZooKeeper)';

const PACKAGES = [
  { name: 'pre-commit', command: 'pre-commit', tests: 'test/pre-commit-hooks.test.ts (pre-commit hooks of .pre-commit-hooks.yaml)' },
  { name: 'bsdutils', command: 'script', tests: 'test/cli-publish-tty.test.ts (the publish confirmation prompt in a pseudo-terminal)' },
  { name: 'tmux', command: 'tmux', tests: 'test/cli-scaffold-tty.test.ts (strata init / new prompts in a pseudo-terminal)' },
  { name: 'neovim', command: 'nvim', tests: 'test/editors-neovim.test.ts (headless Neovim driving the language server)' },
  { name: 'emacs-nox', command: 'emacs', tests: 'test/editors-emacs.test.ts (Emacs + eglot driving the language server)' },
  // eglot is built into Emacs 29+; Debian 12's Emacs 28 needs the elpa package.
  { name: 'elpa-eglot', present: () => !onPath('emacs') || hasEglot(), tests: 'test/editors-emacs.test.ts (Emacs + eglot driving the language server)' },
  { name: 'chromium', command: 'chromium', tests: VSCODE },
  // code-server's install builds VS Code's native modules with node-gyp (scripts/install-code-server.js).
  { name: 'python3', command: 'python3', tests: VSCODE },
  { name: 'python3', command: 'python3', tests: 'core/test/scheduler (generated Airflow DAGs read back with python3 ast)' },
  { name: 'make', command: 'make', tests: VSCODE },
  { name: 'g++', command: 'g++', tests: VSCODE },
  { name: 'libkrb5-dev', present: () => fs.existsSync('/usr/include/gssapi/gssapi.h'), tests: VSCODE },
  // Debian's ClickHouse (18.16) and ZooKeeper (run with java from its jar); neither is started as a service by the tests.
  { name: 'clickhouse-server', present: () => fs.existsSync('/usr/sbin/clickhouse-server'), tests: CLICKHOUSE },
  { name: 'clickhouse-client', command: 'clickhouse-client', tests: CLICKHOUSE },
  { name: 'zookeeper', present: () => fs.existsSync('/usr/share/java/zookeeper.jar'), tests: CLICKHOUSE },
  // Debian's PostgreSQL 15: the tests run initdb and pg_ctl from its bin folder (not on PATH); no service is started.
  { name: 'postgresql-15', present: () => fs.existsSync('/usr/lib/postgresql/15/bin/initdb'), tests: POSTGRES },
];

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const hasEglot = () => spawnSync('emacs', ['--batch', '--eval', "(require 'eglot)"], { stdio: 'ignore' }).status === 0;
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const say = (line) => process.stderr.write(`install-test-packages: ${line}\n`);

function aptGet(args) {
  const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return run.status === 0;
}

/** Installs `packages` that are missing; false when some are missing and cannot be installed. */
function install(packages, updated) {
  const missing = packages.filter((p) => !(p.present ? p.present() : onPath(p.command)));
  if (missing.length === 0) return updated;
  const names = missing.map((p) => p.name);
  if (!isRoot()) {
    for (const p of missing) say(`${p.name} is missing and this is not root: ${p.tests} will skip; install it with: sudo apt-get install -y ${p.name}`);
    return updated;
  }
  say(`installing ${names.join(' ')} (apt-get)`);
  if (!(updated || aptGet(['update', '-qq'])) || !aptGet(['install', '-y', '-qq', '--no-install-recommends', ...names])) {
    say(`apt-get install ${names.join(' ')} failed: the tests that need it will skip`);
  }
  return true;
}

function main() {
  // Packages with a `present` check depend on others (elpa-eglot on the Emacs version): checked after those are in.
  const updated = install(PACKAGES.filter((p) => !p.present), false);
  install(PACKAGES.filter((p) => p.present), updated);
  installCodeServer();
}

/** code-server needs no root, but its native builds need the packages above: installed where those are. */
function installCodeServer() {
  const script = path.join(__dirname, 'install-code-server.js');
  if (isRoot()) {
    spawnSync(process.execPath, [script], { stdio: 'inherit' });
    return;
  }
  const where = JSON.parse(spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' }).stdout);
  if (!where.installed) say(`code-server is missing and this is not root: ${VSCODE} will skip; install it with: node scripts/install-code-server.js`);
}

main();
