import type { TableInfo } from '../../catalog';
import type { CreateTable, Span } from '../../sql/ast';
import { optionsOf, type Options } from './options';

/** A connector table as the streaming rules see it: from Flink DDL, or only from the catalog. */
export interface TableDecl {
  /** Lower-case name as the script references it. */
  name: string;
  options: Options;
  /** The declaration, when its DDL is at hand (the script's own, or the project's table file). */
  create?: CreateTable;
  /** Declared in the linted script itself: findings about the table go to its DDL. */
  inScript: boolean;
  /** Writable columns in order (not computed, not `METADATA VIRTUAL`); undefined when unknown. */
  writable?: string[];
  /** Lower-case PRIMARY KEY columns; `[]` when the DDL declares none; undefined when unknown. */
  primaryKey?: string[];
  /** Lower-case `WATERMARK FOR` column; undefined without one (or when unknown, see `timesKnown`). */
  watermark?: string;
  /** Lower-case columns computed as `PROCTIME()`. */
  proctime: ReadonlySet<string>;
  /** Lower-case names of every column, or undefined when the columns are not all known. */
  columns?: ReadonlySet<string>;
}

/** What the DDL says; `LIKE` tables inherit columns, keys and watermarks we do not chase, so those stay unknown. */
export function declFromCreate(name: string, create: CreateTable, inScript: boolean): TableDecl {
  const partial = create.like !== undefined;
  const lower = (s: string) => s.toLowerCase();
  const proctime = new Set<string>();
  for (const c of create.columns) {
    const e = c.computed;
    if (e?.kind === 'FunctionCall' && e.name.parts.length === 1 && e.name.parts[0].name.toUpperCase() === 'PROCTIME') proctime.add(lower(c.name.name));
  }
  const inlineKey = create.columns.filter((c) => c.primaryKey).map((c) => lower(c.name.name));
  const key = create.primaryKey ? create.primaryKey.columns.map((c) => lower(c.name)) : inlineKey;
  return {
    name,
    options: optionsOf(create.withOptions),
    create,
    inScript,
    writable: partial ? undefined : create.columns.filter((c) => !c.computed && !c.metadata?.virtual).map((c) => lower(c.name.name)),
    primaryKey: partial && key.length === 0 ? undefined : key,
    watermark: create.watermark && !create.watermark.fields ? lower(create.watermark.column.name) : undefined,
    proctime,
    columns: partial ? undefined : new Set(create.columns.map((c) => lower(c.name.name))),
  };
}

/** A catalog table without DDL at hand: its options and writable columns only. */
export function declFromInfo(name: string, info: TableInfo): TableDecl {
  return {
    name,
    options: new Map(Object.entries(info.options).map(([k, v]) => [k.toLowerCase(), v])),
    inScript: false,
    writable: info.open ? undefined : info.columns.filter((c) => !c.readOnly).map((c) => c.name.toLowerCase()),
    proctime: new Set(),
  };
}

/** Where a finding about `decl` goes: its name in the script's DDL, else the reference at hand. */
export function reportSpan(decl: TableDecl, reference: Span): Span {
  return decl.inScript && decl.create ? decl.create.name : reference;
}
