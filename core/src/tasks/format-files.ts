import { statSync } from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';
import { declaredDialect, sqlFileOf, type ProjectConfig } from '../project';
import { walk } from '../project/walk';
import type { Dialect } from '../sql';

/** A file `strata format` works on. */
export interface FormatTarget {
  /** Absolute path. */
  absolute: string;
  /** As printed: project-relative in a project, else relative to the working folder (POSIX). */
  shown: string;
}

/** Where the files are: a project (its root and config) or standalone files. */
export interface FormatScope {
  root?: string;
  config?: ProjectConfig;
  cwd: string;
}

/**
 * The files to format: every table and job of the project when `paths` is empty, else each given
 * file and every `.sql` file under each given folder. A path that does not exist is a usage error.
 */
export async function formatTargets(scope: FormatScope, paths: string[]): Promise<FormatTarget[]> {
  if (paths.length === 0) {
    const { root, config } = scope as Required<FormatScope>;
    const found = await Promise.all([walk(root, config.paths.tables, ['.sql']), walk(root, config.paths.jobs, ['.sql'])]);
    return found.flat().map((file) => target(scope, path.join(root, file)));
  }
  const targets: FormatTarget[] = [];
  for (const given of paths) {
    const absolute = path.resolve(scope.cwd, given);
    const stat = statSync(absolute, { throwIfNoEntry: false });
    if (!stat) throw new StrataError('usage', `no file or folder '${given}'; check the path`);
    if (!stat.isDirectory()) targets.push(target(scope, absolute));
    else for (const file of await walk(absolute, '', ['.sql'])) targets.push(target(scope, path.join(absolute, file)));
  }
  // A file named twice (as itself and inside a folder) is formatted once.
  return [...new Map(targets.map((t) => [t.absolute, t])).values()];
}

/**
 * A file's dialect: as the project loader sees it for tables and jobs (front matter, `type:
 * streaming`, the project dialect), else what its front matter declares, else the project's or spark.
 */
export function dialectOf(scope: FormatScope, absolute: string, text: string): Dialect {
  const { root, config } = scope;
  if (!root || !config) return declaredDialect(text, 'spark');
  const file = toPosix(path.relative(root, absolute));
  const under = (folder: string) => file.startsWith(`${toPosix(path.normalize(folder))}/`);
  if (under(config.paths.tables)) return sqlFileOf(file, 'table', text, config).sqlFile.dialect;
  if (under(config.paths.jobs)) return sqlFileOf(file, 'job', text, config).sqlFile.dialect;
  return declaredDialect(text, config.dialect);
}

/** `absolute` as the user sees it: project-relative inside the project, else relative to cwd. */
export function target(scope: FormatScope, absolute: string): FormatTarget {
  const inProject = scope.root !== undefined && !path.relative(scope.root, absolute).startsWith('..');
  return { absolute, shown: toPosix(path.relative(inProject ? (scope.root as string) : scope.cwd, absolute)) };
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
