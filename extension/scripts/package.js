'use strict';
/**
 * Packages the bundled extension (scripts/bundle.js) into strata-<version>.vsix beside this
 * folder's package.json (or the file given with `--out FILE`) with @vscode/vsce, offline: no
 * dependencies are collected (the bundles hold them) and nothing is published. Files come from
 * package.json `files`.
 */
const path = require('node:path');

const extension = path.resolve(__dirname, '..');

async function main() {
  const { version } = require(path.join(extension, 'package.json'));
  const { createVSIX } = require('@vscode/vsce');
  const out = process.argv.indexOf('--out');
  const packagePath = out === -1 ? path.join(extension, `strata-${version}.vsix`) : path.resolve(process.argv[out + 1]);
  // No repository to link README images to: the README has none.
  await createVSIX({ cwd: extension, packagePath, dependencies: false, allowMissingRepository: true });
}

main().catch((error) => {
  const message = String(error && error.message ? error.message : error).split('\n')[0];
  process.stderr.write(`package: ${message}\n`);
  process.exit(1);
});
