import type { ProjectGraph } from '../analysis/graph';
import type { Catalog } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import type { Span } from '../sql/ast';
import { toDiagnostic, type WorkspaceFile } from './diagnostics';

/**
 * One diagnostic per cycle, on the first job of the cycle, at the table reference that closes it
 * (the read of the table just before that job on the cycle).
 */
export function cycleDiagnostics(graph: ProjectGraph, files: WorkspaceFile[], catalog: Catalog): Diagnostic[] {
  const byPath = new Map(files.map((f) => [f.file.path, f]));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.cycles.map((cycle) => {
    const at = cycle.findIndex((id) => id.startsWith('job:'));
    const job = byId.get(cycle[at]);
    const wf = job?.file ? byPath.get(job.file) : undefined;
    const path = cycle.map((id) => id.replace(/^(table|job):/, '')).join(' -> ');
    const message = `dependency cycle: ${path}; a job must not read a table that it (or a job downstream of it) writes`;
    if (!wf) return { file: 'strata.yaml', start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, severity: 'error' as const, code: 'cycle', message };
    const closing = cycle[at > 0 ? at - 1 : cycle.length - 2].replace(/^table:/, '');
    const ref = findTableRef(wf.script, (name) => (catalog.get(name)?.name ?? name) === closing);
    return toDiagnostic(wf.file.path, wf.lines, ref?.start ?? 0, ref?.end ?? 0, 'cycle', message);
  });
}

/** The name span of the first table reference (anywhere in the tree) whose name `matches`. */
function findTableRef(node: unknown, matches: (name: string) => boolean): Span | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findTableRef(child, matches);
      if (found) return found;
    }
    return undefined;
  }
  if (node === null || typeof node !== 'object') return undefined;
  const record = node as Record<string, unknown>;
  if (record.kind === 'TableRef') {
    const name = record.name as { parts: { name: string }[] } & Span;
    if (matches(name.parts.map((p) => p.name.toLowerCase()).join('.'))) return name;
  }
  for (const value of Object.values(record)) {
    const found = typeof value === 'object' ? findTableRef(value, matches) : undefined;
    if (found) return found;
  }
  return undefined;
}
