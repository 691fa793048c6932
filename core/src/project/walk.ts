import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';

/**
 * Project-relative POSIX paths of the files under `root/dir` whose names end with one of
 * `extensions`, sorted. Dot-folders and node_modules are skipped; symlinked folders are not
 * followed (they can loop). A missing folder yields nothing.
 */
export async function walk(root: string, dir: string, extensions: string[], recursive = true): Promise<string[]> {
  const found: string[] = [];
  const visit = async (relative: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (recursive && !entry.name.startsWith('.') && entry.name !== 'node_modules') await visit(child);
      } else if (extensions.some((ext) => entry.name.toLowerCase().endsWith(ext)) && (await isFile(root, child, entry))) {
        found.push(child);
      }
    }
  };
  await visit(toPosix(dir));
  return found.sort();
}

async function isFile(root: string, relative: string, entry: Dirent): Promise<boolean> {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  return stat(path.join(root, relative)).then((s) => s.isFile(), () => false);
}

/** `a\b` and `./a/` both become `a`. */
function toPosix(dir: string): string {
  return dir.split(/[\\/]+/).filter((s) => s !== '' && s !== '.').join('/');
}
