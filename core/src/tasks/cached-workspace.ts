import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeScript, type ScriptAnalysis } from '../analysis';
import { RecordingCatalog, type CatalogDeps } from '../cache/catalog-deps';
import { CACHE_SCHEMA_VERSION, fingerprint } from '../cache/disk-cache';
import { ShardedPack } from '../cache/sharded-pack';
import { storeTable } from '../cache/stored-table';
import { toolVersion } from '../cache/tool-version';
import { FileHashes, hashBytes, statOf } from '../cache/file-hashes';
import { signatureAt } from '../cache/signature-at';
import type { ColumnEdge } from '../analysis/graph-columns';
import type { Diagnostic } from '../diagnostic';
import { decodeText, loadProject, readTextSync, sqlFileOf, type LoadedSqlFile, type Project, type ProjectConfig, type SqlFile, type SqlFileHook } from '../project';
import { declaredLayers } from '../lint/graph-index';
import { parse } from '../sql';
import { LineIndex } from '../text/line-index';
import { fileFacts, type FileFacts } from './file-facts';
import { IndexSnapshot } from './index-snapshot';
import { projectSummary, type ProjectSummary } from './project-summary';
import { TestFileCache } from './test-file-cache';
import { IndexedFile, indexedFacts, IndexedTableFacts, indexEntry, NO_DIAGNOSTICS, type FileRecord, type IndexedSource, type IndexEntry } from './file-index';
import { analyzeJob, assembleWorkspace, resolveProjectRoot, type JobResult, type Workspace, type WorkspaceFile, type WorkspaceOptions, type WorkspaceSource } from './workspace';

/**
 * One job's analysis: valid while the job's record key is the same and the catalog answers as
 * before. Its column edges are stored apart (namespace `edges`, under `id`): only lineage reads them.
 */
interface JobRecord {
  file: string;
  deps: CatalogDeps;
  id: string;
  io: JobResult['io'];
  semantic: JobResult['semantic'];
}

/** A job's column edges, from the analysis `id` names. */
interface EdgeRecord {
  id: string;
  edges: ColumnEdge[];
}

/** Options of {@link loadCachedWorkspace}. */
export interface CachedWorkspaceOptions extends WorkspaceOptions {
  /** Changes the loaded project before it is parsed (lint's in-memory contents). */
  edit?: (project: Project) => Project;
  /** Tests simulate an upgrade with another tool version. */
  toolVersion?: string;
  /**
   * Loads in steps: a pause to await after each unit of each stage (reading files, parsing them,
   * analysing jobs), so a server answers requests meanwhile. Without it the load runs in one go.
   */
  steps?: (stage: 'reading files' | 'parsing files and analysing jobs', total?: number) => () => Promise<void>;
}

/**
 * {@link loadWorkspace} through the persistent analysis cache (`.strata/cache/workspace/`): files
 * whose content hash (memoized by stat) has a record are not read or parsed — their text and tree
 * load on first use — and a job's analysis is reused while its file is unchanged and the catalog
 * gives the same answers to every question the analysis asked. The result equals the uncached one.
 */
export async function loadCachedWorkspace(options: CachedWorkspaceOptions): Promise<Workspace> {
  const cache = new WorkspaceCache(resolveProjectRoot(options), options);
  const ws = await cache.load();
  // Index every job now, so their analyses are stored by this run.
  void ws.diagnostics;
  cache.save();
  return ws;
}

/** The stores behind {@link loadCachedWorkspace}, for one run. */
export class WorkspaceCache {
  private readonly hashes: FileHashes;
  private readonly records: ShardedPack<FileRecord>;
  private readonly index: IndexSnapshot;
  private readonly jobRecords: ShardedPack<JobRecord>;
  private readonly edges: ShardedPack<EdgeRecord>;
  private readonly tests: TestFileCache;
  /** The record key of each file loaded through the hook; pending load diagnostics of misses. */
  // A Map, not a WeakMap: the files live as long as the run, and 16,000 ephemerons slow every GC.
  private readonly keys = new Map<SqlFile, string>();
  private readonly pending = new Map<string, Diagnostic[]>();
  /** The catalog questions behind each job's analysis (stored or just recorded), by path. */
  private readonly analysisDeps = new Map<string, CatalogDeps>();
  /** The index entries of this run's unchanged files, by path. */
  private readonly indexed = new Map<string, IndexEntry>();
  /**
   * The stat signature that vouches for each file's content hash this run, by path (see
   * `IndexEntry.sig`; undefined: none does), but for files answered by their entry's (`signatureOf`).
   */
  private readonly signatures = new Map<string, string | undefined>();
  /** How many files the index entry's signature answered for, without the hash memo. */
  private answeredBySignature = 0;
  /** The project folder with a trailing separator: project paths are normalized, so no path.join per file. */
  private readonly prefix: string;
  private settings: string | undefined;
  /** The project's files as on disk (before `edit`). */
  private disk: SqlFile[] = [];
  private state: string | undefined;
  private config: ProjectConfig | undefined;

