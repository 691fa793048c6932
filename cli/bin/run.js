#!/usr/bin/env node
// oclif entry point: commands are discovered from dist/src/commands (see package.json "oclif").
require('@oclif/core')
  .execute({ dir: __dirname })
  .catch(require('@oclif/core/handle'));
