/** The shell command a scheduler task runs: one batch job for one date with `strata run`. */

/**
 * `strata run` for one job: the project folder from `STRATA_PROJECT_DIR` (default: the task's
 * working folder), the scheduler's date expression, the target; `--retries 0` because the
 * scheduler retries. Job and target are shell-quoted, then passed through `literal` (how the
 * scheduler keeps its own template syntax out of them).
 */
export function runCommand(job: string, target: string, date: string, literal: (text: string) => string = (text) => text): string {
  return `strata run --project "\${STRATA_PROJECT_DIR:-.}" ${literal(shellQuote(job))} --date ${date} --target ${literal(shellQuote(target))} --retries 0`;
}

/** `text` as one shell word, single-quoted unless it is plain (a `'` inside becomes `'\''`). */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_.-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
