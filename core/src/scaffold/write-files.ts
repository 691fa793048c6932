import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';
import type { RenderedFile } from './template-files';

/** `relative` under `root`, refusing anything that would land outside it. */
export function inside(root: string, relative: string): string {
  const target = path.resolve(root, relative);
  const back = path.relative(root, target);
  if (back === '' || back.startsWith('..') || path.isAbsolute(back)) {
    throw new StrataError('usage', `'${relative}' is outside the project folder; give a bare name`);
  }
  return target;
}

function exists(relative: string): StrataError {
  return new StrataError('usage', `'${relative}' already exists; pick another name, or pass --force to overwrite it`);
}

/**
 * Writes one new file at once: a temp file beside it, then a hard link (which fails when the file
 * appeared meanwhile) or, with `force`, a rename over the old one. An error leaves nothing behind.
 */
export function writeNewFile(root: string, file: RenderedFile, force: boolean): void {
  const target = inside(root, file.path);
  if (!force && fs.existsSync(target)) throw exists(file.path);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temp, file.text, { flag: 'wx' });
    if (force) fs.renameSync(temp, target);
    else fs.linkSync(temp, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw exists(file.path);
    throw new StrataError('io', `cannot write '${file.path}': ${(e as Error).message.split('\n')[0]}; check the folder's permissions`);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Writes a whole new folder at once: every file into a hidden sibling folder, renamed to `dir`
 * when all are written, so an error or Ctrl-C leaves no half-made project. `dir` may exist empty.
 */
export function writeNewFolder(dir: string, files: readonly RenderedFile[]): void {
  const parent = path.dirname(dir);
  fs.mkdirSync(parent, { recursive: true });
  const stage = fs.mkdtempSync(path.join(parent, `.${path.basename(dir)}.strata-`));
  try {
    for (const file of files) writeNewFile(stage, file, false);
    if (fs.existsSync(dir)) fs.rmdirSync(dir);
    fs.renameSync(stage, dir);
  } catch (e) {
    fs.rmSync(stage, { recursive: true, force: true });
    if (e instanceof StrataError) throw e;
    throw new StrataError('io', `cannot create '${dir}': ${(e as Error).message.split('\n')[0]}; check the folder's permissions`);
  }
}