  /** Whether index signatures answer for content hashes: not when the caller's memo already hashed every file. */
  private readonly trustSignatures: boolean;

  /** `hashes`: the run's file hash memo when the caller already used it (see `projectState`). */
  constructor(private readonly root: string, private readonly options: CachedWorkspaceOptions, hashes?: FileHashes) {
    const version = { toolVersion: options.toolVersion };
    this.prefix = path.resolve(root) + path.sep;
    this.trustSignatures = hashes === undefined;
    this.hashes = hashes ?? new FileHashes(root, version);
    this.records = new ShardedPack(root, 'files', { ...version, shards: 512 });
    this.index = new IndexSnapshot(root, version);
    this.jobRecords = new ShardedPack(root, 'jobs', version);
    this.edges = new ShardedPack(root, 'edges', version);
    this.tests = new TestFileCache(root, version);
  }

  /**
   * Loads the project through the cache and builds its workspace (jobs are indexed on first use
   * of `ws.jobs`, `ws.graph`, ...). Call {@link save} when done with it, so what this run
   * computed (including jobs indexed after `load`) is stored.
   */
  async load(): Promise<Workspace> {
    const steps = this.options.steps;
    const loaded = await loadProject(this.root, { vars: this.options.vars, sqlFile: this.hook, testFile: this.tests.hook, pause: steps?.('reading files') });
    this.disk = loaded.files;
    const project = this.options.edit ? this.options.edit(loaded) : loaded;
    return steps ? this.workspaceInSteps(project, steps) : this.workspace(project, project.files.map((file) => this.source(file)));
  }

  /** {@link workspace} pausing after each file parsed and each job analysed (jobs analysed up front). */
  private async workspaceInSteps(project: Project, steps: NonNullable<CachedWorkspaceOptions['steps']>): Promise<Workspace> {
    const sources: WorkspaceSource[] = [];
    const jobCount = project.files.filter((f) => f.kind === 'job').length;
    const pause = steps('parsing files and analysing jobs', project.files.length + jobCount);
    for (const file of project.files) {
      sources.push(this.source(file));
      await pause();
    }
    const results = new Map<string, JobResult>();
    const ws = this.workspace(project, sources, results);
    for (const wf of ws.files) {
      if (wf.file.kind !== 'job') continue;
      results.set(wf.file.path, this.job(ws, wf));
      await pause();
    }
    return ws;
  }

  /**
   * Loads a file from its index entry when its content is known, else reads it (and remembers its
   * key). The entry's stat signature answers for an unchanged file's content hash, so a warm run
   * reads the hash memo only for files that changed, and builds no key for the others.
   */
  readonly hook: SqlFileHook = (file, kind, load, config) => {
    this.config = config;
    const absolute = this.prefix + file;
    const entry = this.index.get(file);
    const sig = entry?.sig !== undefined && this.trustSignatures && entry.sig === signatureAt(absolute) ? entry.sig : undefined;
    if (entry !== undefined && sig !== undefined) {
      this.answeredBySignature++;
      // An unchanged file's vouching signature is its entry's (`signatureOf`): no map entry for each.
      if (this.keyFits(entry.key, file, kind, config)) return this.indexedLoad(file, kind, entry);
      this.signatures.set(file, sig);
    }
    const hashed = entry !== undefined && sig !== undefined ? { hash: contentHashOf(entry.key), signature: sig } : this.hashes.hash(absolute, file, this.trustSignatures ? statOf(absolute) : undefined);
    if (hashed === undefined) return load();
    // Recorded even when absent, so that the entry's older signature never vouches for this content.
    this.signatures.set(file, hashed.signature);
    const key = this.recordKey(file, kind, hashed.hash, config);
    if (entry?.key === key) return this.indexedLoad(file, kind, this.resigned(file, entry, hashed.signature));
    const loaded = load('bytes' in hashed && hashed.bytes ? decodeText(hashed.bytes) : undefined);
    this.pending.set(key, loaded.diagnostics);
    this.keys.set(loaded.sqlFile, key);
    return loaded;
  };

