import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { fileUri, type IndexedProject } from '../projects';

/** Most symbols answered for one query: editors filter further as the user types. */
export const WORKSPACE_SYMBOL_LIMIT = 200;

/**
 * Tables (at their CREATE TABLE) and jobs (at the top of their file) of every indexed project
 * whose name contains `query` (case-insensitive), sorted by name, at most {@link WORKSPACE_SYMBOL_LIMIT}.
 */
export function workspaceSymbols(projects: IndexedProject[], query: string): SymbolInformation[] {
  const wanted = query.toLowerCase();
  const found: SymbolInformation[] = [];
  for (const { root, workspace } of projects) {
    const lines = new Map(workspace.files.map((f) => [f.file.path, f.lines]));
    for (const table of workspace.catalog.tables()) {
      const file = table.file;
      if (!file || !table.name.includes(wanted)) continue;
      const start = lines.get(file)?.position(table.span?.start ?? 0) ?? { line: 0, character: 0 };
      found.push(symbol(table.name, SymbolKind.Class, fileUri(root, file), start, 'table'));
    }
    for (const job of workspace.jobs.values()) {
      if (job.name.toLowerCase().includes(wanted)) found.push(symbol(job.name, SymbolKind.Event, fileUri(root, job.file), { line: 0, character: 0 }, `${job.type} job`));
    }
  }
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, WORKSPACE_SYMBOL_LIMIT);
}

function symbol(name: string, kind: SymbolKind, uri: string, start: { line: number; character: number }, containerName: string): SymbolInformation {
  return { name, kind, location: { uri, range: { start, end: start } }, containerName };
}
