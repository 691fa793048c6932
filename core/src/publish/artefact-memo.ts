import { DiskCache } from '../cache/disk-cache';
import { hashBytes } from '../cache/file-hashes';
import type { GeneratedFile } from '../scheduler';
import type { WorkspaceCache } from '../tasks/cached-workspace';
import type { Workspace } from '../tasks/workspace';

/** The scheduler files generated from some inputs: content hash (sha1) by path. */
export type ArtefactHashes = Record<string, string>;

/** What a target's scheduler files were last generated from, and what they were. */
interface ArtefactEntry {
  /** `WorkspaceCache.stateOf` of the project they were generated from: checked first, as it is known without indexing jobs. */
  project: string;
  inputs: string;
  files: ArtefactHashes;
}

/**
 * The scheduler artefacts a target got from the project's current inputs, remembered in the
 * analysis cache (`.strata/cache/publish/`, one entry per target): when neither the job files
 * (front matter, SQL), nor what each job reads and writes, nor the table names changed, a plan
 * compares the files on disk with these hashes instead of generating 6,000 jobs' DAGs again. An
 * unchanged project is recognized by its `stateOf` alone, without indexing its jobs.
 */
export class StoredArtefacts {
  private readonly store: DiskCache<ArtefactEntry>;
  private readonly key: string;
  private inputsKey: string | undefined;

  constructor(root: string, private readonly ws: Workspace, private readonly cache: WorkspaceCache, private readonly target: string) {
    this.store = new DiskCache(root, 'publish', { touch: false });
    this.key = this.store.key({ content: target, dialect: 'artefacts' });
  }

  /** The files generated last time from the same inputs, if remembered. */
  get(): ArtefactHashes | undefined {
    const stored = this.store.get(this.key);
    if (stored === undefined) return undefined;
    if (stored.project === this.cache.stateOf(this.ws)) return stored.files;
    if (stored.inputs !== this.inputs()) return undefined;
    // Other files changed, not these inputs: the next run knows the project by its state again.
    this.store.set(this.key, { ...stored, project: this.cache.stateOf(this.ws) });
    return stored.files;
  }

  /** Remembers the files generated from the current inputs. */
  set(files: GeneratedFile[]): void {
    this.store.set(this.key, { project: this.cache.stateOf(this.ws), inputs: this.inputs(), files: Object.fromEntries(files.map((f) => [f.path, hashBytes(f.content)])) });
  }

  /**
   * A key of everything the artefacts depend on: the target, each job file's record key (content,
   * config, tool version), what each job reads and writes, and the catalog's table names (which
   * `depends_on` entries resolve against).
   */
  private inputs(): string {
    return (this.inputsKey ??= this.computeInputs());
  }

  private computeInputs(): string {
    const config = this.ws.project.config;
    const jobs = this.ws.files.filter((wf) => wf.file.kind === 'job').map((wf) => this.cache.keyOf(wf.file, config));
    const io = [...this.ws.jobs.values()].map((j) => [j.name, j.file, j.type, j.reads, j.writes]);
    const tables = this.ws.catalog.tables().map((t) => t.name);
    return hashBytes(JSON.stringify([this.target, jobs, io, tables]));
  }
}
