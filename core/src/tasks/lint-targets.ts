import { statSync } from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';
import { findProjectRoot, readConfig, type ProjectConfig } from '../project';
import { decodeText, readText } from '../project/read-text';
import { walk } from '../project/walk';
import { changedSince, indexContents, requireGitRoot, stagedFiles, unstagedFiles } from './git-files';
import { projectBatch, standaloneBatch, toPosix, type Batch, type BatchOptions, type StandaloneFile } from './lint-batch';

/** What to lint: files and folders, the git index, changes since a ref, or standard input. */
export interface LintTargetOptions extends BatchOptions {
  cwd: string;
  project?: string;
  paths?: string[];
  staged?: boolean;
  changedSince?: string;
  stdin?: { filename: string; content: Uint8Array };
}

/** The batches to lint: one per project involved, plus one for files outside any project. */
export async function lintTargets(options: LintTargetOptions): Promise<Batch[]> {
  const known = new ProjectFiles();
  if (options.stdin) return [await stdinBatch(options, options.stdin, known)];
  if (options.staged || options.changedSince !== undefined) return gitBatches(options, known);
  return pathBatches(options, known);
}

/** Tells a project's SQL files (under its tables or jobs folder) from other paths; reads each strata.yaml once. */
class ProjectFiles {
  private readonly configs = new Map<string, Promise<ProjectConfig>>();

  /** Whether `absolute` is a .sql file under the tables or jobs folder of the project at `root`. */
  async has(root: string, absolute: string): Promise<boolean> {
    let config = this.configs.get(root);
    if (!config) this.configs.set(root, (config = readConfig(root)));
    const { paths } = await config;
    const relative = toPosix(path.relative(root, absolute));
    const under = (folder: string) => {
      const base = toPosix(path.normalize(folder)).replace(/\/$/, '');
      return base === '.' || relative.startsWith(`${base}/`);
    };
    return relative.toLowerCase().endsWith('.sql') && (under(paths.tables) || under(paths.jobs));
  }
}

function explicitProject(options: LintTargetOptions): string | undefined {
  return options.project === undefined ? undefined : path.resolve(options.cwd, options.project);
}

