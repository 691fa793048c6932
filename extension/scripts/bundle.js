'use strict';
/**
 * Bundles the extension with esbuild so the .vsix needs no node_modules and works offline:
 * the client (src/extension.ts; `vscode` is the host's) into dist/extension.js, and the language
 * server with @strata/core, its libraries and the dt-sql-parser grammars into dist/server.js.
 * The server is bundled from its compiled output, so the root `npm run build` runs first.
 * Prints nothing on success; a failure prints one line and exits 1.
 */
const fs = require('node:fs');
const path = require('node:path');

const extension = path.resolve(__dirname, '..');
const repo = path.resolve(extension, '..');
/** Built by the root `npm run build`: the server's compiled code and core's grammar bundle. */
const BUILT = ['language-server/dist/src/server.js', 'core/dist/vendor/dt-sql-parser.js'];

async function main() {
  const missing = BUILT.find((file) => !fs.existsSync(path.join(repo, file)));
  if (missing) throw new Error(`${missing} is missing; run "npm run build" at the repository root first`);
  const esbuild = require('esbuild');
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'silent', legalComments: 'none' };
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [path.join(extension, 'src', 'extension.ts')], outfile: path.join(extension, 'dist', 'extension.js'), external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: [path.join(repo, 'language-server', 'bin', 'server.js')], outfile: path.join(extension, 'dist', 'server.js') }),
  ]);
}

main().catch((error) => {
  const message = String(error && error.message ? error.message : error).split('\n')[0];
  process.stderr.write(`bundle: ${message}\n`);
  process.exit(1);
});
