'use strict';
/**
 * Bundles the Spark, Hive and Flink parsers of dt-sql-parser into one CommonJS file,
 * core/dist/vendor/dt-sql-parser.js. The published package is ESM with extension-less
 * relative imports, which Node cannot load as is; esbuild resolves them once at build time.
 *
 * Skipped when the bundle is newer than dt-sql-parser's package.json, so `npm run build`
 * stays fast. Prints nothing on success; a failure prints one line and exits 1.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outfile = path.join(root, 'core', 'dist', 'vendor', 'dt-sql-parser.js');

function isUpToDate(packageJson) {
  if (!fs.existsSync(outfile)) return false;
  return fs.statSync(outfile).mtimeMs > fs.statSync(packageJson).mtimeMs;
}

async function main() {
  const packageJson = require.resolve('dt-sql-parser/package.json', { paths: [root] });
  if (isUpToDate(packageJson)) return;
  const esbuild = require('esbuild');
  await esbuild.build({
    // Only the three warehouse dialects: re-exporting them lets esbuild drop the other grammars.
    stdin: {
      contents: "export { SparkSQL, HiveSQL, FlinkSQL } from 'dt-sql-parser';",
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    legalComments: 'none',
  });
}

main().catch((error) => {
  const message = String(error && error.message ? error.message : error).split('\n')[0];
  process.stderr.write(`bundle-oracle: ${message}; check that dt-sql-parser and esbuild are installed\n`);
  process.exit(1);
});
