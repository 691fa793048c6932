'use strict';
/**
 * `postinstall` of the repository: builds the TypeScript after `npm install` in a fresh git clone,
 * so that installing Strata from git yields a working `strata` bin. pre-commit's `language: node`
 * hooks (.pre-commit-hooks.yaml) install the repository that way: pre-commit 3.x runs `npm install`
 * in its clone and then `npm pack`; pre-commit 4.6+ runs `npm install -g git+file://<clone>`, which
 * npm prepares the same way. Neither packs a usable CLI unless the build output exists first.
 *
 * Why `postinstall` and not `prepare` or `prepack`: those also run during `npm pack`, and npm 10+
 * prints their banner on stdout, where pre-commit 3.x reads the tarball's file name.
 *
 * Skipped when the build output exists (a developer's checkout, where `npm run build` keeps it
 * current) and in the installed package, which ships the built CLI and no TypeScript sources.
 * Build output goes to stderr so that nothing on stdout is mistaken for npm's own.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const built = fs.existsSync(path.join(root, 'cli', 'dist', 'src', 'commands'));
const sources = fs.existsSync(path.join(root, 'tsconfig.json'));

if (!built && sources) {
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'run', 'build']] : ['npm', ['run', 'build']];
  const run = spawnSync(command, args, { cwd: root, stdio: ['ignore', 2, 2] });
  if (run.status !== 0) {
    process.stderr.write('strata: `npm run build` failed after install; run it in the clone to see why\n');
    process.exit(run.status ?? 1);
  }
}
