import type { Catalog, TableInfo } from '../catalog';
import { StrataError } from '../errors';
import { readCsv } from '../project/csv-header';
import type { SeedFile } from '../project/model';
import type { Engine } from './engine';
import { RowError } from './row-error';

/** The catalog table `seeds/<name>.csv` loads into: the one table whose bare name is `<name>`. */
export function seedTable(catalog: Catalog, seed: Pick<SeedFile, 'table'>): TableInfo | undefined {
  const found = catalog.withBareName(seed.table.toLowerCase());
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Inserts the rows of a seed CSV text into `table` (created in `engine` before). The header names
 * columns of the table (any order, any subset); an empty field is NULL; struct, array and map values
 * are JSON text. A bad header name or value throws a `data` StrataError located in `file`.
 * Returns the number of rows loaded.
 */
export async function loadSeed(engine: Engine, table: TableInfo, text: string, file: string): Promise<number> {
  const csv = readCsv(text);
  const known = new Set(table.columns.map((c) => c.name.toLowerCase()));
  csv.columns.forEach((name, i) => {
    if (known.has(name.toLowerCase())) return;
    const character = text.split('\n')[0].split(',').slice(0, i).join(',').length + (i > 0 ? 1 : 0);
    throw new StrataError('data', `seed column '${name}' is not a column of '${table.name}'; rename it or remove it`, { file, line: 0, character });
  });
  try {
    await engine.insertRows(table.name, csv.columns, csv.records.map((r) => r.fields.map((f) => (f === '' ? null : f))));
  } catch (e) {
    if (!(e instanceof RowError)) throw e;
    // Said at the record's own line of the file instead of as the n-th row.
    const line = csv.records[e.row - 1].line;
    throw new StrataError('data', e.message.replace(` row ${e.row}`, ''), { file, line, character: 0 });
  }
  return csv.records.length;
}
