import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { ColumnInfo, TableInfo } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import { parseHiveType, type HiveType } from '../engines/hive-type';
import { plainValue, ValueError } from '../engines/values';
import { closest } from '../text/closest';
import type { Position } from '../text/line-index';
import type { Locator } from './test-spec';

/** One row of a test file: column (lower-case) to its value, checked and made plain. */
export interface SpecRow {
  /** Where the row starts in the test file (0-based). */
  at: Position;
  values: Map<string, unknown>;
}

/** The columns a row may name: what an INSERT writes (Flink computed and metadata columns are not). */
export function writableColumns(table: TableInfo): ColumnInfo[] {
  return table.columns.filter((c) => !c.readOnly && c.origin === undefined);
}

/** A column's type as a tree; untyped columns (unknown view columns) take any text. */
export function columnType(column: ColumnInfo): HiveType {
  return parseHiveType(column.type ?? 'STRING');
}

/**
 * Checks one row against its table: a mapping, known columns, values that fit their types and,
 * for an expected row (`complete`), every column named — a left-out column would silently match
 * anything, so NULL must be written `null`. `label` is the row's key path (`given.t[2]`).
 */
export function checkRowValues(label: string, node: YamlNode | null, table: TableInfo, complete: boolean, at: Locator): { row: SpecRow; problems: Diagnostic[] } {
  const row: SpecRow = { at: at.position(node), values: new Map() };
  if (!isMap(node)) return { row, problems: [at.problem(node, `${label}: expected a row (a mapping of column to value)`)] };
  const problems: Diagnostic[] = [];
  const columns = writableColumns(table);
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  for (const pair of node.items) {
    const written = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const column = byName.get(written.toLowerCase());
    const problem = column === undefined
      ? unknownColumn(written, table, columns)
      : columns.includes(column) ? undefined : `column '${written}' of ${table.name} is computed by its DDL; leave it out`;
    if (problem !== undefined || column === undefined) {
      problems.push(at.problem(pair.key, `${label}: ${problem}`));
      continue;
    }
    const raw = isScalar(pair.value) ? pair.value.value : (pair.value as YamlNode | null)?.toJSON();
    try {
      row.values.set(column.name, plainValue(columnType(column), raw));
    } catch (error) {
      if (!(error instanceof ValueError)) throw error;
      problems.push(at.problem(pair.value ?? pair.key, `${label}.${written}: ${error.message}`));
    }
  }
  if (complete) {
    const missing = columns.filter((c) => !row.values.has(c.name) && !problems.some((p) => p.message.startsWith(`${label}.${c.name}:`)));
    if (missing.length > 0) {
      const names = missing.map((c) => c.name).join(', ');
      problems.push(at.problem(node, `${label}: missing column${missing.length > 1 ? 's' : ''} ${names}; an expected row names every column (write null for NULL)`));
    }
  }
  return { row, problems };
}

function unknownColumn(written: string, table: TableInfo, columns: ColumnInfo[]): string {
  const guess = closest(written.toLowerCase(), columns.map((c) => c.name));
  return `unknown column '${written}' of ${table.name}${guess ? `; did you mean '${guess}'?` : ''}`;
}
