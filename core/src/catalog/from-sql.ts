import { parse, type Dialect } from '../sql';
import { Catalog } from './catalog';
import { tableFromCreate } from './from-create';

/** A catalog of the tables and views that `ddl` creates (tests, rule examples, standalone files). */
export function catalogFromSql(ddl: string, dialect: Dialect = 'spark'): Catalog {
  const catalog = new Catalog();
  for (const s of parse(ddl, dialect).statements) {
    if (s.kind === 'CreateTable' || s.kind === 'CreateView') catalog.add(tableFromCreate(s, undefined, dialect));
  }
  return catalog;
}
