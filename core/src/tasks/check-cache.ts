import * as path from 'node:path';
import { DiskCache, fingerprint } from '../cache/disk-cache';
import { FileHashes } from '../cache/file-hashes';
import { CONFIG_FILE, readConfig, type ProjectPaths } from '../project';
import { walk } from '../project/walk';
import type { CheckResult } from './check';

/** How many project states keep a stored result. */
const KEEP_RESULTS = 8;

/**
 * `check` of a whole project through the result memo (`.strata/cache/check/`): the state of the
 * project — strata.yaml, `--var` overrides, `strict`, and the path and content hash of every
 * table, job, test and seed file (hashes memoized by stat, so an unchanged project is stat-ed, not
 * read) — keys the whole result. A hit answers without loading the project; a miss runs `run`
 * (which parses and analyses only what changed, through the workspace cache) and stores its result.
 */
export async function memoizedCheck(root: string, key: { vars?: Record<string, string>; strict: boolean }, run: (hashes: FileHashes) => Promise<CheckResult>): Promise<CheckResult> {
  const hashes = new FileHashes(root);
  const memo = new DiskCache<CheckResult>(root, 'check');
  const state = memo.key({ content: await projectState(root, hashes), dialect: '', config: fingerprint(key) });
  const hit = memo.get(state);
  if (hit !== undefined) {
    hashes.save();
    return hit;
  }
  const result = await run(hashes);
  memo.set(state, result);
  // Every edit makes a new key; a few recent states are enough (e.g. switching branches back).
  memo.prune(KEEP_RESULTS);
  return result;
}

/**
 * The folders of strata.yaml, from the cache when this very text was read before (a warm run then
 * neither parses YAML nor builds the schema validator); a bad config still throws from readConfig.
 */
async function projectPaths(root: string, configHash: string): Promise<ProjectPaths> {
  const store = new DiskCache<ProjectPaths>(root, 'config');
  const key = store.key({ content: configHash, dialect: '' });
  const known = configHash === '' ? undefined : store.get(key);
  if (known) return known;
  const { paths } = await readConfig(root);
  if (configHash !== '') store.set(key, paths);
  return paths;
}

/** A fingerprint of every input of a project check: strata.yaml and each project file's path and content. */
async function projectState(root: string, hashes: FileHashes): Promise<string> {
  const configHash = hashes.hash(path.join(root, CONFIG_FILE), CONFIG_FILE)?.hash ?? '';
  const paths = await projectPaths(root, configHash);
  const [tables, jobs, tests, seeds] = await Promise.all([
    walk(root, paths.tables, ['.sql']),
    walk(root, paths.jobs, ['.sql']),
    walk(root, paths.tests, ['.yaml', '.yml']),
    walk(root, paths.seeds, ['.csv'], false),
  ]);
  const state: string[] = [configHash];
  for (const [kind, files] of [['table', tables], ['job', jobs], ['test', tests], ['seed', seeds]] as const) {
    for (const file of files) state.push(`${kind}\0${file}\0${hashes.hash(path.join(root, file), file)?.hash ?? 'unreadable'}`);
  }
  return fingerprint(state);
}
