import * as path from 'node:path';
import { StrataError } from '../errors';
import type { LintFinding } from '../lint';
import { onlyRules } from './lint';
import { toPosix, type Batch, type BatchFile } from './lint-batch';
import { fixOutcome, fixUntilStable, type FixOutcome } from './lint-fix';
import { lintTargets, type LintTargetOptions } from './lint-targets';
import { writeFileAtomic } from './write-file-atomic';

export interface LintRunOptions extends LintTargetOptions {
  /** Apply fixes and write the files whose fixed text still parses (standard input: return it). */
  fix?: boolean;
}

/** One linted file as `strata lint` reports it. */
export interface LintedFile {
  /** Project-relative for project files, else relative to the working folder (as given for standard input). */
  path: string;
  /** The file on disk (where it would be, for standard input). */
  absolute: string;
  /** Sorted by position; after `--fix`, what is left. */
  findings: LintFinding[];
  /** With `--fix`: `fixed` (written), `unparsable` (not written: the fixed text parses worse), `unchanged`. */
  fix?: FixOutcome;
}

export interface LintRunResult {
  /** Sorted by path. */
  files: LintedFile[];
  errors: number;
  warnings: number;
  /** Findings that come with a fix (`--fix` applies them). */
  fixable: number;
  /** With `--fix`: files written (standard input: 1 when its text changed). */
  fixed: number;
  /** With `--stdin-filename` and `--fix`: the fixed text (the input itself when its fixes would not parse). */
  output?: string;
}

/**
 * `strata lint` end to end: picks the files (paths, folders, the git index, changes since a
 * ref, standard input), lints each batch in its project or standalone, and with `fix` applies
 * fixes until nothing changes and writes (atomically) only files whose fixed text parses no
 * worse than before. Usage and config problems throw a `StrataError`.
 */
export async function runLint(options: LintRunOptions): Promise<LintRunResult> {
  if (options.fix && options.staged) {
    throw new StrataError('usage', '--fix cannot be combined with --staged: it would overwrite unstaged edits; fix the files with `strata lint --fix FILES`, then stage them');
  }
  // Validated up front: a selection with no files must still reject an unknown --rule.
  onlyRules(options.only);
  const batches = await lintTargets(options);
  // Project-relative paths, as `strata check` prints them, unless two projects could show the same one.
  const shown = batches.filter((b) => b.root !== undefined).length > 1 ? (f: BatchFile) => toPosix(path.relative(options.cwd, f.absolute)) : (f: BatchFile) => f.shown;
  const files: LintedFile[] = [];
  let output: string | undefined;
  for (const batch of batches) {
    if (!options.fix) {
      files.push(...(await batch.lint()).map((f) => ({ path: shown(f), absolute: f.absolute, findings: f.findings })));
      continue;
    }
    for (const fixed of await fixBatch(batch, shown)) {
      if (options.stdin) output = fixed.fix === 'fixed' ? fixed.text : fixed.original;
      else if (fixed.fix === 'fixed') writeFileAtomic(fixed.absolute, fixed.text, fixed.path);
      files.push({ path: fixed.path, absolute: fixed.absolute, findings: fixed.findings, fix: fixed.fix });
    }
  }
  return summarize(files, output);
}

interface FixedFile extends LintedFile {
  fix: FixOutcome;
  original: string;
  text: string;
}

/** Lint, fix until stable, and decide per file; an unparsable result keeps the original findings. */
async function fixBatch(batch: Batch, shown: (f: BatchFile) => string): Promise<FixedFile[]> {
  const first = await batch.lint();
  const byPath = new Map<string, BatchFile>(first.map((f) => [f.absolute, f]));
  const relint = async (texts: Map<string, string>) => new Map((await batch.lint(texts)).map((f) => [f.absolute, f.findings]));
  const states = await fixUntilStable(new Map(first.map((f) => [f.absolute, f])), relint);
  return [...states].map(([absolute, state]) => {
    const fix = fixOutcome(state);
    const findings = fix === 'unparsable' ? state.originalFindings : state.findings;
    return { path: shown(byPath.get(absolute) as BatchFile), absolute, findings, fix, original: state.original, text: state.text };
  });
}

function summarize(files: LintedFile[], output: string | undefined): LintRunResult {
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const all = files.flatMap((f) => f.findings);
  const result: LintRunResult = {
    files,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    fixable: all.filter((f) => f.fix && f.fix.length > 0).length,
    fixed: files.filter((f) => f.fix === 'fixed').length,
  };
  if (output !== undefined) result.output = output;
  return result;
}
