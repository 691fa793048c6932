import { Catalog, type TableInfo } from '../catalog';
import { hashBytes } from './file-hashes';

/**
 * What a computation asked the catalog and a fingerprint of each answer: a cached result that
 * asked the same questions and would get the same answers from today's catalog is still right,
 * however many other tables changed.
 */
export interface CatalogDeps {
  /** `get(name)`: the table's fingerprint, '' for none. */
  get: Record<string, string>;
  /** `withBareName(bare)`: fingerprint of the tables' names and fingerprints. */
  bare: Record<string, string>;
  /** `bareNamesOfLength(n)` ("did you mean"): fingerprint of the names. */
  length: Record<string, string>;
  /** `tables()`: fingerprint of every table; absent when never asked. */
  all?: string;
}

/**
 * A catalog that can record what is asked of it (directly or through a script's overlay
 * catalog, which asks its parent) while {@link RecordingCatalog.record} runs.
 */
export class RecordingCatalog extends Catalog {
  private deps: CatalogDeps | undefined;
  // A Map, not a WeakMap: its tables live as long as the catalog, and 10,000 ephemerons slow every GC.
  private fingerprints = new Map<TableInfo, string>();

  /** An empty catalog that records too and shares this one's fingerprints: answers about the tables both hold compare equal. */
  successor(): RecordingCatalog {
    const next = new RecordingCatalog();
    next.fingerprints = this.fingerprints;
    return next;
  }

  /** A patched copy (the language server's table edits) keeps recording, and the fingerprints its tables had. */
  protected override emptyCopy(): Catalog {
    return this.successor();
  }

  /** Gives `table` a known fingerprint (e.g. its file's content key) instead of hashing it. */
  setFingerprint(table: TableInfo, fingerprint: string): void {
    this.fingerprints.set(table, fingerprint);
  }

  /**
   * `fn`'s result and the catalog questions it asked. Nested recordings (a lint rule making the
   * workspace index a job) also count toward the enclosing one.
   */
  record<T>(fn: () => T): { value: T; deps: CatalogDeps } {
    const outer = this.deps;
    const deps: CatalogDeps = { get: {}, bare: {}, length: {} };
    this.deps = deps;
    try {
      return { value: fn(), deps };
    } finally {
      this.deps = outer;
      if (outer) {
        Object.assign(outer.get, deps.get);
        Object.assign(outer.bare, deps.bare);
        Object.assign(outer.length, deps.length);
        outer.all ??= deps.all;
      }
    }
  }

  /** Whether every recorded question gets the same answer from this catalog now. */
  answersAsBefore(deps: CatalogDeps): boolean {
    for (const [name, fp] of Object.entries(deps.get)) if (this.tableFingerprint(super.get(name)) !== fp) return false;
    for (const [bare, fp] of Object.entries(deps.bare)) if (this.listFingerprint(super.withBareName(bare)) !== fp) return false;
    for (const [length, fp] of Object.entries(deps.length)) if (namesFingerprint(super.bareNamesOfLength(Number(length))) !== fp) return false;
    return deps.all === undefined || this.listFingerprint(super.tables()) === deps.all;
  }

  override get(name: string): TableInfo | undefined {
    const table = super.get(name);
    if (this.deps) this.deps.get[name.toLowerCase()] = this.tableFingerprint(table);
    return table;
  }

  override withBareName(bare: string): TableInfo[] {
    const tables = super.withBareName(bare);
    if (this.deps) this.deps.bare[bare] = this.listFingerprint(tables);
    return tables;
  }

  override bareNamesOfLength(length: number): ReadonlySet<string>[] {
    const names = super.bareNamesOfLength(length);
    if (this.deps && !(length in this.deps.length)) this.deps.length[length] = namesFingerprint(names);
    return names;
  }

  override tables(): TableInfo[] {
    const tables = super.tables();
    if (this.deps && this.deps.all === undefined) this.deps.all = this.listFingerprint(tables);
    return tables;
  }

  /** What answers about `table` are compared by: its file's record key when set, else a hash of the table. */
  fingerprintOf(table: TableInfo): string {
    return this.tableFingerprint(table);
  }

  private tableFingerprint(table: TableInfo | undefined): string {
    if (!table) return '';
    let fp = this.fingerprints.get(table);
    if (fp === undefined) {
      fp = hashBytes(JSON.stringify(table));
      this.fingerprints.set(table, fp);
    }
    return fp;
  }

  private listFingerprint(tables: TableInfo[]): string {
    return hashBytes(tables.map((t) => this.tableFingerprint(t)).join(','));
  }
}

/** The questions of both (for one and the same catalog state, so their answers agree). */
export function mergeDeps(a: CatalogDeps, b: CatalogDeps | undefined): CatalogDeps {
  if (!b) return a;
  return { get: { ...b.get, ...a.get }, bare: { ...b.bare, ...a.bare }, length: { ...b.length, ...a.length }, all: a.all ?? b.all };
}

function namesFingerprint(sets: ReadonlySet<string>[]): string {
  return hashBytes(sets.flatMap((s) => [...s]).sort().join(','));
}
