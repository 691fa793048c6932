'use strict';
/**
 * Bundles the compiled CLI into CommonJS files that cli/bin/run.js loads with a V8 code cache:
 * start-up is what a pre-commit `strata lint` of a few files mostly pays, and one cached file
 * loads several times faster than ~400 modules.
 * - cli/dist/strata.js: the commands and @strata/core (with their npm dependencies), for oclif;
 * - cli/dist/lint.js: the lint fast path alone, with only the core modules it imports (1.2 MB
 *   against 4.1), for a plain `strata lint` (cli/src/plain-lint.ts tells one); a lint that fails
 *   there runs again through oclif, from strata.js.
 * oclif and its plugins stay where they are; so does the dt-sql-parser bundle, which core loads
 * by path on first use.
 *
 * Runs after `tsc -b` (`npm run build`). cli/bin/run.js uses a bundle only when it is newer
 * than both packages' build info, so a bare `tsc -b` never runs stale code: it falls back to
 * cli/dist/src. Prints nothing on success; a failure prints one line and exits 1.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'cli', 'dist');

/** Each bundle: its file in cli/dist and its entry module (CommonJS, resolved from cli/dist). */
const BUNDLES = [
  {
    name: 'strata.js',
    // The command list loads on first use of COMMANDS, by oclif.
    entry: ["Object.defineProperty(exports, 'COMMANDS', { enumerable: true, get: () => require('./src/command-list.js').COMMANDS });"],
  },
  {
    name: 'lint.js',
    entry: ["exports.lintFastPath = require('./src/lint-fast-path.js').lintFastPath;"],
    // A third smaller to read; it prints no stack traces (a lint that throws goes to oclif,
    // from strata.js), so none ever points into its long lines.
    minifyWhitespace: true,
  },
];

/**
 * esbuild writes code as ASCII but keeps comments as they are; one non-ASCII character ('—')
 * makes V8 hold the whole source as two-byte characters, which cost the full bundle ~15 ms to read
 * and ~5 ms to compile from its code cache on every run. Comments are the only place such a
 * character can be (esbuild escapes it elsewhere), so an escape changes nothing but the bytes.
 */
function asciiOnly(text) {
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes one bundle through a temp file, so a reader never sees half of it. */
async function bundle(esbuild, { name, entry, minifyWhitespace = false }) {
  const outfile = path.join(dist, name);
  const temp = `${outfile}.${process.pid}.tmp`;
  const built = await esbuild.build({
    stdin: { contents: entry.join('\n'), resolveDir: dist, sourcefile: `${name}-entry.js`, loader: 'js' },
    outfile,
    write: false,
    minifyWhitespace,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // oclif stays outside: it import()s its ESM plugins, which code in a vm.Script with a code
    // cache cannot do on Node 20.
    // Cluster clients load only for a cluster target, and from node_modules: there Node counts
    // thrift's legacy Buffer() calls as a dependency's and prints no deprecation warning.
    external: ['@oclif/*', '@strata/core/package.json', '@duckdb/*', 'hive-driver', 'thrift', 'trino-client', 'pg'],
    logLevel: 'error',
    legalComments: 'none',
  });
  fs.writeFileSync(temp, asciiOnly(built.outputFiles[0].text));
  fs.renameSync(temp, outfile);
}

async function main() {
  const esbuild = require('esbuild');
  // Code caches of an earlier bundle can never match this one (see cli/bin/bundle.js).
  for (const name of fs.readdirSync(dist)) if (name.endsWith('.v8cache')) fs.rmSync(path.join(dist, name), { force: true });
  for (const each of BUNDLES) await bundle(esbuild, each);
}

main().catch((e) => {
  process.stderr.write(`bundle-cli: ${String(e && e.message ? e.message : e).split('\n')[0]}\n`);
  process.exit(1);
});
