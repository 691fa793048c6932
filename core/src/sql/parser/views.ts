import type { CreateView, DataType, Identifier, Property } from '../ast';
import { createFlags, ifNotExists, parseRowFormat, skipWordsAndProps, storageHandler, storedAsValue } from './ddl';
import type { Parser } from './parser';
import { parseProperties, parseStringValue } from './properties';
import { emptyQuery, parseQuery } from './queries';
import { parseDataType } from './types';

/** `CREATE [OR REPLACE] [TEMPORARY] [MATERIALIZED] VIEW [IF NOT EXISTS] v [(cols)] [COMMENT] [TBLPROPERTIES] AS query` (Spark also `USING fmt`). */
export function parseCreateView(p: Parser): CreateView {
  const start = p.start();
  const flags = createFlags(p);
  p.next(); // VIEW
  const notExists = ifNotExists(p);
  const name = p.qualifiedName('a view name') ?? { kind: 'QualifiedName' as const, parts: [], start: p.start(), end: p.start() };
  const view: CreateView = {
    kind: 'CreateView', orReplace: flags.orReplace, temporary: flags.temporary, ifNotExists: notExists,
    materialized: flags.materialized, name, tblProperties: [], query: emptyQuery(p, p.start()), start, end: start,
  };
  if (p.at('(')) view.columns = parseViewColumns(p);
  for (;;) {
    if (p.eat('COMMENT')) view.comment = parseStringValue(p);
    else if (p.eat('TBLPROPERTIES')) view.tblProperties = parseProperties(p);
    else if (!(flags.materialized && p.dialect === 'hive' && materializedViewClause(p))) break;
  }
  if (p.dialect === 'spark' && p.at('USING')) view.using = parseViewSource(p);
  else if (p.expect('AS')) view.query = parseQuery(p);
  view.end = p.lastEnd;
  return view;
}

/**
 * Hive's materialized view storage clauses, checked for shape only: `DISABLE|ENABLE REWRITE`,
 * `PARTITIONED|CLUSTERED|DISTRIBUTED|SORTED ON (cols)`, `ROW FORMAT ...`, `STORED AS f`,
 * `STORED BY 'handler' [WITH SERDEPROPERTIES (...)]`, `LOCATION 'x'`. False when none is at the cursor.
 */
function materializedViewClause(p: Parser): boolean {
  const w = p.peek();
  const next = p.peek(1);
  if ((w === 'DISABLE' || w === 'ENABLE') && next === 'REWRITE') {
    p.next();
    p.next();
  } else if (MV_ORGANIZATION.has(w) && next === 'ON') {
    p.next();
    p.next();
    p.identList();
  } else if (w === 'ROW' && next === 'FORMAT') parseRowFormat(p);
  else if (w === 'STORED' && (next === 'AS' || next === 'BY')) {
    p.next();
    p.next();
    if (next === 'AS') storedAsValue(p);
    else storageHandler(p);
    if (p.at('WITH') && p.peek(1) === 'SERDEPROPERTIES') skipWordsAndProps(p, 2);
  } else if (p.eat('LOCATION')) parseStringValue(p);
  else return false;
  return true;
}

const MV_ORGANIZATION = new Set(['PARTITIONED', 'CLUSTERED', 'DISTRIBUTED', 'SORTED']);

/** Spark `USING fmt [OPTIONS (...)]` of a temporary view over files. */
function parseViewSource(p: Parser): { format: string; options: Property[] } {
  p.next();
  const format = p.qualifiedName('a data source name');
  const options = p.eat('OPTIONS') ? parseProperties(p) : [];
  return { format: format ? p.text.slice(format.start, format.end) : '', options };
}

function parseViewColumns(p: Parser): NonNullable<CreateView['columns']> {
  const open = p.start();
  p.next();
  const out: NonNullable<CreateView['columns']> = [];
  do {
    const name = p.ident('a column name');
    if (!name) return out;
    // Spark `USING` views declare typed columns: `(a INT COMMENT 'x', ...)`.
    const type = p.at(',') || p.at(')') || p.at('COMMENT') ? undefined : parseDataType(p);
    const column: { name: Identifier; comment?: string; type?: DataType } = type ? { name, type } : { name };
    if (p.eat('COMMENT')) column.comment = parseStringValue(p);
    out.push(column);
  } while (p.eat(','));
  p.close(open);
  return out;
}
