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
});
