import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';

/** A file that marks a folder as a docs build, so a rebuild may clear it and nothing else. */
export const MARKER = '.strata-docs';

/** Writes the files of one site under `out`, refusing any path that would leave it. */
export class SiteWriter {
  files = 0;
  bytes = 0;
  private readonly dirs = new Set<string>();
  /** Files of the earlier build not (yet) written again: removed by {@link finish}. */
  private readonly stale = new Set<string>();

  constructor(readonly out: string) {}

  /**
   * Accepts an empty or new folder, or one holding an earlier build (whose files are overwritten,
   * and the ones not written again removed at the end: unlinking 20,000 files first costs more
   * than the build); refuses a folder that holds anything else.
   */
  prepare(): void {
    if (fs.existsSync(this.out)) {
      const entries = fs.readdirSync(this.out);
      if (entries.length > 0 && !entries.includes(MARKER)) {
        throw new StrataError('usage', `--out ${this.out}: the folder is not empty and holds no earlier docs build; choose an empty or new folder`);
      }
      for (const file of fs.readdirSync(this.out, { recursive: true, withFileTypes: true })) {
        if (file.isFile()) this.stale.add(path.join(file.parentPath ?? file.path, file.name));
      }
    }
    fs.mkdirSync(this.out, { recursive: true });
    this.write(MARKER, 'strata docs build output; rebuilt as a whole\n');
  }

  /** Removes what the earlier build wrote and this one did not. */
  finish(): void {
    for (const file of this.stale) fs.rmSync(file, { force: true });
  }

  /** Data for the site as a script: `window.__strata(key, value)` (fetch() does not work from file://). */
  data(key: string, value: unknown): void {
    this.write(`data/${key}.js`, `window.__strata(${JSON.stringify(key)},${JSON.stringify(value)});\n`);
  }

  write(relative: string, content: string | Buffer): void {
    const target = this.inside(relative);
    const dir = path.dirname(target);
    if (!this.dirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    fs.writeFileSync(target, content);
    this.stale.delete(target);
    this.files++;
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }

  /** `relative` resolved under `out`; slugs never hold a separator, this is the second line of defence. */
  private inside(relative: string): string {
    const target = path.resolve(this.out, relative);
    if (!target.startsWith(path.resolve(this.out) + path.sep)) {
      throw new StrataError('internal', `docs: refusing to write '${relative}' outside ${this.out}`);
    }
    return target;
  }
}
