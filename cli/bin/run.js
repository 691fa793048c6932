#!/usr/bin/env node
// oclif entry point: commands come from dist/src/command-list.js (package.json "oclif"), or from
// the same list bundled with core into dist/strata.js when that is current (see bundle.js).
const path = require('node:path');
const bundled = require('./bundle').useBundle(path.join(__dirname, '..', 'dist', 'src', 'command-list.js'));
const { run, flush } = require('@oclif/core');
const { handle } = require('@oclif/core/handle');

// Exit codes are 0 ok, 1 problems found, 2 usage/config/internal error: an unknown command
// (plugin-not-found exits 127) is a usage error.
run(process.argv.slice(2), __dirname)
  .then(() => flush())
  .catch((err) => {
    if (err && err.oclif && err.oclif.exit === 127) err.oclif.exit = 2;
    return handle(err);
  })
  .finally(() => bundled?.saveCodeCache());
