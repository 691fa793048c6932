import { DiskCache, fingerprint } from '../cache/disk-cache';
import type { Project } from '../project';
import type { CheckResult } from './check';

/** How many project states keep a stored result. */
const KEEP_RESULTS = 8;

/**
 * The result of `check` on `project`, from `.strata/cache/check/` when an earlier run saw the very
 * same project, else from `run` (and stored). The key covers everything the result is computed
 * from: every file's path, kind, dialect and text, front matter, config, `--var` overrides, tests,
 * seeds and loader diagnostics (the whole loaded project, which is plain data), plus `strict`, the
 * tool version and the cache schema — so any change to any table or job is a miss. It saves the
 * parse and analysis of an unchanged project; it does not yet reuse per-file results when one file
 * changed.
 */
export function cachedCheck(project: Project, strict: boolean, run: () => CheckResult): CheckResult {
  const cache = new DiskCache<CheckResult>(project.root, 'check');
  const key = cache.key({ content: fingerprint(project), dialect: project.config.dialect, config: fingerprint({ strict }) });
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = run();
  cache.set(key, result);
  // Every edit makes a new key; a few recent states are enough (e.g. switching branches back).
  cache.prune(KEEP_RESULTS);
  return result;
}
