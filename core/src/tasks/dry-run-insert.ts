import type { TableInfo } from '../catalog';
import { duckDbType, type ResultColumn } from '../engines';
import type { InsertFact } from '../analysis';
import type { Span } from '../sql/ast';
import { insertFit, type Fit } from './dry-run-types';

/** An `INSERT INTO "db"."t" ("a", "b") <query>` as translation emits every insert. */
export interface TranslatedInsert {
  /** Lower-case qualified target. */
  table: string;
  columns: string[];
  query: string;
}

const QUOTED = '"(?:[^"]|"")*"';
const INSERT = new RegExp(`^\\s*INSERT INTO ((?:${QUOTED}\\.)*${QUOTED}) \\(((?:${QUOTED}(?:, )?)+)\\) ([\\s\\S]+)$`);

/** The target, column list and source query of a translated INSERT; undefined for other statements. */
export function translatedInsert(sql: string): TranslatedInsert | undefined {
  const m = INSERT.exec(sql);
  if (!m) return undefined;
  const names = (text: string) => [...text.matchAll(new RegExp(QUOTED, 'g'))].map((q) => q[0].slice(1, -1).replace(/""/g, '"'));
  return { table: names(m[1]).join('.').toLowerCase(), columns: names(m[2]), query: m[3] };
}

/** One written column: the contract's type and what the job's query gives it. */
export interface OutputColumn {
  name: string;
  /** Type in the target's DDL. */
  declared?: string;
  /** The query's output type on DuckDB. */
  type: string;
  fit: Fit;
}

/** A mismatch of one column, with where the select item is when the analysis knows it. */
export interface ColumnMismatch {
  column: OutputColumn;
  position: number;
  at?: Span;
}

/**
 * Compares a translated INSERT's described output with the target's DDL, column by column.
 * `fact` (the analysis's view of the same INSERT) locates each select item in the source.
 */
export function compareOutput(insert: TranslatedInsert, described: ResultColumn[], target: TableInfo | undefined, fact: InsertFact | undefined): { columns: OutputColumn[]; mismatches: ColumnMismatch[] } {
  const columns: OutputColumn[] = [];
  const mismatches: ColumnMismatch[] = [];
  insert.columns.forEach((name, i) => {
    const declared = target?.columns.find((c) => c.name.toLowerCase() === name.toLowerCase())?.type;
    const type = described[i]?.type ?? 'unknown';
    const fit = declared === undefined ? 'same' : insertFit(type, duckDbType(declared));
    const column: OutputColumn = { name, declared, type, fit };
    columns.push(column);
    const item = fact?.columns.find((c) => c.target === name.toLowerCase());
    if (fit === 'mismatch') mismatches.push({ column, position: i + 1, at: item && { start: item.start, end: item.end } });
  });
  return { columns, mismatches };
}
