import { editJob, editTable, loadCachedWorkspace, removeFile, sqlFileOf, type Project, type ProjectPaths, type SqlFileKind, type Workspace, type WorkspaceFile } from '@strata/core';
import { IndexingSteps, type IndexingReport } from './indexing-steps';

/** Project paths of the other files an edit may have changed the diagnostics of (the caller re-checks those open). */
export type Affected = readonly string[];

const NOTHING: Affected = [];

/**
 * The core Workspace of one project folder (the one holding strata.yaml), loaded through the
 * persistent cache and kept current with the editor: open documents override disk content; an
 * edited job has only the statements the edit changed re-parsed and re-analysed (core's `editJob`);
 * an edited table file patches the catalog and
 * re-analyses the jobs that use the table (core `editTable`). A closed file changed, created or
 * deleted on disk (core `removeFile`) is re-indexed the same way. Each says which other files it
 * may have changed.
 */
export class ProjectIndex {
  private current?: Workspace;
  private loading?: Promise<Workspace>;
  private generation = 0;
  /** Texts of open documents by project-relative path; they win over the disk. */
  private readonly overrides = new Map<string, string>();
  /** The workspace's parsed files by path (every change to the workspace goes through this class). */
  private byPath = new Map<string, WorkspaceFile>();

  constructor(readonly root: string) {}

  /** The indexed workspace, or undefined while the first load runs. */
  get workspace(): Workspace | undefined {
    return this.current;
  }

  /** A load has been asked for (it may still run). */
  get started(): boolean {
    return this.loading !== undefined;
  }

  /** Loads (or reloads) the project from disk, then applies the open documents' texts; `report` hears how far it got. */
  load(report?: IndexingReport): Promise<Workspace> {
    const generation = ++this.generation;
    this.loading = this.read(generation, report);
    return this.loading;
  }

  /** Sets the text of a project file open in the editor and re-indexes what depends on it. */
  edit(path: string, text: string): Affected {
    this.overrides.set(path, text);
    return this.reindex(path, text);
  }

  /** The editor closed the file: its disk content counts again. */
  close(path: string, diskText: string | undefined): Affected {
    this.overrides.delete(path);
    return this.diskChanged(path, diskText);
  }

  /**
   * A file changed, was created or deleted on disk (`diskText` undefined). An open file keeps the
   * editor's text; a closed one is re-indexed like an edit, a deleted one leaves the workspace.
   */
  diskChanged(path: string, diskText: string | undefined): Affected {
    if (this.overrides.has(path)) return NOTHING;
    return diskText === undefined ? this.remove(path) : this.reindex(path, diskText);
  }

  /** The parsed project file at `path`, as of the last edit. */
  fileAt(path: string): WorkspaceFile | undefined {
    return this.byPath.get(path);
  }

  /** Which part of the project `path` (project-relative, POSIX) belongs to. */
  kindOf(path: string): SqlFileKind | undefined {
    const project = this.current?.project;
    return project ? kindIn(project.config.paths, path) : undefined;
  }

  /**
   * Through core's persistent cache (`.strata/cache/`, as `strata check`): a second start parses and
   * analyses only the files changed on disk since (content hashes, memoized by stat). Open
   * documents are keyed by their text, so they never pass for the disk's content. It works in time
   * slices (`IndexingSteps`), so requests are answered meanwhile.
   */
  private async read(generation: number, report?: IndexingReport): Promise<Workspace> {
    const slices = new IndexingSteps(report);
    const edit = (loaded: Project) => this.withOverrides(loaded);
    const ws = await loadCachedWorkspace({ project: this.root, cwd: this.root, edit, steps: (stage, total) => slices.stage(stage, total) });
    // A newer reload started meanwhile (a file changed again): its result wins.
    if (generation !== this.generation) return this.loading!;
    this.install(ws);
    // Documents edited while it was built: their latest text.
    for (const [path, text] of this.overrides) this.reindex(path, text);
    return ws;
  }

  private install(ws: Workspace): Workspace {
    this.current = ws;
    this.byPath = new Map(ws.files.map((f) => [f.file.path, f]));
    return ws;
  }

  private reindex(path: string, text: string): Affected {
    const ws = this.current;
    const kind = this.kindOf(path);
    if (!ws || !kind) return NOTHING;
    if (this.byPath.get(path)?.file.text === text) return NOTHING;
    const file = sqlFileOf(path, kind, text, ws.project.config).sqlFile;
    const change = kind === 'job' ? editJob(ws, file) : editTable(ws, file);
    this.byPath.set(path, change.file!);
    return change.affected;
  }

  private remove(path: string): Affected {
    const ws = this.current;
    if (!ws || !this.byPath.delete(path)) return NOTHING;
    return removeFile(ws, path).affected;
  }

  /** The project with open documents' texts in place of their disk content (new files added where a load from disk puts them). */
  private withOverrides(project: Project): Project {
    if (this.overrides.size === 0) return project;
    const files = project.files.filter((f) => !this.overrides.has(f.path));
    for (const [path, text] of this.overrides) {
      const kind = kindIn(project.config.paths, path);
      if (kind) files.push(sqlFileOf(path, kind, text, project.config).sqlFile);
    }
    // Tables, then jobs, each by path: the first file declaring a table wins it, as from disk.
    const rank = (kind: SqlFileKind) => (kind === 'table' ? 0 : 1);
    files.sort((a, b) => rank(a.kind) - rank(b.kind) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { ...project, files };
  }
}

function kindIn({ tables, jobs }: ProjectPaths, path: string): SqlFileKind | undefined {
  if (!path.endsWith('.sql')) return undefined;
  if (path.startsWith(`${trimDot(tables)}/`)) return 'table';
  if (path.startsWith(`${trimDot(jobs)}/`)) return 'job';
  return undefined;
}

/** `./tables/` → `tables` (config paths may be written either way). */
function trimDot(folder: string): string {
  return folder.split('/').filter((s) => s !== '' && s !== '.').join('/');
}
