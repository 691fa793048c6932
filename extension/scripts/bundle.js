'use strict';
/**
 * Bundles the extension with esbuild so the .vsix needs no node_modules and works offline:
 * the client (src/extension.ts; `vscode` is the host's) into dist/extension.js, and the language
 * server with @strata/core and its libraries into dist/server.js.
 * The server is bundled from its compiled output, so the root `npm run build` runs first.
 *
 * A few modules find files relative to their own folder (core's version for cache keys, the rule
 * docs that lint diagnostics link to). In the bundle each such `__dirname` points into
 * dist/strata/, a copy of the repository's layout holding just those files. The reference grammars
 * (core's dt-sql-parser bundle, 5 MB, loaded only for strict validation) are one of them, so
 * starting the server does not parse them.
 * Prints nothing on success; a failure prints one line and exits 1.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const extension = path.resolve(__dirname, '..');
const repo = path.resolve(extension, '..');
/** Built by the root `npm run build`: the server's compiled code and core's grammar bundle. */
const BUILT = ['language-server/dist/src/server.js', 'core/dist/vendor/dt-sql-parser.js'];
const ORACLE = BUILT[1];
/** Where the server bundle's modules find the repository's files. */
const LAYOUT = path.join(extension, 'dist', 'strata');

/** Points `__dirname` of a repository module at its folder in the copied layout. */
const rebaseDirname = {
  name: 'rebase-dirname',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      const relative = path.relative(repo, path.dirname(args.path));
      if (relative.startsWith('..') || relative.split(path.sep).includes('node_modules')) return undefined;
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!/\b__dirname\b/.test(source)) return undefined;
      const folder = JSON.stringify(path.posix.join('strata', ...relative.split(path.sep)));
      return { contents: source.replace(/\b__dirname\b/g, `require('node:path').join(__dirname, ${folder})`), loader: 'js' };
    });
  },
};

/**
 * The files the rebased modules read: core's package.json, its version tagged with the bundle's
 * hash so caches written by another build are never reused, the rule docs, the grammars.
 */
function writeLayout(serverBundle) {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(serverBundle)).digest('hex').slice(0, 12);
  const core = JSON.parse(fs.readFileSync(path.join(repo, 'core', 'package.json'), 'utf8'));
  fs.rmSync(LAYOUT, { recursive: true, force: true });
  fs.mkdirSync(path.join(LAYOUT, 'core'), { recursive: true });
  fs.writeFileSync(path.join(LAYOUT, 'core', 'package.json'), JSON.stringify({ name: core.name, version: `${core.version}+bundle.${hash}` }, null, 2));
  fs.mkdirSync(path.join(LAYOUT, 'docs'), { recursive: true });
  fs.copyFileSync(path.join(repo, 'docs', 'rules.md'), path.join(LAYOUT, 'docs', 'rules.md'));
  fs.mkdirSync(path.dirname(path.join(LAYOUT, ORACLE)), { recursive: true });
  fs.copyFileSync(path.join(repo, ORACLE), path.join(LAYOUT, ORACLE));
}

async function main() {
  const missing = BUILT.find((file) => !fs.existsSync(path.join(repo, file)));
  if (missing) throw new Error(`${missing} is missing; run "npm run build" at the repository root first`);
  const esbuild = require('esbuild');
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'silent', legalComments: 'none' };
  const server = path.join(extension, 'dist', 'server.js');
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [path.join(extension, 'src', 'extension.ts')], outfile: path.join(extension, 'dist', 'extension.js'), external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: [path.join(repo, 'language-server', 'bin', 'server.js')], outfile: server, plugins: [rebaseDirname] }),
  ]);
  writeLayout(server);
}

main().catch((error) => {
  const message = String(error && error.message ? error.message : error).split('\n')[0];
  process.stderr.write(`bundle: ${message}\n`);
  process.exit(1);
});
