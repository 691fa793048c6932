import type { Workspace } from '../tasks/workspace';
import type { DocProblem } from './model';

/**
 * The errors of each file (loader, syntax, table-file shape, cycles, unknown tables and columns),
 * by file path, 1-based lines: the site marks those files as broken instead of leaving them out.
 */
export function problemsByFile(ws: Workspace): Map<string, DocProblem[]> {
  const byFile = new Map<string, DocProblem[]>();
  const all = [...ws.diagnostics, ...[...ws.semantic.values()].flat()];
  for (const d of all) {
    if (d.severity !== 'error') continue;
    const problem = { file: d.file, line: d.start.line + 1, message: d.message };
    const list = byFile.get(d.file);
    if (list) list.push(problem);
    else byFile.set(d.file, [problem]);
  }
  return byFile;
}
