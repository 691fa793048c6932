import { DiskCache } from '../cache/disk-cache';

/**
 * What a lint of a few changed jobs needs of the rest of a project, as the last full load of it
 * saw it (`WorkspaceCache.summary`; read by `lint-summary.ts`). Per-file lists are long strings,
 * one line per file in walk order (table files first), each line ending in a line break: a run
 * checks 16,000 files against them in place, without an object per file.
 */
export interface ProjectSummary {
  /** The settings part of the record keys (strata.yaml but `lint`, `--var`s, tool version). */
  settings: string;
  /** How many of the files are table files. */
  tables: number;
  /** Each file's project path. */
  paths: string;
  /** The stat signature that vouched for each file's content (an empty line: none did). */
  sigs: string;
  /** Each file's record key. */
  keys: string;
  /** Each table file's declared table names, tab-separated. */
  names: string;
  /** The tables' layers as `declaredLayers` gives them: `table<TAB>layer` lines. */
  layers: string;
}

/** The parts of a {@link ProjectSummary}, one value per line. */
export interface SummaryParts {
  settings: string;
  tables: number;
  paths: string[];
  sigs: string[];
  keys: string[];
  names: string[];
  layers: string[];
}

const LINE = '\n';

/** The summary of `parts`, or undefined when a value holds a line break (a line cannot hold it). */
export function projectSummary(parts: SummaryParts): ProjectSummary | undefined {
  const lists = [parts.paths, parts.sigs, parts.keys, parts.names, parts.layers];
  if (lists.some((list) => list.some((value) => value.includes(LINE)))) return undefined;
  const [paths, sigs, keys, names, layers] = lists.map((list) => list.map((value) => `${value}${LINE}`).join(''));
  return { settings: parts.settings, tables: parts.tables, paths, sigs, keys, names, layers };
}

/** Where the summary of the project at `root` is kept (namespace `summary`, one entry per tool version). */
export class SummaryStore {
  private readonly store: DiskCache<ProjectSummary>;
  private readonly key: string;

  constructor(root: string, options: { toolVersion?: string } = {}) {
    this.store = new DiskCache(root, 'summary', { toolVersion: options.toolVersion, touch: false });
    this.key = this.store.key({ content: 'summary', dialect: '' });
  }

  /** The stored summary; none when missing, damaged or of another shape (its lists must agree). */
  read(): ProjectSummary | undefined {
    const value = this.store.get(this.key) as Partial<ProjectSummary> | undefined;
    const texts = [value?.settings, value?.paths, value?.sigs, value?.keys, value?.names, value?.layers];
    if (!texts.every((t) => typeof t === 'string') || typeof value?.tables !== 'number') return undefined;
    const summary = value as ProjectSummary;
    const files = lineCount(summary.paths);
    const agree = lineCount(summary.sigs) === files && lineCount(summary.keys) === files && lineCount(summary.names) === summary.tables && summary.tables <= files;
    return agree ? summary : undefined;
  }

  write(summary: ProjectSummary): void {
    this.store.set(this.key, summary);
  }
}

/**
 * How many lints of a job go the full way, without trying the summary, after one whose rules
 * needed the whole workspace (a same-layer read needs the DAG): each try costs the walk and the
 * stats before it gives up (~0.25 s on the 16,000-file project). Then it is tried again, as the
 * job may have changed.
 */
export const SKIPS_AFTER_DECLINE = 8;

/** Jobs whose lint needed the whole workspace lately, with how many lints of theirs are left to skip the summary. */
export class DeclinedJobs {
  private readonly store: DiskCache<Record<string, number>>;
  private readonly key: string;

  constructor(root: string, options: { toolVersion?: string } = {}) {
    this.store = new DiskCache(root, 'summary', { toolVersion: options.toolVersion, touch: false });
    this.key = this.store.key({ content: 'declined', dialect: '' });
  }

  /** Whether a lint of `paths` should skip the summary (counting the skip against each path). */
  skip(paths: readonly string[]): boolean {
    const left = this.read();
    const skipped = paths.filter((p) => (left[p] ?? 0) > 0);
    if (skipped.length === 0) return false;
    for (const p of skipped) if (--left[p] === 0) delete left[p];
    this.store.set(this.key, left);
    return true;
  }

  /** The lint of `paths` needed the whole workspace. */
  declined(paths: readonly string[]): void {
    const left = this.read();
    for (const p of paths) left[p] = SKIPS_AFTER_DECLINE;
    this.store.set(this.key, left);
  }

  private read(): Record<string, number> {
    const stored = this.store.get(this.key);
    return stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
  }
}

/** A cursor over the lines of a summary list. */
export class Lines {
  private at = 0;

  constructor(readonly text: string) {}

  /** Where the next line starts (see {@link lineAt}). */
  get position(): number {
    return this.at;
  }

  /** Whether every line has been read. */
  get done(): boolean {
    return this.at >= this.text.length;
  }

  /** The next line (without its break); undefined past the last. */
  next(): string | undefined {
    const end = this.text.indexOf(LINE, this.at);
    if (end < 0) return undefined;
    const line = this.text.slice(this.at, end);
    this.at = end + 1;
    return line;
  }

  /** Whether the next line is `value` (then read), compared in place. */
  nextIs(value: string): boolean {
    const end = this.at + value.length;
    if (this.text.charCodeAt(end) !== 10 || !this.text.startsWith(value, this.at)) return false;
    this.at = end + 1;
    return true;
  }

  /** Skips the next line (undefined, so a caller can tell it from a line read). */
  skip(): undefined {
    const end = this.text.indexOf(LINE, this.at);
    this.at = end < 0 ? this.text.length : end + 1;
    return undefined;
  }
}

/** How many lines `text` holds (each ends with a line break; text after the last break is no line). */
function lineCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf(LINE); at >= 0; at = text.indexOf(LINE, at + 1)) count++;
  return count;
}

/** The line of `text` that starts at `start` (a {@link Lines.position}), without its break. */
export function lineAt(text: string, start: number): string {
  return text.slice(start, text.indexOf(LINE, start));
}