  /**
   * `entry` vouched for by `signature`, stored when that is not its own: a file whose content is
   * unchanged but whose stat changed (a branch switched back, a copy) would otherwise miss the
   * signature check, and read the hash memo, on every run after.
   */
  private resigned(file: string, entry: IndexEntry, signature: string | undefined): IndexEntry {
    if (entry.sig === signature) return entry;
    const updated: IndexEntry = { ...entry };
    if (signature === undefined) delete updated.sig;
    else updated.sig = signature;
    this.index.set(file, updated);
    return updated;
  }

  /** An unchanged file, from its index entry (its key is the entry's). */
  private indexedLoad(file: string, kind: SqlFile['kind'], entry: IndexEntry): LoadedSqlFile {
    this.indexed.set(file, entry);
    return { sqlFile: new IndexedFile(file, kind, entry, this.indexedSource), diagnostics: entry.load ?? NO_DIAGNOSTICS };
  }

  /** What indexed files load on first use: one object for all of them. */
  private readonly indexedSource: IndexedSource = {
    text: (file) => readTextSync(this.prefix + file).text,
    record: (file, kind, entry) => this.fullRecord(file, kind, entry.key, entry.load),
  };

  /** The workspace of `project`, unchanged files and jobs answered from the records. */
  private workspace(project: Project, sources: WorkspaceSource[], done?: Map<string, JobResult>): Workspace {
    const catalog = new RecordingCatalog();
    for (const { wf, facts } of sources) {
      // A table's fingerprint is its file's record key (path, content, config decide it), unless LIKE merges another in;
      // the key itself for the first table of a file (no new string for each of 10,000 tables).
      if (!facts.table || facts.table.like) continue;
      const key = this.keyFor(wf.file);
      if (key === undefined) continue;
      if (facts.table instanceof IndexedTableFacts) facts.table.claim(catalog, key);
      else facts.table.declared.forEach((t, i) => catalog.setFingerprint(t, i === 0 ? key : `${key}:${i}`));
    }
    let byPath: Map<string, WorkspaceFile> | undefined;
    const analysis = new LazyAnalysis((p) => {
      const wf = (byPath ??= new Map(ws.files.map((f) => [f.file.path, f]))).get(p) ?? ws.files.find((f) => f.file.path === p);
      return wf?.file.kind === 'job' ? analyzeScript(wf.script, { catalog: ws.catalog }) : undefined;
    });
    const ws = assembleWorkspace(project, sources, (w, wf) => done?.get(wf.file.path) ?? this.job(w, wf), { catalog, analysis });
    ws.jobDeps = this.analysisDeps;
    return ws;
  }

  /** Writes the records of this run's files (so records of deleted or edited files drop out). */
  save(): void {
    // Files the index answered for did not use their memo entries: keep those.
    this.hashes.save(this.answeredBySignature === 0);
    this.index.save();
    // Full records of unchanged files are read only when needed: keep those of this run's files unread.
    this.records.save((file) => this.indexed.has(file));
    this.jobRecords.save();
    // Edge shards are read only for lineage: entries of other jobs are kept, not pruned unread.
    this.edges.save(false);
    this.tests.save();
  }

  private source(file: SqlFile): WorkspaceSource {
    if (file instanceof IndexedFile) return { wf: new LazyWorkspaceFile(file), facts: indexedFacts(file) };
    const key = this.keys.get(file);
    const wf: WorkspaceFile = { file, script: parse(file.text, file.dialect), lines: new LineIndex(file.text) };
    const facts = fileFacts(wf);
    const load = key === undefined ? undefined : this.pending.get(key);
    if (key !== undefined && load !== undefined) this.store(key, file, load, facts);
    return { wf, facts };
  }

  /** Stores a file's full record and its index entry. */
  private store(key: string, file: SqlFile, load: Diagnostic[], facts: FileFacts): void {
    const record: FileRecord = { key, file: withoutText(file), load, facts: storedFacts(facts) };
    this.records.set(file.path, record);
    this.index.set(file.path, indexEntry(record, this.signatureOf(file.path)));
  }

  /** The stat signature that vouches for `path`'s content this run: recorded, else (an unchanged file) its entry's. */
  private signatureOf(path: string): string | undefined {
    return this.signatures.has(path) ? this.signatures.get(path) : this.indexed.get(path)?.sig;
  }

