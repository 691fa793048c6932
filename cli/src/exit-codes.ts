/** Exit codes, in one place (sqlfluff convention). */
export const ExitCode = {
  /** The command ran and found nothing wrong. */
  ok: 0,
  /** The command ran and found problems (syntax errors, unknown columns, failed tests, ...). */
  problems: 1,
  /** Usage, configuration or internal error: the command could not do its job. */
  error: 2,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
