import type { StoredTable } from '../cache/stored-table';
import { PendingTable, type TableInfo } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import type { SqlFile } from '../project';
import type { FileFacts, TableFacts } from './file-facts';

/**
 * One project file as the cache keeps it (pack `files`): the loaded file without its text, the
 * loader's problems, its facts (declared tables with their columns as text, see `stored-table.ts`).
 */
export interface FileRecord {
  /** What the record was computed from (see `recordKey`); stored by path, valid only under this key. */
  key: string;
  file: Omit<SqlFile, 'text'>;
  load: Diagnostic[];
  facts: Omit<FileFacts, 'table'> & { table?: Omit<TableFacts, 'declared'> & { declared: StoredTable[] } };
}

/**
 * What a warm run reads of every unchanged file (pack `index`), a small part of its
 * {@link FileRecord}: enough to load the project, build the catalog from table names and give a
 * table its layer. The rest (front matter, columns, contract and job facts) loads from the
 * record on first use, so a warm lint of a few files decodes ~3 MB instead of ~25 MB.
 */
export interface IndexEntry {
  key: string;
  /**
   * The file's stat signature (size, mtime, inode) that vouched for the content hash in `key`
   * (see `FileHashes`); absent when the file was too fresh to trust its mtime. A warm run whose
   * stat matches it takes the hash from `key` and never reads the `hashes` pack for the file.
   */
  sig?: string;
  dialect: SqlFile['dialect'];
  name: string;
  layer?: string;
  /** The file has front matter. */
  fm?: 1;
  /** The loader's problems; absent when none. */
  load?: Diagnostic[];
  statements: number;
  /** Syntax errors; absent when none. */
  syntax?: Diagnostic[];
  table?: IndexedTableEntry;
}

/**
 * A table file's part of its {@link IndexEntry}: the declared tables' names. The rest of a table
 * comes from the file's full record when the table is made (see `PendingTable`): what makes a
 * table nearly always reads its columns, which only the record holds.
 */
export interface IndexedTableEntry {
  names: string[];
  like: boolean;
  /** The name the project graph knows the table by; absent when it is the first declared name (the usual case). */
  graphName?: string;
  problem?: Diagnostic;
}

/**
 * The problems of a file that has none: one frozen array shared by the 16,000 unchanged files of
 * a warm run (nothing adds to a file's problems after loading; freezing makes sure).
 */
export const NO_DIAGNOSTICS: Diagnostic[] = Object.freeze([]) as unknown as Diagnostic[];

/** The index entry of a record; `sig`: the stat signature that vouches for its content, if any. */
export function indexEntry(record: FileRecord, sig?: string): IndexEntry {
  const { file, facts } = record;
  const entry: IndexEntry = { key: record.key, dialect: file.dialect, name: file.name, statements: facts.statements };
  if (sig !== undefined) entry.sig = sig;
  if (file.layer !== undefined) entry.layer = file.layer;
  if (file.frontMatter) entry.fm = 1;
  if (record.load.length > 0) entry.load = record.load;
  if (facts.syntax.length > 0) entry.syntax = facts.syntax;
  const table = facts.table;
  if (table) {
    const names = table.declared.map((t) => t.name);
    entry.table = { names, like: table.like };
    if (table.graphName !== names[0]) entry.table.graphName = table.graphName;
    if (table.problem) entry.table.problem = table.problem;
  }
  return entry;
}

/** Where an {@link IndexedFile} gets what its index entry lacks (one object for all files: no closures per file). */
export interface IndexedSource {
  /** The text of project file `path`. */
  text(path: string): string;
  /** The full record of `path`, whose index entry is `entry`. */
  record(path: string, kind: SqlFile['kind'], entry: IndexEntry): FileRecord;
}

/**
 * A loaded file from its index entry: `text` is read on first use, `frontMatter` comes from the
 * full record on first use. A class, not accessors on each object: a warm run makes 16,000 of
 * them, and per-object accessors cost a hidden class each (memory, GC).
 */
export class IndexedFile implements SqlFile {
  readonly dialect: SqlFile['dialect'];
  readonly name: string;
  layer?: string;
  private loadedText?: string;
  private loadedFrontMatter?: { value: SqlFile['frontMatter'] };

  constructor(readonly path: string, readonly kind: SqlFile['kind'], readonly entry: IndexEntry, private readonly source: IndexedSource) {
    this.dialect = entry.dialect;
    this.name = entry.name;
    if (entry.layer !== undefined) this.layer = entry.layer;
  }

  get text(): string {
    return (this.loadedText ??= this.source.text(this.path));
  }

  set text(value: string) {
    this.loadedText = value;
  }

  get frontMatter(): SqlFile['frontMatter'] {
    this.loadedFrontMatter ??= { value: this.entry.fm ? this.record().file.frontMatter : undefined };
    return this.loadedFrontMatter.value;
  }

  set frontMatter(value: SqlFile['frontMatter']) {
    this.loadedFrontMatter = { value };
  }

  /** The file's full record (see {@link IndexedSource.record}). */
  record(): FileRecord {
    return this.source.record(this.path, this.kind, this.entry);
  }
}

