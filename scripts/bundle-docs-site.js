'use strict';
/**
 * Bundles the docs site shell (core/src/docs/site: plain TypeScript + DOM, dagre for graph layout)
 * into core/dist/docs-site/app.js and app.css, which `strata docs build` copies into every site.
 * The site ships no SQL parser: SQL is highlighted at build time. Runs in `npm run build` after
 * `tsc -b` (which type-checks the site with its own tsconfig). Prints nothing on success; a
 * failure prints one line and exits 1.
 */
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const site = path.join(root, 'core', 'src', 'docs', 'site');
const out = path.join(root, 'core', 'dist', 'docs-site');

async function main() {
  const esbuild = require('esbuild');
  const common = { bundle: true, minify: true, logLevel: 'error', legalComments: 'none' };
  await esbuild.build({ ...common, entryPoints: [path.join(site, 'main.ts')], outfile: path.join(out, 'app.js'), format: 'iife', platform: 'browser', target: 'es2020' });
  await esbuild.build({ ...common, entryPoints: [path.join(site, 'style.css')], outfile: path.join(out, 'app.css') });
}

main().catch((e) => {
  process.stderr.write(`bundle-docs-site: ${String(e && e.message ? e.message : e).split('\n')[0]}\n`);
  process.exit(1);
});
