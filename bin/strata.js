#!/usr/bin/env node
// The `strata` bin of the repository as a package: what pre-commit's `language: node` hooks and
// `npm install -g git+...` install. The CLI itself ships bundled (bundleDependencies); its entry
// point locates oclif's configuration from its own folder.
require('@strata/cli/bin/run.js');