  /**
   * The full record of an indexed file; a lost or damaged one is computed again from the file,
   * whose content is the one the index entry's key names.
   */
  private fullRecord(file: string, kind: SqlFile['kind'], key: string, load: Diagnostic[] = []): FileRecord {
    const stored = this.recordOf(file, key);
    if (stored) return stored;
    let bytes: Buffer | undefined;
    try {
      bytes = fs.readFileSync(path.join(this.root, file));
    } catch {
      bytes = undefined;
    }
    const { sqlFile } = sqlFileOf(file, kind, bytes ? decodeText(bytes).text : '', this.config as ProjectConfig);
    const facts = fileFacts({ file: sqlFile, script: parse(sqlFile.text, sqlFile.dialect), lines: new LineIndex(sqlFile.text) });
    const record: FileRecord = { key, file: withoutText(sqlFile), load, facts: storedFacts(facts) };
    // Stored only when the file still has the content the key names (it may have changed since it was hashed).
    if (bytes && contentHashOf(key) === hashBytes(bytes)) this.store(key, sqlFile, record.load, facts);
    return record;
  }

  /**
   * The full record of project file `file` whose record key is `key` (stored, else computed from
   * the file), for a run that did not load the project (`lint-summary.ts`).
   */
  recordAt(file: string, kind: SqlFile['kind'], key: string, config: ProjectConfig): FileRecord {
    this.config = config;
    return this.fullRecord(file, kind, key);
  }

  /**
   * What a lint of a few changed jobs needs of the loaded project as it is on disk (see
   * `project-summary.ts`), or undefined when a summary cannot stand for it: a table given in
   * memory, a path or table name a line cannot hold, a CREATE TABLE ... LIKE (its table needs the
   * other file's parse).
   */
  summary(ws: Workspace): ProjectSummary | undefined {
    // A summary describes the files on disk; jobs given in memory (`edit`) leave the rest as it is, tables would not.
    const files = this.disk;
    const onDisk = new Set(files);
    if (ws.project.files.some((f) => f.kind === 'table' && !onDisk.has(f))) return undefined;
    const tables = files.filter((f) => f.kind === 'table').length;
    const keys = files.map((f) => this.keyFor(f));
    if (files.slice(0, tables).some((f) => f.kind !== 'table') || keys.some((k) => k === undefined)) return undefined;
    const names: string[] = [];
    for (const file of files.slice(0, tables)) {
      const table = ws.facts.get(file.path)?.table;
      if (!table || table.like) return undefined;
      names.push((table.pending ?? table.declared).map((t) => t.name).join('\t'));
    }
    return projectSummary({
      settings: this.settingsOf(ws.project.config),
      tables,
      paths: files.map((f) => f.path),
      sigs: files.map((f) => this.signatureOf(f.path) ?? ''),
      keys: keys as string[],
      names,
      layers: [...declaredLayers(ws)].map(([table, layer]) => `${table}\t${layer}`),
    });
  }

  private job(ws: Workspace, wf: WorkspaceFile): JobResult {
    const key = this.keyFor(wf.file);
    const catalog = ws.catalog as RecordingCatalog;
    const record = key === undefined ? undefined : this.jobRecords.get(wf.file.path);
    if (record && record.file === key && catalog.answersAsBefore(record.deps)) {
      this.analysisDeps.set(wf.file.path, record.deps);
      return { io: record.io, semantic: record.semantic, edges: () => this.storedEdges(ws, wf, record.id) };
    }
    const { value, deps } = catalog.record(() => analyzeJob(ws, wf));
    this.analysisDeps.set(wf.file.path, deps);
    if (key !== undefined) {
      const id = hashBytes(`${key}\0${JSON.stringify(deps)}`);
      this.jobRecords.set(wf.file.path, { file: key, deps, id, io: value.io, semantic: value.semantic });
      this.edges.set(wf.file.path, { id, edges: value.edges as ColumnEdge[] });
    }
    return value;
  }

  /**
   * A key of everything `file`'s own results depend on (path, kind, content, config, `--var`s, tool
   * version): its record key, or for a file given in memory (`edit`), the same built from its text.
   */
  keyOf(file: SqlFile, config: ProjectConfig): string {
    return this.keyFor(file) ?? this.recordKey(file.path, file.kind, hashBytes(file.text), config);
  }

  /** The record key of a file this run loaded from disk (an indexed one's is its entry's). */
  private keyFor(file: SqlFile): string | undefined {
    return file instanceof IndexedFile ? file.entry.key : this.keys.get(file);
  }

