import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';

/**
 * Project-relative POSIX paths of the files under `root/dir` whose names end with one of
 * `extensions`, sorted. Dot-folders and node_modules are skipped. Symlinked folders are followed
 * (teams share job folders that way), each real folder once, never into the project root or an
 * ancestor of it (a link back up would read tables/ as jobs/). A missing folder yields nothing.
 */
export async function walk(root: string, dir: string, extensions: string[], recursive = true): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const rootReal = await realpath(root).catch(() => root);
  const visit = async (relative: string): Promise<void> => {
    const absolute = path.join(root, relative);
    const real = await realpath(absolute).catch(() => absolute);
    const enclosesRoot = real === rootReal || rootReal.startsWith(real + path.sep);
    if (seen.has(real) || (relative !== toPosix(dir) && enclosesRoot)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(absolute, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      // Awaited only for symlinks: an await per entry costs a 16,000-file walk more than its reads.
      const kind = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : await linkKind(root, child, entry);
      if (kind === 'dir') {
        if (recursive && !entry.name.startsWith('.') && entry.name !== 'node_modules') await visit(child);
      } else if (kind === 'file' && extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
        found.push(child);
      }
    }
  };
  await visit(toPosix(dir));
  return found.sort();
}

/** What an entry that is neither a file nor a folder is, looking through a symlink to its target. */
async function linkKind(root: string, relative: string, entry: Dirent): Promise<'file' | 'dir' | 'other'> {
  if (!entry.isSymbolicLink()) return 'other';
  return stat(path.join(root, relative)).then(
    (s) => (s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other'),
    () => 'other',
  );
}

/** `a\b` and `./a/` both become `a`. */
function toPosix(dir: string): string {
  return dir.split(/[\\/]+/).filter((s) => s !== '' && s !== '.').join('/');
}
