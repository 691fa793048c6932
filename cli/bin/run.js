#!/usr/bin/env node
// CLI entry point: oclif, whose commands come from dist/src/command-list.js (package.json "oclif"), or from
// the same list bundled with core into dist/strata.js when that is current (see bundle.js).
const path = require('node:path');

const argv = process.argv.slice(2);
// The lint fast path keeps a code cache of its own (see bundle.js).
const bundled = require('./bundle').useBundle(path.join(__dirname, '..', 'dist', 'src', 'command-list.js'), argv[0] === 'lint' ? 'lint' : 'cli');

/** oclif, for everything the lint fast path does not take. */
function runOclif() {
  const { run, flush } = require('@oclif/core');
  const { handle } = require('@oclif/core/handle');
  // Exit codes are 0 ok, 1 problems found, 2 usage/config/internal error: an unknown command
  // (plugin-not-found exits 127) is a usage error.
  return run(argv, __dirname)
    .then(() => flush())
    .catch((err) => {
      if (err && err.oclif && err.oclif.exit === 127) err.oclif.exit = 2;
      return handle(err);
    });
}

/**
 * A plain `strata lint` (what pre-commit hooks run) without oclif's start-up; anything else, or a
 * lint that fails, goes to oclif (see cli/src/lint-fast-path.ts).
 */
function fastLint() {
  if (argv[0] !== 'lint') return Promise.resolve(false);
  // Like oclif: a reader that closes stdout early (`| head`) is not an error.
  process.stdout.on('error', (err) => {
    if (err && err.code === 'EPIPE') return;
    throw err;
  });
  const { lintFastPath } = bundled ? bundled.exports : require('../dist/src/lint-fast-path.js');
  return lintFastPath(argv, require('../package.json'));
}

fastLint()
  .then((done) => (done ? undefined : runOclif()))
  .finally(() => bundled?.saveCodeCache());
