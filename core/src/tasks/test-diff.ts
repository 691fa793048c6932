import type { HiveType } from '../engines/hive-type';
import type { SpecRow } from './test-rows';
import { sameValue } from './test-values';

/** A row as the reports show it: column to value, in table column order. */
export type ReportRow = Record<string, unknown>;

/** An expected row and the actual row most like it, with the columns that differ. */
export interface ChangedRow {
  /** 1-based line of the expected row in the test file. */
  line: number;
  expected: ReportRow;
  actual: ReportRow;
  columns: string[];
}

/** How the rows of one table differ from what the test expects; all empty when they match. */
export interface TableDiff {
  table: string;
  expectedRows: number;
  actualRows: number;
  /** Expected rows no actual row resembles, with their 1-based lines. */
  missing: { line: number; row: ReportRow }[];
  /** Actual rows no expected row resembles. */
  unexpected: ReportRow[];
  changed: ChangedRow[];
}

/** A column compared by the diff: its name and type. */
export interface DiffColumn {
  name: string;
  type: HiveType;
}

/**
 * Compares actual rows with expected ones. Unordered: each expected row takes an equal actual
 * row (a multiset match), then the leftovers pair up by most equal columns — a pair agreeing on
 * more than half its columns is shown as one changed row, the rest as missing and unexpected.
 * Ordered: row i against row i.
 */
export function diffRows(table: string, columns: DiffColumn[], expected: SpecRow[], actual: unknown[][], ordered: boolean): TableDiff {
  const diff: TableDiff = { table, expectedRows: expected.length, actualRows: actual.length, missing: [], unexpected: [], changed: [] };
  const differing = (e: SpecRow, a: unknown[]) => columns.filter((c, i) => !sameValue(c.type, e.values.get(c.name) ?? null, a[i])).map((c) => c.name);
  const show = (a: unknown[]): ReportRow => Object.fromEntries(columns.map((c, i) => [c.name, jsonSafe(a[i])]));
  const showExpected = (e: SpecRow): ReportRow => Object.fromEntries(columns.map((c) => [c.name, e.values.get(c.name) ?? null]));
  const leftExpected: SpecRow[] = [];
  const leftActual = ordered ? [] : actual.slice();
  if (ordered) {
    expected.forEach((e, i) => {
      const a = actual[i];
      if (a === undefined) leftExpected.push(e);
      else if (differing(e, a).length > 0) diff.changed.push({ line: e.at.line + 1, expected: showExpected(e), actual: show(a), columns: differing(e, a) });
    });
    leftActual.push(...actual.slice(expected.length));
  } else {
    for (const e of expected) {
      const at = leftActual.findIndex((a) => differing(e, a).length === 0);
      if (at >= 0) leftActual.splice(at, 1);
      else leftExpected.push(e);
    }
    pairNearMatches(leftExpected, leftActual, columns.length, differing).forEach(([e, a, cols]) => {
      diff.changed.push({ line: e.at.line + 1, expected: showExpected(e), actual: show(a), columns: cols });
    });
  }
  diff.missing = leftExpected.map((e) => ({ line: e.at.line + 1, row: showExpected(e) }));
  diff.unexpected = leftActual.map(show);
  return diff;
}

/** Greedy pairing of leftover rows, most similar first; paired rows leave both lists. */
function pairNearMatches(expected: SpecRow[], actual: unknown[][], width: number, differing: (e: SpecRow, a: unknown[]) => string[]): [SpecRow, unknown[], string[]][] {
  const candidates: { e: SpecRow; a: unknown[]; cols: string[] }[] = [];
  for (const e of expected) for (const a of actual) candidates.push({ e, a, cols: differing(e, a) });
  candidates.sort((x, y) => x.cols.length - y.cols.length || x.e.at.line - y.e.at.line);
  const pairs: [SpecRow, unknown[], string[]][] = [];
  const used = new Set<unknown>();
  for (const c of candidates) {
    if (c.cols.length * 2 >= width || used.has(c.e) || used.has(c.a)) continue;
    used.add(c.e);
    used.add(c.a);
    pairs.push([c.e, c.a, c.cols]);
  }
  const keep = <T>(list: T[]) => list.filter((x) => !used.has(x));
  const [restE, restA] = [keep(expected), keep(actual)];
  expected.splice(0, expected.length, ...restE);
  actual.splice(0, actual.length, ...restA);
  return pairs.sort((x, y) => x[0].at.line - y[0].at.line);
}

/** Values as JSON can hold them: integers beyond 2^53 (bigint) as their digits. */
export function jsonSafe(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  return value;
}

/** No difference at all. */
export function isClean(diff: TableDiff): boolean {
  return diff.missing.length === 0 && diff.unexpected.length === 0 && diff.changed.length === 0;
}
