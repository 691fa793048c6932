import type { TableInfo } from './table-info';

/**
 * A table the catalog knows by name whose description is made on first use: a warm run of a
 * 10,000-table project fills its catalog with names (`Catalog.addPending`), and only the tables a
 * lookup returns are ever made. Made once: every catalog holding it (copies, successors) and the
 * file's facts share the one `TableInfo`.
 */
export abstract class PendingTable {
  private made?: TableInfo;

  /** @param name lower-case, qualified as declared (the `name` the table will have) */
  constructor(readonly name: string) {}

  /** The table, made on first use. */
  get table(): TableInfo {
    return (this.made ??= this.make());
  }

  /** The table if it was made already. */
  protected get madeTable(): TableInfo | undefined {
    return this.made;
  }

  /** Makes the table (called once); its `name` must be this one's. */
  protected abstract make(): TableInfo;
}
