'use strict';
/**
 * Loads cli/dist/strata.js (scripts/bundle-cli.js: the commands and @strata/core in one file) in
 * place of the command list it was built from, through a V8 code cache, so that start-up neither
 * resolves ~400 modules nor compiles them again. The bundle is used only when it is newer than
 * both packages' TypeScript build info: after a bare `tsc -b` the CLI runs cli/dist/src as it is.
 *
 * The code cache sits next to the bundle, named after the bundle's size and time, because V8
 * checks a cache only against the source's length; it is written (temp file + rename) after a run
 * that had none or had it rejected, and any failure to read or write it only costs speed. It holds
 * the functions the run that wrote it compiled, so the lint fast path (a pre-commit hook's run)
 * keeps a cache of its own: one written by `strata check` lacks the linter, and cost each later
 * 5-file lint ~50 ms of CPU compiling it again.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const dist = path.join(__dirname, '..', 'dist');
const bundle = path.join(dist, 'strata.js');

/** Build info files the bundle must be newer than (absent from an installed package). */
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

/** The bundle's stat when it is current (newer than both build infos), else undefined. */
function currentBundle() {
  const built = fs.statSync(bundle, { throwIfNoEntry: false });
  return !built || buildInfos().some((info) => (mtime(info) ?? 0) > built.mtimeMs) ? undefined : built;
}

/** The code cache file of `flavor` runs ('lint' or 'cli') of the current bundle; undefined when there is none. */
function codeCacheFile(flavor) {
  const built = currentBundle();
  return built && path.join(dist, `strata.js.${built.size}-${Math.floor(built.mtimeMs)}.${flavor}.v8cache`);
}

/**
 * Registers the bundle as the module `target` (the command list oclif loads) when it is current,
 * and returns its exports and `saveCodeCache()` (which writes the code cache of `flavor` runs when
 * this run had none, or had it rejected); returns undefined when the bundle is missing or stale.
 */
function useBundle(target, flavor) {
  const cacheFile = codeCacheFile(flavor);
  if (!cacheFile) return undefined;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const mod = new Module(target, module);
  mod.filename = target;
  mod.paths = Module._nodeModulePaths(dist);
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, dist);
  mod.loaded = true;
  require.cache[target] = mod;
  const fresh = cachedData && !script.cachedDataRejected;
  return { exports: mod.exports, saveCodeCache: () => fresh || writeCache(cacheFile, script) };
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

module.exports = { useBundle, codeCacheFile };
