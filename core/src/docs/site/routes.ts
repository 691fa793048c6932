import { slug } from '../slug';

/** Hash routes of the site: they work from file:// and any static host. */
export type Route =
  | { page: 'overview' }
  | { page: 'table'; slug: string; column?: string }
  | { page: 'job'; slug: string }
  | { page: 'layer'; slug: string }
  | { page: 'dag'; selector: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map((p) => decodeURIComponent(p));
  switch (parts[0]) {
    case 'table':
      return parts[2] ? { page: 'table', slug: parts[1], column: parts[2] } : { page: 'table', slug: parts[1] ?? '' };
    case 'job':
      return { page: 'job', slug: parts[1] ?? '' };
    case 'layer':
      return { page: 'layer', slug: parts[1] ?? '' };
    case 'dag':
      return { page: 'dag', selector: parts.slice(1).join('/') };
    default:
      return { page: 'overview' };
  }
}

export const tableHref = (name: string): string => `#/table/${encodeURIComponent(slug(name))}`;
export const columnHref = (table: string, column: string): string => `${tableHref(table)}/${encodeURIComponent(column)}`;
export const jobHref = (name: string): string => `#/job/${encodeURIComponent(slug(name))}`;
export const layerHref = (name: string): string => `#/layer/${encodeURIComponent(slug(name))}`;
export const dagHref = (selector: string): string => `#/dag/${encodeURIComponent(selector)}`;

/** `db.table.col` split at its last dot. */
export function splitColumn(id: string): { table: string; column: string } {
  const dot = id.lastIndexOf('.');
  return { table: id.slice(0, dot), column: id.slice(dot + 1) };
}
