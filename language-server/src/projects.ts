import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeScript, declaredDialect, findProjectRoot, LineIndex, parse, type Catalog, type Dialect, type Workspace } from '@strata/core';
import { ProjectIndex, type Affected } from './project-index';
import type { DocumentSnapshot } from './snapshot';

/** Dialects that a file's extension implies (the VS Code extension's `hql` and `flinksql` languages). */
const EXTENSION_DIALECTS: Record<string, Dialect> = { '.hql': 'hive', '.flinksql': 'flink' };

/** An indexed project: its folder and workspace. */
export interface IndexedProject {
  root: string;
  workspace: Workspace;
}

/** A document's place: its project (if any) and its project-relative path. */
interface Placement {
  index?: ProjectIndex;
  path: string;
}

/**
 * Every project the editor touches, by root folder, and the snapshots features run on. A
 * document inside a folder holding strata.yaml belongs to that project; any other document is
 * standalone (its own DDL only). Until its project is indexed, a document is served standalone,
 * so the open file answers first. When indexing an edit may have changed other files' diagnostics,
 * `onAffected` hears their URIs.
 */
export class Projects {
  private readonly byRoot = new Map<string, ProjectIndex>();
  private readonly rootOfDir = new Map<string, string | undefined>();
  /** Standalone snapshots by URI, reused while the text is unchanged. */
  private readonly standalone = new Map<string, DocumentSnapshot>();
  /** Dialect of a standalone document that declares none and whose extension implies none (the editor's `strata.dialect`). */
  private defaultDialect: Dialect = 'spark';

  constructor(private readonly onAffected: (uris: string[]) => void = () => undefined) {}

  /** The index of the project at `root`, created (not loaded) on first use. */
  project(root: string): ProjectIndex {
    let index = this.byRoot.get(root);
    if (!index) {
      index = new ProjectIndex(root);
      this.byRoot.set(root, index);
    }
    return index;
  }

  /** Sets the dialect of standalone documents that declare none; their snapshots are made anew. */
  setDefaultDialect(dialect: Dialect): void {
    if (dialect === this.defaultDialect) return;
    this.defaultDialect = dialect;
    this.standalone.clear();
  }

  /** Every project indexed so far, with its workspace. */
  indexed(): IndexedProject[] {
    return [...this.byRoot.values()].flatMap((index) => (index.workspace ? [{ root: index.root, workspace: index.workspace }] : []));
  }

  /** The project holding the document at `uri`, if any. */
  projectOf(uri: string): ProjectIndex | undefined {
    return this.place(uri).index;
  }

  /** The editor closed a document; its disk text (undefined when deleted) counts again. */
  close(uri: string, diskText: string | undefined): void {
    this.standalone.delete(uri);
    const { index, path: file } = this.place(uri);
    if (index) this.affected(index, index.close(file, diskText));
  }

  /** A file changed, was created or deleted (`diskText` undefined) on disk. */
  diskChanged(uri: string, diskText: string | undefined): void {
    const { index, path: file } = this.place(uri);
    if (index) this.affected(index, index.diskChanged(file, diskText));
  }

  /** The snapshot features run on for `uri` with the editor's `text`. */
  snapshot(uri: string, text: string): DocumentSnapshot {
    const { index, path: file } = this.place(uri);
    if (index?.workspace && index.kindOf(file)) {
      this.affected(index, index.edit(file, text));
      // An edit may replace the catalog (a table file), or the workspace (a rebuild): read them after it.
      const ws = index.workspace;
      const wf = index.fileAt(file);
      if (wf) {
        return {
          uri, text, dialect: wf.file.dialect, script: wf.script, lines: wf.lines, file: wf.file,
          workspace: ws, catalog: ws.catalog, analysis: ws.analysis.get(file), root: index.root,
        };
      }
    }
    return this.standaloneSnapshot(uri, text, index?.workspace?.catalog, index?.root);
  }

  /** A document outside the project's tables and jobs (or not yet indexed): parsed and analysed alone. */
  private standaloneSnapshot(uri: string, text: string, catalog: Catalog | undefined, root: string | undefined): DocumentSnapshot {
    const cached = this.standalone.get(uri);
    if (cached && cached.text === text && cached.catalog === catalog) return cached;
    const dialect = declaredDialect(text, EXTENSION_DIALECTS[path.extname(uri).toLowerCase()] ?? this.defaultDialect);
    const script = parse(text, dialect);
    const snapshot: DocumentSnapshot = { uri, text, dialect, script, lines: new LineIndex(text), catalog, analysis: analyzeScript(script, { catalog }), root };
    this.standalone.set(uri, snapshot);
    return snapshot;
  }

  private affected(index: ProjectIndex, paths: Affected): void {
    if (paths.length > 0) this.onAffected(paths.map((p) => fileUri(index.root, p)));
  }

  private place(uri: string): Placement {
    const file = fsPath(uri);
    if (file === undefined) return { path: uri };
    const dir = path.dirname(file);
    if (!this.rootOfDir.has(dir)) this.rootOfDir.set(dir, findProjectRoot(dir));
    const root = this.rootOfDir.get(dir);
    if (root === undefined) return { path: file };
    return { index: this.project(root), path: path.relative(root, file).split(path.sep).join('/') };
  }
}

/** The file system path of a `file:` URI; undefined for other schemes (untitled documents). */
export function fsPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The URI of a project file. */
export function fileUri(root: string, projectPath: string): string {
  return pathToFileURL(path.join(root, projectPath)).toString();
}
