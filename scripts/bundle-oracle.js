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

// Only the three warehouse dialects: re-exporting them lets esbuild drop the other grammars.
// dt-sql-parser leaves ANTLR's console listener on some internal parsers, which would print
// every syntax error to stderr (noise in the CLI, in the language server's log); silence it.
const ENTRY = [
  "import { ConsoleErrorListener } from 'antlr4ng';",
  'ConsoleErrorListener.prototype.syntaxError = function syntaxError() {};',
  "export { SparkSQL, HiveSQL, FlinkSQL } from 'dt-sql-parser';",
].join('\n');

/** The bundle is current when newer than both dt-sql-parser's package.json and this script. */
function isUpToDate(packageJson) {
  if (!fs.existsSync(outfile)) return false;
  const built = fs.statSync(outfile).mtimeMs;
  return [packageJson, __filename].every((file) => built > fs.statSync(file).mtimeMs);
}

async function main() {
  const packageJson = require.resolve('dt-sql-parser/package.json', { paths: [root] });
  if (isUpToDate(packageJson)) return;
  const esbuild = require('esbuild');
  await esbuild.build({
    stdin: {
      contents: ENTRY,
      // Resolve from inside the package so 'antlr4ng' is the very copy dt-sql-parser uses.
      resolveDir: path.dirname(packageJson),
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
