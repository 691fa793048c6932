#!/usr/bin/env node
// oclif entry point: commands are discovered from dist/src/commands (see package.json "oclif").
const { run, flush } = require('@oclif/core');
const { handle } = require('@oclif/core/handle');

// Exit codes are 0 ok, 1 problems found, 2 usage/config/internal error: an unknown command
// (plugin-not-found exits 127) is a usage error.
run(process.argv.slice(2), __dirname)
  .then(() => flush())
  .catch((err) => {
    if (err && err.oclif && err.oclif.exit === 127) err.oclif.exit = 2;
    return handle(err);
  });
