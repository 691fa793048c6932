import type { CommandStatement, CreateView, Property } from '../ast';
import type { Parser } from './parser';
import { parseProperties } from './properties';
import { emptyQuery, parseQuery, startsQuery } from './queries';

/**
 * Spark `CACHE [LAZY] TABLE t [OPTIONS (...)] [AS] query`: defines the temporary view `t` (and
 * caches it), so it becomes a `CreateView` with `cache` set. Caching an existing table
 * (`CACHE TABLE t`, no query) defines nothing: a `CommandStatement` naming the table.
 */
export function parseCache(p: Parser): CreateView | CommandStatement {
  const start = p.start();
  p.next();
  const lazy = p.eat('LAZY');
  p.expect('TABLE');
  const command = lazy ? 'CACHE LAZY TABLE' : 'CACHE TABLE';
  const name = p.qualifiedName('a table name');
  const options: Property[] = p.eat('OPTIONS') ? parseProperties(p) : [];
  if (!name || p.atEnd()) return { kind: 'CommandStatement', command, name, args: [], start, end: p.lastEnd };
  const view: CreateView = {
    kind: 'CreateView', orReplace: false, temporary: true, ifNotExists: false, materialized: false,
    name, tblProperties: [], cache: { lazy, options }, query: emptyQuery(p, p.start()), start, end: start,
  };
  p.eat('AS');
  if (startsQuery(p)) view.query = parseQuery(p);
  else p.unexpected('a query');
  view.end = p.lastEnd;
  return view;
}
