import assert from 'node:assert/strict';
import { Catalog, PendingTable, type TableInfo } from '../../src/catalog';

/** A pending table that counts how often it is made. */
class Counted extends PendingTable {
  calls = 0;

  protected make(): TableInfo {
    this.calls++;
    return { name: this.name, columns: [{ name: 'id', partition: false }], temporary: false, kind: 'table', options: {} };
  }
}

/** A catalog of three pending tables, and the tables. */
function pendingCatalog(): { catalog: Catalog; tables: Record<string, Counted> } {
  const tables = { a: new Counted('dwd.a'), b: new Counted('dwd.bb'), c: new Counted('ods.bb') };
  const catalog = new Catalog();
  Object.values(tables).forEach((t) => catalog.addPending(t));
  return { catalog, tables };
}

/** Which of the three tables were made, in order a, b, c. */
const madeCounts = (tables: Record<string, Counted>) => [tables.a.calls, tables.b.calls, tables.c.calls];

describe('catalog/pending-table: tables made on first lookup', () => {
  const cases: [string, (catalog: Catalog) => unknown, unknown, number[]][] = [
    ['nothing is made by adding', () => undefined, undefined, [0, 0, 0]],
    ['get makes only the table it returns', (c) => c.get('DWD.A')?.name, 'dwd.a', [1, 0, 0]],
    ['a bare name with one table makes it', (c) => c.get('a')?.name, 'dwd.a', [1, 0, 0]],
    ['a catalog prefix', (c) => c.get('hive.dwd.a')?.name, 'dwd.a', [1, 0, 0]],
    ['an ambiguous bare name makes none', (c) => c.get('bb'), undefined, [0, 0, 0]],
    ['an unknown name makes none', (c) => c.get('dwd.zz'), undefined, [0, 0, 0]],
    ['"did you mean" names make none', (c) => c.bareNamesOfLength(2).map((s) => [...s]), [['bb']], [0, 0, 0]],
    ['withBareName makes the tables of that name', (c) => c.withBareName('bb').map((t) => t.name), ['dwd.bb', 'ods.bb'], [0, 1, 1]],
    ['lookup after USE', (c) => c.lookup('bb', 'ods')?.name, 'ods.bb', [0, 0, 1]],
    ['tables() makes every table', (c) => c.tables().map((t) => t.name), ['dwd.a', 'dwd.bb', 'ods.bb'], [1, 1, 1]],
    ['a child catalog sees the parent\'s pending tables', (c) => c.child().get('dwd.bb')?.name, 'dwd.bb', [0, 1, 0]],
    ['a table added over a pending one replaces it, unmade', (c) => {
      c.add({ name: 'dwd.a', columns: [], temporary: false, kind: 'view', options: {} });
      return [c.get('dwd.a')?.kind, c.withBareName('a').length];
    }, ['view', 1], [0, 0, 0]],
    ['a removed pending table is gone, unmade', (c) => {
      c.remove('dwd.a');
      return [c.get('dwd.a'), c.get('a'), c.bareNamesOfLength(1).flatMap((s) => [...s])];
    }, [undefined, undefined, []], [0, 0, 0]],
  ];
  for (const [what, ask, answer, made] of cases) {
    it(what, () => {
      const { catalog, tables } = pendingCatalog();
      assert.deepEqual(ask(catalog), answer);
      assert.deepEqual(madeCounts(tables), made);
    });
  }

  it('makes a table once: every lookup, copy and the pending table give the same object', () => {
    const { catalog, tables } = pendingCatalog();
    const copy = catalog.copy();
    const first = catalog.get('dwd.a');
    assert.ok(first);
    assert.equal(copy.get('dwd.a'), first);
    assert.equal(catalog.get('a'), first);
    assert.equal(tables.a.table, first);
    assert.deepEqual(madeCounts(tables), [1, 0, 0]);
  });
});
