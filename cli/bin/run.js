#!/usr/bin/env node
// CLI entry point: oclif, whose commands come from dist/src/command-list.js (package.json "oclif"), or from
// the same list bundled with core into dist/strata.js when that is current; a plain `strata lint`
// runs the lint fast path, from its own smaller bundle dist/lint.js when that is current (see bundle.js).
const path = require('node:path');
const bundles = require('./bundle');

const argv = process.argv.slice(2);
const src = path.join(__dirname, '..', 'dist', 'src');

/** oclif, for everything the lint fast path does not take. */
function runOclif() {
  // Lint runs of the full bundle keep a code cache of their own (see bundle.js).
  const bundled = bundles.useBundle(path.join(src, 'command-list.js'), argv[0] === 'lint' ? 'lint' : 'cli');
  const { run, flush } = require('@oclif/core');
  const { handle } = require('@oclif/core/handle');
  // Exit codes are 0 ok, 1 problems found, 2 usage/config/internal error: an unknown command
  // (plugin-not-found exits 127) is a usage error.
  return run(argv, __dirname)
    .then(() => flush())
    .catch((err) => {
      if (err && err.oclif && err.oclif.exit === 127) err.oclif.exit = 2;
      return handle(err);
    })
    .finally(() => bundled?.saveCodeCache());
}

/**
 * A plain `strata lint` (what pre-commit hooks run) without oclif's start-up; anything else, or a
 * lint that fails, goes to oclif (see cli/src/lint-fast-path.ts).
 */
async function fastLint() {
  // Told apart by a small module of its own: a lint the fast path declines (`--fix`, `--json`,
  // `--help`...) goes to oclif without loading the lint bundle too.
  if (argv[0] !== 'lint' || !require('../dist/src/plain-lint.js').plainLint(argv)) return false;
  // Like oclif: a reader that closes stdout early (`| head`) is not an error.
  process.stdout.on('error', (err) => {
    if (err && err.code === 'EPIPE') return;
    throw err;
  });
  const target = path.join(src, 'lint-fast-path.js');
  const bundled = bundles.useLintBundle(target);
  const { lintFastPath } = bundled ? bundled.exports : require(target);
  const done = await lintFastPath(argv, require('../package.json'));
  // Only a run that linted writes the code cache: one that declined compiled too little of it.
  if (done) bundled?.saveCodeCache();
  return done;
}

fastLint().then((done) => (done ? undefined : runOclif()));