/**
 * A file's facts from its index entry: what the index holds is plain, the rest (a table's
 * columns, creates, contract; a job's overwrites and `depends_on`) comes from the full record on
 * first use, as does a declared table's `columns`.
 */
export function indexedFacts(file: IndexedFile): FileFacts {
  const { path, entry } = file;
  const syntax = entry.syntax ?? NO_DIAGNOSTICS;
  if (!entry.table) return new IndexedJobFacts(path, entry.statements, syntax, file);
  const table = new IndexedTableFacts(entry.table, file);
  if (entry.table.problem) table.problem = entry.table.problem;
  return { path, statements: entry.statements, syntax, table };
}

/** The table facts of an indexed table file's full record. */
function recordTable(file: IndexedFile): NonNullable<FileRecord['facts']['table']> {
  return file.record().facts.table as NonNullable<FileRecord['facts']['table']>;
}

/** A job's facts whose `job` part comes from the full record on first use. */
class IndexedJobFacts implements FileFacts {
  private loaded?: FileFacts['job'];

  constructor(readonly path: string, readonly statements: number, readonly syntax: Diagnostic[], private readonly file: IndexedFile) {}

  get job(): FileFacts['job'] {
    return (this.loaded ??= this.file.record().facts.job);
  }

  set job(value: FileFacts['job']) {
    this.loaded = value;
  }
}

/**
 * Table facts whose declared tables are made on first use (the catalog takes them by name), and
 * whose `creates`, `columns` and `contract` (none with LIKE) come from the full record on first use.
 */
export class IndexedTableFacts implements TableFacts {
  problem?: Diagnostic;
  readonly like: boolean;
  readonly graphName: string;
  readonly pending: readonly IndexedTable[];
  private loaded?: NonNullable<FileRecord['facts']['table']>;
  private replaced?: Partial<Pick<TableFacts, 'declared' | 'creates' | 'columns' | 'contract'>>;
  private made?: TableInfo[];

  constructor(private readonly entry: IndexedTableEntry, private readonly file: IndexedFile) {
    this.like = entry.like;
    this.graphName = entry.graphName ?? entry.names[0];
    this.pending = entry.names.map((name, i) => new IndexedTable(name, this, i));
  }

  get declared(): TableInfo[] {
    return this.replaced?.declared ?? (this.made ??= this.pending.map((t) => t.table));
  }

  set declared(value: TableInfo[]) {
    (this.replaced ??= {}).declared = value;
  }

  get creates(): TableFacts['creates'] {
    return this.replaced?.creates ?? this.record().creates;
  }

  set creates(value: TableFacts['creates']) {
    (this.replaced ??= {}).creates = value;
  }

  get columns(): TableFacts['columns'] {
    return this.replaced?.columns ?? this.record().columns;
  }

  set columns(value: TableFacts['columns']) {
    (this.replaced ??= {}).columns = value;
  }

  get contract(): TableFacts['contract'] {
    return this.like ? undefined : (this.replaced?.contract ?? this.record().contract);
  }

  set contract(value: TableFacts['contract']) {
    (this.replaced ??= {}).contract = value;
  }

  /** Declared table `i`, from the full record. */
  tableAt(i: number): TableInfo {
    return tableFromStored(this.record().declared[i]);
  }

  /**
   * Gives the catalog each declared table's fingerprint — its file's record key (`key:i` after the
   * first) — now for those already made, on first use for the others.
   */
  claim(catalog: FingerprintSink, key: string): void {
    this.pending.forEach((t, i) => t.claim(catalog, i === 0 ? key : `${key}:${i}`));
  }

  private record(): NonNullable<FileRecord['facts']['table']> {
    return (this.loaded ??= recordTable(this.file));
  }
}

/** Where a made table's fingerprint goes (the workspace's `RecordingCatalog`). */
export interface FingerprintSink {
  setFingerprint(table: TableInfo, fingerprint: string): void;
}

/** Declared table `i` of an indexed table file, made on first use. */
class IndexedTable extends PendingTable {
  // Two fields, not an object: a warm run claims 10,000 tables.
  private sink?: FingerprintSink;
  private fingerprint?: string;

  constructor(name: string, private readonly facts: IndexedTableFacts, private readonly i: number) {
    super(name);
  }

  /** Gives `catalog` this table's fingerprint once the table is made (now if it is). */
  claim(catalog: FingerprintSink, fingerprint: string): void {
    const made = this.madeTable;
    if (made) catalog.setFingerprint(made, fingerprint);
    else {
      this.sink = catalog;
      this.fingerprint = fingerprint;
    }
  }

  protected make(): TableInfo {
    const table = this.facts.tableAt(this.i);
    if (this.sink && this.fingerprint !== undefined) this.sink.setFingerprint(table, this.fingerprint);
    return table;
  }
}

/**
 * A catalog table from its stored form, its columns parsed from their JSON text on first use.
 * `columns` stays an own enumerable property, so spreading or serializing the table sees it as any other.
 */
export function tableFromStored(table: StoredTable): TableInfo {
  const { columns: text, ...stored } = table;
  let columns: TableInfo['columns'] | undefined;
  return {
    ...stored,
    get columns() {
      return (columns ??= JSON.parse(text) as TableInfo['columns']);
    },
    set columns(value: TableInfo['columns']) {
      columns = value;
    },
  };
}
