'use strict';
/**
 * Benchmark launcher: `npm run bench -- <name> [args]` runs bench/dist/src/benchmarks/<name>.js,
 * prints its result table and saves it as JSON under bench/results.
 */
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, 'dist', 'src', 'benchmarks');
const available = fs.existsSync(dir)
  ? fs.readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort()
  : [];

async function main() {
  const [name, ...args] = process.argv.slice(2);
  if (!name || !available.includes(name)) {
    const known = available.length > 0 ? available.join(', ') : 'none (run "npm run build" first)';
    process.stderr.write(`${name ? `unknown benchmark "${name}"` : 'no benchmark named'}; available: ${known}\n`);
    return 2;
  }
  const { formatTable, saveResult } = require('./dist/src/report.js');
  const result = await require(path.join(dir, `${name}.js`)).run(args);
  process.stdout.write(`${formatTable(result)}\n`);
  process.stdout.write(`saved ${path.relative(process.cwd(), saveResult(result))}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