function isInside(absolute: string, folder: string): boolean {
  const relative = path.relative(folder, absolute);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The project for `absolute`: --project when it holds the path, else the nearest strata.yaml above it. */
function projectOf(absolute: string, isDir: boolean, options: LintTargetOptions): string | undefined {
  const given = explicitProject(options);
  return given !== undefined && isInside(absolute, given) ? given : findProjectRoot(isDir ? absolute : path.dirname(absolute));
}

function requireProject(options: LintTargetOptions, alternative?: string): string {
  const root = explicitProject(options) ?? findProjectRoot(options.cwd);
  const ways = alternative ? `run inside a project, pass --project DIR, or ${alternative}` : 'run inside a project or pass --project DIR';
  if (root === undefined) throw new StrataError('usage', `no strata.yaml found in '${options.cwd}' or any parent folder; ${ways}`);
  return root;
}

async function pathBatches(options: LintTargetOptions, known: ProjectFiles): Promise<Batch[]> {
  if (!options.paths || options.paths.length === 0) return [projectBatch(requireProject(options, 'name the SQL files to lint'), [], {}, options)];
  const byProject = new Map<string, string[]>();
  const standalone = new Set<string>();
  for (const given of options.paths) {
    const absolute = path.resolve(options.cwd, given);
    const stat = statSync(absolute, { throwIfNoEntry: false });
    if (!stat) throw new StrataError('usage', `no such file or folder '${given}'; check the path`);
    const root = projectOf(absolute, stat.isDirectory(), options);
    if (root !== undefined && (stat.isDirectory() || (await known.has(root, absolute)))) {
      byProject.set(root, [...(byProject.get(root) ?? []), absolute]);
    } else if (stat.isDirectory()) {
      for (const file of await walk(absolute, '', ['.sql'])) standalone.add(path.join(absolute, file));
    } else {
      standalone.add(absolute);
    }
  }
  const batches = [...byProject].map(([root, paths]) => projectBatch(root, paths, {}, options));
  if (standalone.size === 0) return batches;
  const files = await Promise.all([...standalone].map(async (absolute) => ({ absolute, shown: shownPath(options.cwd, absolute), read: await readText(absolute) })));
  return [...batches, standaloneBatch(files, options)];
}

function shownPath(cwd: string, absolute: string): string {
  return toPosix(path.relative(cwd, absolute)) || path.basename(absolute);
}

/** Standard input linted as if it were `filename`: in its project when it is one of the project's files. */
async function stdinBatch(options: LintTargetOptions, stdin: { filename: string; content: Uint8Array }, known: ProjectFiles): Promise<Batch> {
  const absolute = path.resolve(options.cwd, stdin.filename);
  const read = decodeText(stdin.content);
  const root = projectOf(absolute, false, options);
  if (read.problem === undefined && root !== undefined && (await known.has(root, absolute))) {
    return projectBatch(root, [absolute], { [toPosix(path.relative(root, absolute))]: read.text }, options);
  }
  return standaloneBatch([{ absolute, shown: toPosix(stdin.filename), read }], options);
}

/**
 * `--staged`: project files in the index, linted with the index's text (partially staged files
 * too; the work tree is never read or written for them). Files with unstaged edits also take
 * their index text, so the catalog is the one being committed. `--changed-since REF`: project
 * files changed since the merge-base with REF, committed or not, as they are in the work tree.
 */
async function gitBatches(options: LintTargetOptions, known: ProjectFiles): Promise<Batch[]> {
  const what = options.staged ? '--staged' : '--changed-since';
  const root = requireProject(options);
  const top = requireGitRoot(root, what);
  const listed = options.staged ? stagedFiles(top) : changedSince(top, options.changedSince as string);
  const selected = await projectSqlFiles(known, root, listed.map((f) => path.join(top, f)), options);
  if (!options.staged) return selected.length === 0 ? [] : [projectBatch(root, selected, {}, options)];
  const fromIndex = await projectSqlFiles(known, root, [...new Set([...listed, ...unstagedFiles(top)])].map((f) => path.join(top, f)));
  const { contents, binary } = readIndex(top, root, fromIndex, selected);
  const readable = selected.filter((f) => !binary.some((b) => b.absolute === f));
  return [
    ...(readable.length > 0 ? [projectBatch(root, readable, contents, options)] : []),
    ...(binary.length > 0 ? [standaloneBatch(binary, options)] : []),
  ];
}

/** The index texts of `files` by project path; the selected ones that are binary there become standalone findings. */
function readIndex(top: string, root: string, files: string[], selected: string[]): { contents: Record<string, string>; binary: StandaloneFile[] } {
  const contents: Record<string, string> = {};
  const binary: StandaloneFile[] = [];
  const staged = indexContents(top, files.map((f) => toPosix(path.relative(top, f))));
  for (const absolute of files) {
    const bytes = staged.get(toPosix(path.relative(top, absolute)));
    if (bytes === undefined) continue;
    const read = decodeText(bytes);
    if (read.problem === undefined) contents[toPosix(path.relative(root, absolute))] = read.text;
    else if (selected.includes(absolute)) binary.push({ absolute, shown: toPosix(path.relative(root, absolute)), read });
  }
  return { contents, binary };
}

/** The project's SQL files among `files`, narrowed to the given PATHS when there are any. */
async function projectSqlFiles(known: ProjectFiles, root: string, files: string[], options?: LintTargetOptions): Promise<string[]> {
  const wanted = (options?.paths ?? []).map((p) => path.resolve(options?.cwd ?? root, p));
  const out: string[] = [];
  for (const file of files) {
    if (!(await known.has(root, file))) continue;
    if (wanted.length === 0 || wanted.some((w) => isInside(file, w))) out.push(file);
  }
  return out;
}
