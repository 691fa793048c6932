import type { Position } from './text/line-index';

export type Severity = 'error' | 'warning' | 'info';

/** A problem in a file, ready for the CLI (`file:line:col  message`) or the language server. */
export interface Diagnostic {
  /** Project-relative POSIX path (or the path the user gave). */
  file: string;
  start: Position;
  end: Position;
  severity: Severity;
  /** Stable id: `syntax`, `unknown-table`, `unknown-column`, `front-matter`, `cycle`, ... */
  code: string;
  message: string;
}
