import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';

/**
 * Project-relative POSIX paths of the files under `root/dir` whose names end with one of
 * `extensions`, sorted. Dot-folders and node_modules are skipped. Symlinked folders are followed
 * (teams share job folders that way), each real folder once, never into the project root or an
 * ancestor of it (a link back up would read tables/ as jobs/). A missing folder yields nothing.
 *
 * The reads are synchronous: a 16,000-file walk is a few dozen folder reads, and awaiting each
 * one (and a promise per entry) cost a warm `strata lint` of a few files more than the reads.
 */
export async function walk(root: string, dir: string, extensions: string[], recursive = true): Promise<string[]> {
  return Promise.resolve(walkSync(root, dir, extensions, recursive));
}

/** {@link walk}, synchronously. */
export function walkSync(root: string, dir: string, extensions: string[], recursive = true): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const rootReal = realOrSelf(root);
  const wanted = extensions.map((ext) => ext.toLowerCase());
  const visit = (relative: string): void => {
    const absolute = path.join(root, relative);
    const real = realOrSelf(absolute);
    const enclosesRoot = real === rootReal || rootReal.startsWith(real + path.sep);
    if (seen.has(real) || (relative !== toPosix(dir) && enclosesRoot)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch {
      return;
    }
    const folders: string[] = [];
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const kind = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : linkKind(root, child, entry);
      if (kind === 'dir') {
        if (recursive && !entry.name.startsWith('.') && entry.name !== 'node_modules') folders.push(child);
      } else if (kind === 'file' && hasExtension(entry.name, wanted)) {
        found.push(child);
      }
    }
    // In name order, whatever order the disk lists them in: of two links to one folder, the first name wins.
    for (const folder of folders.sort(byCodeUnits)) visit(folder);
  };
  visit(toPosix(dir));
  return found.sort(byCodeUnits);
}

/** Code-unit order, as the default sort gives, without its string conversions. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hasExtension(name: string, extensions: string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext));
}

function realOrSelf(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

/** What an entry that is neither a file nor a folder is, looking through a symlink to its target. */
function linkKind(root: string, relative: string, entry: Dirent): 'file' | 'dir' | 'other' {
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const target = statSync(path.join(root, relative));
    return target.isFile() ? 'file' : target.isDirectory() ? 'dir' : 'other';
  } catch {
    // A dangling or looping link, or one we may not follow.
    return 'other';
  }
}

/** `a\b` and `./a/` both become `a`. */
function toPosix(dir: string): string {
  return dir.split(/[\\/]+/).filter((s) => s !== '' && s !== '.').join('/');
}
