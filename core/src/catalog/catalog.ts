import { PendingTable } from './pending-table';
import type { TableInfo } from './table-info';

/** How many bare names a catalog answers by scanning before it builds its bare-name maps. */
const BARE_SCANS = 8;
const DOT = 46;

/** What the catalog holds per name: a table, or one made on first use. */
type Entry = TableInfo | PendingTable;

/**
 * Tables by lower-case name. Lookups are O(1): one map by qualified name and one by bare table
 * name (so `t` finds `dwd.t` when no other database holds a `t`). Bare names are also indexed by
 * length, so "did you mean" compares only names of about the right length. A child catalog
 * overlays script-local objects (temporary tables and views, CTAS results) on its parent.
 */
export class Catalog {
  private readonly byName = new Map<string, Entry>();
  private readonly byBare = new Map<string, Entry[]>();
  private readonly bareByLength = new Map<number, Set<string>>();
  /**
   * Tables put since the bare-name maps were last brought up to date, each followed by the table
   * it replaced (or undefined): a warm run puts 10,000 tables and may never look one up by bare
   * name, so those maps are updated when first read.
   */
  private readonly unindexed: (Entry | undefined)[] = [];
  /** Tables by bare name found by scanning the names while the bare-name maps are not up to date. */
  private scanned?: Map<string, Entry[]>;

  constructor(private readonly parent?: Catalog) {}

  /** Adds or replaces a table (keyed by its lower-case name). */
  add(table: TableInfo): void {
    this.put(table);
  }

  /** Adds or replaces a table that is made when a lookup first returns it (see {@link PendingTable}). */
  addPending(table: PendingTable): void {
    this.put(table);
  }

  private put(table: Entry): void {
    const key = table.name.toLowerCase();
    this.unindexed.push(table, this.byName.get(key));
    this.byName.set(key, table);
    this.scanned = undefined;
  }

  /** The bare-name maps, brought up to date with the tables put since (in the order they were put). */
  private bareIndex(): Map<string, Entry[]> {
    for (let i = 0; i < this.unindexed.length; i += 2) {
      const previous = this.unindexed[i + 1];
      if (previous) this.removeBare(previous);
      this.addBare(this.unindexed[i] as Entry);
    }
    this.unindexed.length = 0;
    this.scanned = undefined;
    return this.byBare;
  }

  /**
   * The tables whose bare name is `bare` (no dot), in no particular order. Until the bare-name
   * maps are needed anyway, a few names are answered by scanning the qualified names: a warm lint
   * asks about a handful (CTE names a script also looks up), and building the maps for a 10,000
   * table catalog costs more than scanning it that often.
   */
  private tablesNamed(bare: string): Entry[] | undefined {
    if (this.unindexed.length === 0) return this.byBare.get(bare);
    this.scanned ??= new Map();
    if (!this.scanned.has(bare) && this.scanned.size >= BARE_SCANS) return this.bareIndex().get(bare);
    let found = this.scanned.get(bare);
    if (!found) {
      found = [];
      for (const [key, table] of this.byName) if (key.endsWith(bare) && (key.length === bare.length || key.charCodeAt(key.length - bare.length - 1) === DOT)) found.push(table);
      this.scanned.set(bare, found);
    }
    return found;
  }

  private addBare(table: Entry): void {
    const bare = bareName(table.name.toLowerCase());
    const list = this.byBare.get(bare);
    if (list) list.push(table);
    else {
      this.byBare.set(bare, [table]);
      const sameLength = this.bareByLength.get(bare.length);
      if (sameLength) sameLength.add(bare);
      else this.bareByLength.set(bare.length, new Set([bare]));
    }
  }

  /** Removes a table added to this catalog (not to its parent). */
  remove(name: string): void {
    this.bareIndex();
    const table = this.byName.get(name.toLowerCase());
    if (!table) return;
    this.byName.delete(table.name.toLowerCase());
    this.removeBare(table);
  }

