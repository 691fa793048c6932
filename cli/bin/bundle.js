'use strict';
/**
 * Loads the CLI's bundles (scripts/bundle-cli.js) through a V8 code cache, so that start-up
 * neither resolves hundreds of modules nor compiles them again:
 * - cli/dist/strata.js: the commands and @strata/core, in place of the command list oclif loads;
 * - cli/dist/lint.js: only the lint fast path and the core modules it imports (1.2 MB against
 *   4.1), for a plain `strata lint` (what a pre-commit hook runs): it reads, deserializes and
 *   evaluates that much less: it loads in a third of the time (35 against 104 ms, cli/README.md).
 * A bundle is used only when it is newer than both packages' TypeScript build info: after a bare
 * `tsc -b` the CLI runs cli/dist/src as it is.
 *
 * The code cache sits next to its bundle, named after the bundle's size and time, because V8
 * checks a cache only against the source's length; it is written (temp file + rename) after a run
 * that had none or had it rejected, and any failure to read or write it only costs speed. It holds
 * the functions the run that wrote it compiled, so lint runs of the full bundle (`lint --fix`...)
 * keep a cache of their own: one written by `strata check` lacks the linter, and cost each later
 * lint ~50 ms of CPU compiling it again.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const dist = path.join(__dirname, '..', 'dist');

/** Build info files a bundle must be newer than (absent from an installed package). */
function buildInfos() {
  const infos = [path.join(dist, 'tsconfig.tsbuildinfo')];
  try {
    infos.push(path.join(path.dirname(require.resolve('@strata/core/package.json')), 'dist', 'tsconfig.tsbuildinfo'));
  } catch {
    // No resolvable core: the bundle carries it.
  }
  return infos;
}

function mtime(file) {
  return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

/** The stat of bundle `name` (in cli/dist) when it is current (newer than both build infos), else undefined. */
function currentBundle(name) {
  const built = fs.statSync(path.join(dist, name), { throwIfNoEntry: false });
  return !built || buildInfos().some((info) => (mtime(info) ?? 0) > built.mtimeMs) ? undefined : built;
}

/**
 * The code cache file of `flavor` runs ('lint' or 'cli') of the current full bundle, or with
 * `name` 'lint.js' of the lint bundle; undefined when that bundle is missing or stale.
 */
function codeCacheFile(flavor, name = 'strata.js') {
  const built = currentBundle(name);
  return built && path.join(dist, `${name}.${built.size}-${Math.floor(built.mtimeMs)}.${flavor}.v8cache`);
}

/**
 * Evaluates bundle `name` as the module `target` (registered in require's cache) through the code
 * cache of `flavor` runs; returns its exports and `saveCodeCache()` (which writes that cache when
 * this run had none, or had it rejected), or undefined when the bundle is missing or stale.
 */
function loadBundle(name, target, flavor) {
  const cacheFile = codeCacheFile(flavor, name);
  if (!cacheFile) return undefined;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const file = path.join(dist, name);
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  const mod = new Module(target, module);
  mod.filename = target;
  mod.paths = Module._nodeModulePaths(dist);
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dist);
  mod.loaded = true;
  require.cache[target] = mod;
  const fresh = cachedData && !script.cachedDataRejected;
  return { exports: mod.exports, saveCodeCache: () => fresh || writeCache(cacheFile, script) };
}

/** The full bundle as the module `target` (the command list oclif loads); see loadBundle. */
function useBundle(target, flavor) {
  return loadBundle('strata.js', target, flavor);
}

/** The lint bundle as the module `target` (cli/dist/src/lint-fast-path.js); see loadBundle. */
function useLintBundle(target) {
  return loadBundle('lint.js', target, 'lint');
}

function writeCache(file, script) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, script.createCachedData());
    fs.renameSync(temp, file);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}

module.exports = { useBundle, useLintBundle, codeCacheFile };
