import assert from 'node:assert/strict';
import { Catalog, TableInfo } from '../../src/catalog';

const table = (name: string, temporary = false): TableInfo => ({ name, columns: [], temporary, kind: 'table', options: {} });

describe('catalog lookup in a current database', () => {
  const catalog = new Catalog();
  for (const name of ['dwd.t', 'ods.t', 'ods.u', 'dim.dim_room_df']) catalog.add(table(name));
  const local = catalog.child();
  local.add(table('v', true));
  local.add(table('u', true));

  const cases: { name: string; lookup: string; database?: string; found?: string }[] = [
    { name: 'the current database first', lookup: 't', database: 'dwd', found: 'dwd.t' },
    { name: 'another current database', lookup: 'T', database: 'ODS', found: 'ods.t' },
    { name: 'then the bare-name rule', lookup: 'dim_room_df', database: 'ads', found: 'dim.dim_room_df' },
    { name: 'no guess between databases', lookup: 't', database: 'ads', found: undefined },
    { name: 'without a database: plain get', lookup: 'dim_room_df', found: 'dim.dim_room_df' },
    { name: 'qualified names ignore the database', lookup: 'ods.t', database: 'dwd', found: 'ods.t' },
    { name: 'a temporary object shadows the database', lookup: 'u', database: 'ods', found: 'u' },
    { name: 'a temporary object is found from any database', lookup: 'v', database: 'dwd', found: 'v' },
  ];
  for (const c of cases) {
    it(c.name, () => assert.equal(local.lookup(c.lookup, c.database)?.name, c.found));
  }
});

describe('catalog bare-name index', () => {
  it('lists bare names by length across overlays and forgets removed ones', () => {
    const catalog = new Catalog();
    catalog.add(table('dwd.abc'));
    catalog.add(table('ods.abc'));
    catalog.add(table('ods.xyz'));
    const child = catalog.child();
    child.add(table('tmp.qrs'));
    const names = (c: Catalog, length: number) => [...new Set(c.bareNamesOfLength(length).flatMap((s) => [...s]))].sort();
    assert.deepEqual(names(child, 3), ['abc', 'qrs', 'xyz']);
    assert.deepEqual(child.withBareName('abc').map((t) => t.name).sort(), ['dwd.abc', 'ods.abc']);
    catalog.remove('ods.xyz');
    assert.deepEqual(names(catalog, 3), ['abc']);
    catalog.remove('dwd.abc');
    assert.deepEqual(names(catalog, 3), ['abc']);
    catalog.remove('ods.abc');
    assert.deepEqual(names(catalog, 3), []);
    assert.deepEqual(names(catalog, 4), []);
  });

  it('lets an overlay entry shadow the parent entry of the same name', () => {
    const catalog = new Catalog();
    catalog.add(table('dwd.abc'));
    const child = catalog.child();
    child.add({ ...table('dwd.abc'), comment: 'local' });
    assert.deepEqual(child.withBareName('abc').map((t) => t.comment), ['local']);
  });

  it('answers bare names the same before and after it builds its bare-name maps', () => {
    const names = ['dwd.abc', 'ods.abc', 'ods.xyz', 'xyz2', 'dim.abcd', 'tmp.bc'];
    const fresh = () => {
      const catalog = new Catalog();
      for (const name of names) catalog.add(table(name));
      // Replacing a table keeps one entry for its name.
      catalog.add({ ...table('ods.xyz'), comment: 'replaced' });
      return catalog;
    };
    const asked = ['abc', 'xyz', 'xyz2', 'bc', 'abcd', 'c', 'missing'];
    const scanned = fresh();
    const indexed = fresh();
    indexed.withBareName('abc');
    for (const bare of asked) assert.deepEqual(scanned.get(bare), indexed.get(bare), bare);
    assert.equal(scanned.get('xyz')?.comment, 'replaced');
    assert.equal(scanned.get('abc'), undefined);
  });

  it('sees tables added and removed after a scan, and past the names it scans for', () => {
    const catalog = new Catalog();
    catalog.add(table('dwd.t0'));
    assert.equal(catalog.get('t1'), undefined);
    catalog.add(table('dwd.t1'));
    assert.equal(catalog.get('t1')?.name, 'dwd.t1');
    catalog.add(table('ods.t1'));
    assert.equal(catalog.get('t1'), undefined);
    catalog.remove('ods.t1');
    assert.equal(catalog.get('t1')?.name, 'dwd.t1');
    for (let i = 2; i < 20; i++) {
      catalog.add(table(`dwd.t${i}`));
      assert.equal(catalog.get(`t${i}`)?.name, `dwd.t${i}`);
      assert.equal(catalog.get(`t${i - 1}`)?.name, `dwd.t${i - 1}`);
    }
    // More names than it scans for: the maps answer the rest.
    for (let i = 0; i < 20; i++) assert.equal(catalog.get(`t${i}`)?.name, `dwd.t${i}`);
    assert.deepEqual(catalog.withBareName('t7').map((t) => t.name), ['dwd.t7']);
  });
});
