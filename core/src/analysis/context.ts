import type { Catalog } from '../catalog';
import type { Severity } from '../diagnostic';
import type { Dialect, Select, Span, Star } from '../sql/ast';
import type { FactCollector } from './facts';
import type { Scope } from './scope';

/** A semantic problem found while resolving names: unknown table/column, ambiguity, insert shape. */
export interface AnalysisDiagnostic {
  code:
    | 'unknown-table' | 'unknown-column' | 'ambiguous-column' | 'insert-column-count' | 'insert-partition' | 'duplicate-column' | 'duplicate-option'
    | 'set-operation-columns' | 'unnamed-column' | 'internal-error';
  message: string;
  /** 0-based offsets of the bad reference. */
  start: number;
  end: number;
  severity: Severity;
}

/** Something lineage could not trace exactly (e.g. an unresolvable column became `?.col`). */
export interface LineageWarning {
  message: string;
  start: number;
  end: number;
}

/** State shared while analysing one statement. */
export interface Ctx {
  /** Script overlay: project tables plus objects the script declared so far. */
  catalog: Catalog;
  dialect: Dialect;
  /** Report tables missing from the catalog (project mode: the catalog is authoritative). */
  catalogIsComplete: boolean;
  /** The database a `USE` made current: bare table names resolve in it first. */
  database?: string;
  /** The statement has a syntax error: what it declares gets an open shape (`TableInfo.open`). */
  broken?: boolean;
  reads: Set<string>;
  /** Source columns used in WHERE / JOIN / GROUP BY / HAVING / QUALIFY. */
  filters: Set<string>;
  warnings: LineageWarning[];
  problems: AnalysisDiagnostic[];
  /** Called with each SELECT's scope once its FROM is in place (editors ask what is in scope at the caret). */
  onScope?: (select: Select, scope: Scope, ctx: Ctx) => void;
  /** When set, each `*` the analysis expands records its column names (undefined when some are undeclared). */
  starColumns?: Map<Star, string[] | undefined>;
  /** What lint rules need (insert columns, comparisons, partition reads, joins), script-wide. */
  facts: FactCollector;
}

export function warn(ctx: Ctx, message: string, at: Span): void {
  ctx.warnings.push({ message, start: at.start, end: at.end });
}

export function problem(ctx: Ctx, code: AnalysisDiagnostic['code'], message: string, at: Span, severity: Severity = 'error'): void {
  ctx.problems.push({ code, message, start: at.start, end: at.end, severity });
}

/** `did you mean 'x'?` suffix, or nothing. */
export function suggestion(hint: string | undefined): string {
  return hint ? `; did you mean '${hint}'?` : '';
}
