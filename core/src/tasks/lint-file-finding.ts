import type { LintFinding } from '../lint';
import type { Diagnostic } from '../diagnostic';
import type { TextResult } from '../project/read-text';

/** Codes of findings about a whole file that could not be linted. */
export const FILE_PROBLEM = { binary: 'binary-file', unreadable: 'unreadable-file' } as const;

/** One error finding at the start of a file that cannot be linted (binary content, a read failure). */
export function fileFinding(code: string, message: string): LintFinding {
  const at = { line: 0, character: 0 };
  return { code, rule: code, messageId: code, message, severity: 'error', start: at, end: at };
}

/** The finding for a text that could not be read, or undefined when it was read. */
export function unreadableFinding(read: TextResult): LintFinding | undefined {
  if (read.problem === undefined) return undefined;
  return read.problem === 'binary'
    ? fileFinding(FILE_PROBLEM.binary, 'binary file: expected UTF-8 SQL text; remove it from the lint paths or fix its encoding')
    : fileFinding(FILE_PROBLEM.unreadable, `cannot read the file (${read.problem}); check that it exists and its permissions`);
}

/**
 * Project files the loader could not read (it left their text empty), with the finding each gets
 * instead of a lint; files whose text `contents` replaces are readable whatever is on disk.
 */
export function unreadableProjectFiles(diagnostics: readonly Diagnostic[], contents: Record<string, string> = {}): Map<string, LintFinding> {
  const out = new Map<string, LintFinding>();
  for (const d of diagnostics) {
    if (d.file in contents) continue;
    if (d.code === 'binary-file') out.set(d.file, unreadableFinding({ text: '', problem: 'binary' }) as LintFinding);
    else if (d.code === 'io') out.set(d.file, fileFinding(FILE_PROBLEM.unreadable, d.message));
  }
  return out;
}