  /**
   * Finds a table by qualified name, by a name with a catalog prefix (`hive.dwd.t`,
   * `default_catalog.default_database.t`), or by bare name when exactly one table has it.
   * Case-insensitive. This overlay wins over its parent.
   */
  get(name: string): TableInfo | undefined {
    return this.own(name.toLowerCase()) ?? this.parent?.get(name);
  }

  /**
   * `name` as a script means it after `USE database`: a temporary object of exactly that name
   * (session objects shadow tables), then `database.name`, then `get(name)`. Qualified names and
   * lookups without a current database are plain `get`.
   */
  lookup(name: string, database?: string): TableInfo | undefined {
    const key = name.toLowerCase();
    if (!database || key.includes('.')) return this.get(key);
    const plain = this.get(key);
    if (plain?.temporary && plain.name === key) return plain;
    return this.get(`${database.toLowerCase()}.${key}`) ?? plain;
  }

  /**
   * Bare table names (`t` of `dwd.t`) of exactly `length` characters: one set per overlay level,
   * the parent's first (a name both levels hold is in both). Sets, not a merged copy: this is
   * the hot loop of "did you mean".
   */
  bareNamesOfLength(length: number): ReadonlySet<string>[] {
    const inherited = this.parent?.bareNamesOfLength(length) ?? [];
    this.bareIndex();
    const own = this.bareByLength.get(length);
    return own ? [...inherited, own] : inherited;
  }

  /** Tables whose bare name is `bare` (lower-case), overlay entries shadowing the parent's. */
  withBareName(bare: string): TableInfo[] {
    const own = (this.bareIndex().get(bare) ?? []).map(made);
    const inherited = this.parent?.withBareName(bare).filter((t) => !this.byName.has(t.name.toLowerCase())) ?? [];
    return [...inherited, ...own];
  }

  /** Every table, overlay entries shadowing the parent's of the same name. */
  tables(): TableInfo[] {
    const inherited = this.parent ? this.parent.tables().filter((t) => !this.byName.has(t.name.toLowerCase())) : [];
    return [...inherited, ...[...this.byName.values()].map(made)];
  }

  /** An independent copy of this level (same parent): changing one does not change the other. */
  copy(): Catalog {
    const copy = this.emptyCopy();
    for (const [key, table] of this.byName) copy.byName.set(key, table);
    for (const [bare, tables] of this.bareIndex()) copy.byBare.set(bare, [...tables]);
    for (const [length, names] of this.bareByLength) copy.bareByLength.set(length, new Set(names));
    return copy;
  }

  /** An empty catalog of this one's class and parent, for {@link copy} (subclasses keep their own state). */
  protected emptyCopy(): Catalog {
    return new Catalog(this.parent);
  }

  /** An overlay for objects local to one script; it sees everything in this catalog. */
  child(): Catalog {
    return new Catalog(this);
  }

  private own(name: string): TableInfo | undefined {
    const exact = this.byName.get(name);
    if (exact) return made(exact);
    const parts = name.split('.');
    // `catalog.db.t`: drop the catalog (and, for Flink's default database, the database) prefix.
    for (let i = 1; parts.length >= 3 && i < parts.length; i++) {
      const hit = this.byName.get(parts.slice(i).join('.'));
      if (hit) return made(hit);
    }
    if (parts.length !== 1) return undefined;
    const candidates = this.tablesNamed(name);
    return candidates?.length === 1 ? made(candidates[0]) : undefined;
  }

  private removeBare(table: Entry): void {
    const bare = bareName(table.name.toLowerCase());
    const rest = (this.byBare.get(bare) ?? []).filter((t) => t !== table);
    if (rest.length > 0) {
      this.byBare.set(bare, rest);
      return;
    }
    this.byBare.delete(bare);
    this.bareByLength.get(bare.length)?.delete(bare);
  }
}

/** The table of an entry, made now if it is pending. */
function made(entry: Entry): TableInfo {
  return entry instanceof PendingTable ? entry.table : entry;
}

function bareName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}
