import type { Diagnostic } from '../diagnostic';
import type { SqlFile } from '../project';
import type { Script } from '../sql/ast';
import type { LineIndex } from '../text/line-index';

/** A parsed project file. */
export interface WorkspaceFile {
  file: SqlFile;
  script: Script;
  lines: LineIndex;
}

/** Offsets to a diagnostic. */
export function toDiagnostic(file: string, lines: LineIndex, start: number, end: number, code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { file, start: lines.position(start), end: lines.position(end), severity, code, message };
}
