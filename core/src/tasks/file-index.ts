import type { StoredTable } from '../cache/stored-table';
import type { TableInfo } from '../catalog';
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
  table?: { declared: Omit<StoredTable, 'columns'>[]; like: boolean; graphName: string; problem?: Diagnostic };
}

/** The index entry of a record. */
export function indexEntry(record: FileRecord): IndexEntry {
  const { file, facts } = record;
  const entry: IndexEntry = { key: record.key, dialect: file.dialect, name: file.name, statements: facts.statements };
  if (file.layer !== undefined) entry.layer = file.layer;
  if (file.frontMatter) entry.fm = 1;
  if (record.load.length > 0) entry.load = record.load;
  if (facts.syntax.length > 0) entry.syntax = facts.syntax;
  const table = facts.table;
  if (table) {
    entry.table = { declared: table.declared.map(withoutColumns), like: table.like, graphName: table.graphName };
    if (table.problem) entry.table.problem = table.problem;
  }
  return entry;
}

function withoutColumns(table: StoredTable): Omit<StoredTable, 'columns'> {
  const rest: Partial<StoredTable> = { ...table };
  delete rest.columns;
  return rest as Omit<StoredTable, 'columns'>;
}

/** A loaded file from its index entry: `frontMatter` comes from the full record on first use. */
export function indexedFile(path: string, kind: SqlFile['kind'], entry: IndexEntry, full: () => FileRecord): Omit<SqlFile, 'text'> {
  const file: Omit<SqlFile, 'text'> = { path, kind, dialect: entry.dialect, name: entry.name };
  if (entry.layer !== undefined) file.layer = entry.layer;
  if (entry.fm) lazyProperty(file, 'frontMatter', () => full().file.frontMatter);
  return file;
}

/**
 * A file's facts from its index entry: what the index holds is plain, the rest (a table's
 * columns, creates, contract; a job's overwrites and `depends_on`) comes from the full record on
 * first use, as does a declared table's `columns`.
 */
export function indexedFacts(path: string, entry: IndexEntry, full: () => FileRecord): FileFacts {
  const facts: FileFacts = { path, statements: entry.statements, syntax: entry.syntax ?? [] };
  const fullFacts = () => full().facts;
  if (entry.table) {
    const declared = entry.table.declared.map((stored, i) => {
      const table = { ...stored } as TableInfo;
      lazyProperty(table, 'columns', () => JSON.parse((fullFacts().table as { declared: StoredTable[] }).declared[i].columns) as TableInfo['columns']);
      return table;
    });
    const table = { declared, like: entry.table.like, graphName: entry.table.graphName } as TableFacts;
    if (entry.table.problem) table.problem = entry.table.problem;
    const keys: ('creates' | 'columns' | 'contract')[] = entry.table.like ? ['creates', 'columns'] : ['creates', 'columns', 'contract'];
    for (const key of keys) lazyProperty(table, key, () => fullFacts().table?.[key] as TableFacts[typeof key]);
    facts.table = table;
  } else {
    lazyProperty(facts, 'job', () => fullFacts().job);
  }
  return facts;
}

/**
 * An own enumerable property computed on first read (so spreading, serializing and deep
 * comparison see it as a plain one); an assignment replaces it.
 */
function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  let value: T[K];
  let done = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
    set: (next: T[K]) => {
      value = next;
      done = true;
    },
  });
}
