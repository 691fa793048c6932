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
