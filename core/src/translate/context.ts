import type { Catalog, TableInfo } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import type { ColumnDef, Dialect, Span } from '../sql/ast';
import { LineIndex } from '../text/line-index';
import type { TranslateInput } from './types';

/** Thrown inside a statement's translation once it met something it cannot translate; the statement is then skipped. */
export class Untranslatable extends Error {}

/**
 * State shared by the units of one file's translation: the source text, variables, catalog
 * (with the script's own temporary tables and views), diagnostics, and the tables the current
 * statement reads.
 */
export class TranslateContext {
  readonly text: string;
  readonly dialect: Dialect;
  readonly file: string;
  readonly vars: Record<string, string>;
  readonly catalog: Catalog;
  readonly diagnostics: Diagnostic[] = [];
  /** Tables the statement being translated reads, lower-case qualified. */
  reads = new Set<string>();
  /** Names defined by the statement's CTEs (lower-case): they shadow tables. */
  cteNames = new Set<string>();
  /** Column types of the tables the statement reads, by lower-case column name (first table wins). */
  columnTypes = new Map<string, string>();
  /** Flink computed columns (`proc_time AS PROCTIME()`) of the script's tables, by lower-case table name. */
  readonly computed = new Map<string, ColumnDef[]>();
  /** Tables read by the script's views, by lower-case view name: a statement reading a view reads them. */
  readonly viewReads = new Map<string, string[]>();
  /** The database of `USE db`, for bare table names. */
  database: string | undefined;
  /** Counter for helper names that must be unique within a statement (`__strata_rows_1`). */
  private serial = 0;
  private readonly lines: LineIndex;

  constructor(input: TranslateInput) {
    this.text = input.text;
    this.dialect = input.dialect;
    this.file = input.file;
    this.vars = input.vars;
    this.catalog = input.catalog.child();
    this.lines = new LineIndex(input.text);
  }

  /** Reports `construct` as untranslatable at `span` and aborts the current statement. */
  fail(span: Span, message: string): never {
    this.report(span, 'error', 'untranslatable', message);
    throw new Untranslatable(message);
  }

  /** A behaviour the bounded DuckDB emulation does not reproduce (streaming jobs). */
  warn(span: Span, message: string): void {
    this.report(span, 'warning', 'not-emulated', message);
  }

  report(span: Span, severity: Diagnostic['severity'], code: string, message: string): void {
    this.diagnostics.push({ file: this.file, start: this.lines.position(span.start), end: this.lines.position(span.end), severity, code, message });
  }

  /** The table `name` (as written) names, from the project catalog or the script's temporary objects. */
  table(name: string): TableInfo | undefined {
    return this.catalog.lookup(name, this.database);
  }

  /** The declared type of a column of the tables the statement reads (`ARRAY<STRING>`), when known. */
  columnType(name: string): string | undefined {
    return this.columnTypes.get(name);
  }

  /** A name unique within the file, for helper tables. */
  helperName(stem: string): string {
    this.serial += 1;
    return `__strata_${stem}_${this.serial}`;
  }
}
