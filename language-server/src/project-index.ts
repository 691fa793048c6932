import { loadCachedWorkspace, sqlFileOf, updateJob, updateTable, workspaceOf, type Project, type ProjectPaths, type SqlFileKind, type Workspace, type WorkspaceFile } from '@strata/core';
import { IndexingSteps, type IndexingReport } from './indexing-steps';

/** What an edit changed, so the caller knows which documents to re-check. */
export type EditEffect = 'none' | 'job' | 'catalog';

/**
 * The core Workspace of one project folder (the one holding strata.yaml), loaded through the
 * persistent cache and kept current with the editor: open documents override disk content; an edited job is re-analysed alone (core's
 * `updateJob`); an edited table file rebuilds the catalog and re-analyses the jobs that use the
 * table (core `updateTable`). A closed file changed on disk is re-indexed the same way; a deleted
 * file rebuilds the project.
 */
export class ProjectIndex {
  private base?: Project;
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
  edit(path: string, text: string): EditEffect {
    this.overrides.set(path, text);
    return this.reindex(path, text);
  }

  /** The editor closed the file: its disk content counts again. */
  close(path: string, diskText: string | undefined): EditEffect {
    this.overrides.delete(path);
    return this.diskChanged(path, diskText);
  }

  /**
   * A file changed on disk (`diskText`, undefined when deleted). An open file keeps the editor's
   * text; a closed one is re-indexed like an edit, a deleted one rebuilds the project.
   */
  diskChanged(path: string, diskText: string | undefined): EditEffect {
    if (this.overrides.has(path)) return 'none';
    this.syncBase(path, diskText);
    return diskText === undefined ? this.rebuild() : this.reindex(path, diskText);
  }

  /** The parsed project file at `path`, as of the last edit. */
  fileAt(path: string): WorkspaceFile | undefined {
    return this.byPath.get(path);
  }

  /** Which part of the project `path` (project-relative, POSIX) belongs to. */
  kindOf(path: string): SqlFileKind | undefined {
    const project = this.current?.project ?? this.base;
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
    let project: Project | undefined;
    const edit = (loaded: Project) => this.withOverrides((project = loaded));
    const ws = await loadCachedWorkspace({ project: this.root, cwd: this.root, edit, steps: (stage, total) => slices.stage(stage, total) });
    // A newer reload started meanwhile (a file changed again): its result wins.
    if (generation !== this.generation) return this.loading!;
    this.base = project;
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

  private reindex(path: string, text: string): EditEffect {
    const ws = this.current;
    const kind = this.kindOf(path);
    if (!ws || !kind) return 'none';
    if (this.byPath.get(path)?.file.text === text) return 'none';
    const file = sqlFileOf(path, kind, text, ws.project.config).sqlFile;
    this.byPath.set(path, kind === 'job' ? updateJob(ws, file) : updateTable(ws, file));
    return kind === 'job' ? 'job' : 'catalog';
  }

  /** The disk state of a file the editor had open (saved, or deleted) joins the loaded project, for later rebuilds. */
  private syncBase(path: string, diskText: string | undefined): void {
    const base = this.base;
    const kind = base && kindIn(base.config.paths, path);
    if (!base || !kind) return;
    const files = base.files.filter((f) => f.path !== path);
    if (diskText !== undefined) files.push(sqlFileOf(path, kind, diskText, base.config).sqlFile);
    this.base = { ...base, files };
  }

  private rebuild(): EditEffect {
    if (!this.base) return 'none';
    this.install(workspaceOf(this.withOverrides(this.base)));
    return 'catalog';
  }

  /** The project with open documents' texts in place of their disk content (new files added). */
  private withOverrides(project: Project): Project {
    if (this.overrides.size === 0) return project;
    const files = project.files.filter((f) => !this.overrides.has(f.path));
    for (const [path, text] of this.overrides) {
      const kind = kindIn(project.config.paths, path);
      if (kind) files.push(sqlFileOf(path, kind, text, project.config).sqlFile);
    }
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
