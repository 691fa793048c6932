import type { Catalog } from '../catalog';
import type { Script, Star } from '../sql/ast';
import { runScript } from './run-script';

/**
 * What each `*` of the script expands to, in order (`SELECT *` over a join: the merged USING
 * columns, then each relation's), by the Star node; undefined where some columns are undeclared
 * (a table without DDL). Runs the analysis once more: for callers that need it rarely (a lint fix).
 */
export function starColumns(script: Script, catalog?: Catalog): Map<Star, string[] | undefined> {
  const out = new Map<Star, string[] | undefined>();
  runScript(script, catalog, catalog !== undefined, out);
  return out;
}

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The text that replaces `star` (in `text`) by its `columns`, qualified like the star (`t.*` →
 * `t.a, t.b`), names that need it quoted; undefined when there is no safe rewrite: columns
 * unknown, none, or an unqualified `*` over relations sharing a column name.
 */
export function starReplacement(text: string, star: Star, columns: string[] | undefined): string | undefined {
  if (!columns || columns.length === 0 || (!star.qualifier && new Set(columns).size < columns.length)) return undefined;
  const prefix = star.qualifier ? `${text.slice(star.qualifier[0].start, star.qualifier[star.qualifier.length - 1].end)}.` : '';
  return columns.map((c) => prefix + quoted(c)).join(', ');
}

function quoted(name: string): string {
  return PLAIN_NAME.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}
