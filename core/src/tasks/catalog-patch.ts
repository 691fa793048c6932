import type { Catalog } from '../catalog';
import type { FileFacts } from './file-facts';
import type { WorkspaceFile } from './diagnostics';

/**
 * The catalog after one table file changed, patched from `before` rather than rebuilt from every
 * table file (a rebuild of 10,000 tables costs ~100 ms, too slow for each keystroke in an editor).
 * Each name the file declared before or declares now goes to its first declaration in file order,
 * as `buildCatalog` decides it, or leaves the catalog. Undefined when a patch could differ from
 * the rebuild: a table declared `LIKE` another anywhere in the project (merged declarations).
 */
export function patchCatalog(before: Catalog, files: readonly WorkspaceFile[], facts: ReadonlyMap<string, FileFacts>, path: string, names: readonly string[]): Catalog | undefined {
  for (const f of facts.values()) if (f.table?.like) return undefined;
  const catalog = before.copy();
  const declared = facts.get(path)?.table?.declared ?? [];
  for (const name of new Set(names)) {
    // The usual edit keeps the table's name: the file already won it, no earlier file declares it.
    const same = before.get(name)?.file === path ? declared.find((t) => t.name === name) : undefined;
    const first = same ?? firstDeclaration(files, facts, name);
    if (first) catalog.add(first);
    else catalog.remove(name);
  }
  return catalog;
}

function firstDeclaration(files: readonly WorkspaceFile[], facts: ReadonlyMap<string, FileFacts>, name: string) {
  for (const wf of files) {
    const found = facts.get(wf.file.path)?.table?.declared.find((t) => t.name === name);
    if (found) return found;
  }
  return undefined;
}