  /** The catalog questions the analysis of job `path` asked (undefined for a table or an unknown path). */
  jobDeps(path: string): CatalogDeps | undefined {
    return this.analysisDeps.get(path);
  }

  /**
   * A fingerprint of the whole loaded project (strata.yaml, tests, seeds, every file's key in
   * order): what a result that read the workspace depends on.
   */
  stateOf(ws: Workspace): string {
    const config = ws.project.config;
    return (this.state ??= hashBytes([fingerprint([config, ws.project.tests, ws.project.seeds, ws.project.overrides]), ...ws.files.map((wf) => this.keyOf(wf.file, config))].join('\n')));
  }

  /** The stored record of `path` if it was computed under `key`. */
  private recordOf(path: string, key: string): FileRecord | undefined {
    const record = this.records.get(path);
    return record?.key === key ? record : undefined;
  }

  /** A job's stored edges; a lost, damaged or outdated entry means analysing the job again. */
  private storedEdges(ws: Workspace, wf: WorkspaceFile, id: string): ColumnEdge[] {
    const stored = this.edges.get(wf.file.path);
    return stored?.id === id ? stored.edges : (analyzeJob(ws, wf).edges as ColumnEdge[]);
  }

  /** What a file's record depends on: its path, kind and content, the config and `--var` overrides. */
  private recordKey(file: string, kind: string, hash: string, config: ProjectConfig): string {
    // Plain concatenation: hashing 16,000 keys again would cost more than their length does.
    return `${this.settingsOf(config)}:${hash}:${kind}:${file}`;
  }

  /**
   * Whether `key` is a record key of `file` as `kind` under this run's settings, whatever content
   * hash it names: checked in place, as a warm run would otherwise build 16,000 keys to compare.
   */
  private keyFits(key: string, file: string, kind: string, config: ProjectConfig): boolean {
    const settings = this.settingsOf(config);
    const hashEnd = settings.length + 41;
    return key.length === hashEnd + 2 + kind.length + file.length && key.startsWith(settings) && key[settings.length] === ':' && key[hashEnd] === ':' && key.startsWith(kind, hashEnd + 1) && key[hashEnd + 1 + kind.length] === ':' && key.endsWith(file);
  }

  /** The settings part of record keys (one config per run). */
  private settingsOf(config: ProjectConfig): string {
    return (this.settings ??= recordSettings(config, this.options));
  }
}

/** The settings part of record keys: lint settings and targets change no record. */
export function recordSettings(config: ProjectConfig, options: Pick<CachedWorkspaceOptions, 'toolVersion' | 'vars'>): string {
  return fingerprint([CACHE_SCHEMA_VERSION, options.toolVersion ?? toolVersion(), { ...config, lint: undefined, targets: undefined }, options.vars ?? {}]).slice(0, 16);
}

/** The content hash inside a record key (see `recordKey`); slices, as it runs once per file of a warm run. */
export function contentHashOf(key: string): string {
  const start = key.indexOf(':') + 1;
  return key.slice(start, key.indexOf(':', start));
}

function withoutText(file: SqlFile): FileRecord['file'] {
  const rest: Partial<SqlFile> = { ...file };
  delete rest.text;
  return rest as FileRecord['file'];
}

/** Facts as the cache stores them: declared tables' columns as JSON text. */
function storedFacts(facts: FileFacts): FileRecord['facts'] {
  return facts.table ? { ...facts, table: { ...facts.table, declared: facts.table.declared.map(storeTable) } } : (facts as FileRecord['facts']);
}

/** A file whose tree and line index are built on first use (a class: one hidden class for 16,000 files). */
class LazyWorkspaceFile implements WorkspaceFile {
  private parsed?: WorkspaceFile['script'];
  private index?: LineIndex;

  constructor(readonly file: SqlFile) {}

  get script(): WorkspaceFile['script'] {
    return (this.parsed ??= parse(this.file.text, this.file.dialect));
  }

  get lines(): LineIndex {
    return (this.index ??= new LineIndex(this.file.text));
  }
}

/** Job analyses computed on first `get` (a cached workspace has not analysed unchanged jobs). */
export class LazyAnalysis extends Map<string, ScriptAnalysis> {
  constructor(private readonly compute: (path: string) => ScriptAnalysis | undefined) {
    super();
  }

  override get(path: string): ScriptAnalysis | undefined {
    if (!super.has(path)) {
      const analysis = this.compute(path);
      if (analysis) super.set(path, analysis);
    }
    return super.get(path);
  }
}
