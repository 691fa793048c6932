import { analyzeScript, Catalog, LineIndex, parse, type Dialect } from '@strata/core';
import type { DocumentSnapshot } from '../../src/snapshot';
import { caret } from '../caret';

/** A standalone snapshot of `marked` (caret at `|`) over `catalog`, as features receive it. */
export function snapshotOf(marked: string, catalog?: Catalog, dialect: Dialect = 'spark') {
  const { text, position } = caret(marked);
  const script = parse(text, dialect);
  const doc: DocumentSnapshot = { uri: 'untitled:test.sql', text, dialect, script, lines: new LineIndex(text), catalog, analysis: analyzeScript(script, { catalog }) };
  return { doc, position };
}

/** A catalog of `count` tables `db.t000`... with columns `id` and `name`. */
export function manyTables(count: number): Catalog {
  const catalog = new Catalog();
  for (let i = 0; i < count; i++) {
    const name = `db.t${String(i).padStart(3, '0')}`;
    catalog.add({ name, columns: [{ name: 'id', type: 'BIGINT', partition: false }, { name: 'name', type: 'STRING', partition: false }], temporary: false, kind: 'table', options: {} });
  }
  return catalog;
}
