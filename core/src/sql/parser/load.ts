import type { InsertDirectory, LoadData, Property } from '../ast';
import { parseRowFormat, storedAsValue } from './ddl';
import { parsePartitionSpec } from './dml';
import { missingName } from './misc';
import type { Parser } from './parser';
import { parseProperties, parseStringValue } from './properties';
import { emptyQuery, parseQuery, startsQuery } from './queries';

/** `LOAD DATA [LOCAL] INPATH 'path' [OVERWRITE] INTO TABLE t [PARTITION (...)]`. */
export function parseLoadData(p: Parser): LoadData {
  const start = p.start();
  p.next();
  p.next(); // DATA
  const local = p.eat('LOCAL');
  p.expect('INPATH');
  const path = p.halted ? '' : parseStringValue(p) ?? '';
  const overwrite = p.eat('OVERWRITE');
  p.expect('INTO');
  p.expect('TABLE');
  const table = p.qualifiedName('a table name') ?? missingName(p);
  const partition = p.eat('PARTITION') ? parsePartitionSpec(p) : [];
  // Hive 3 `INPUTFORMAT '...' SERDE '...'` after the partition.
  if (p.eat('INPUTFORMAT')) {
    parseStringValue(p);
    if (p.expect('SERDE')) parseStringValue(p);
  }
  return { kind: 'LoadData', local, path, overwrite, table, partition, start, end: p.lastEnd };
}

/** True at `INSERT OVERWRITE [LOCAL] DIRECTORY`. */
export function atInsertDirectory(p: Parser): boolean {
  return p.peek(1) === 'OVERWRITE' && p.peek(p.peek(2) === 'LOCAL' ? 3 : 2) === 'DIRECTORY';
}

/** `INSERT OVERWRITE [LOCAL] DIRECTORY ['path'] [ROW FORMAT ... | STORED AS f | USING f [OPTIONS (...)]] query`. */
export function parseInsertDirectory(p: Parser): InsertDirectory {
  const start = p.start();
  p.next();
  p.next();
  const local = p.eat('LOCAL');
  p.next(); // DIRECTORY
  const stmt: InsertDirectory = { kind: 'InsertDirectory', local, options: [], query: emptyQuery(p, p.start()), start, end: start };
  if (p.kind() === 'string') stmt.path = parseStringValue(p);
  parseDirectoryFormat(p, stmt);
  stmt.path ??= pathOption(stmt.options);
  if (stmt.path === undefined && !p.halted) p.unexpected("a directory path ('path' or OPTIONS (path '...'))");
  if (startsQuery(p)) stmt.query = parseQuery(p);
  else p.unexpected("a query ('SELECT' or 'VALUES')");
  stmt.end = p.lastEnd;
  return stmt;
}

function parseDirectoryFormat(p: Parser, stmt: InsertDirectory): void {
  if (p.eat('USING')) {
    stmt.format = p.ident('a data source name')?.name;
    if (p.eat('OPTIONS')) stmt.options = parseProperties(p);
    return;
  }
  if (p.at2('ROW', 'FORMAT')) parseRowFormat(p);
  if (p.at2('STORED', 'AS')) {
    p.next();
    p.next();
    stmt.format = storedAsValue(p);
  }
}

function pathOption(options: Property[]): string | undefined {
  return options.find((o) => o.key.toLowerCase() === 'path')?.value;
}
