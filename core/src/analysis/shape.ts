import type { Span } from '../sql/ast';
import type { Sources } from './sources';

/** A value's sources, and each field's when it is a struct whose fields were traced (`named_struct`). */
export interface Field {
  sources: Sources;
  fields?: Fields;
}

export type Fields = Map<string, Field>;

/** An output column of a relation or query: its name and where its values come from. */
export interface Col extends Field {
  name: string;
  /** Declared type for base table columns, inferred type for select items (`exprType`), when known. */
  type?: string;
  /** A select item with an explicit alias (`x AS name`). */
  aliased?: boolean;
  /** The expression that defines it (select item), for target spans. */
  span?: Span;
  /** Where its name is written (the alias, else the expression), for duplicate-name diagnostics. */
  nameSpan?: Span;
  /** Its name is the engine's generated one (an unaliased expression: Spark `(a + 1)`, Hive `_c1`). */
  generated?: boolean;
  /** Set for columns of case-sensitive (Flink) tables: the name exactly as declared. */
  spelling?: string;
}

/**
 * Columns a relation has but nobody declared: `SELECT *` over a table without DDL, or a UDTF
 * whose output names are unknown. Any name resolves; `*` becomes a star edge.
 */
export interface OpenPart {
  resolve(name: string): Sources;
  star: Sources;
}

/** The columns of a relation or query result, in order, plus any open (undeclared) part. */
export interface Shape {
  columns: Col[];
  open: OpenPart[];
}

/** Columns of a table whose DDL is unknown: `t.col` for any `col`, `t.*` for `*`. */
export function openTable(table: string): OpenPart {
  return {
    resolve: (name) => new Map([[`${table}.${name}`, 'direct']]),
    star: new Map([[`${table}.*`, 'direct']]),
  };
}

/** Renames columns by position (`AS t(a, b)`, CTE and view column lists); a renamed column's case is not checked. */
export function renameColumns(shape: Shape, names: string[] | undefined): Shape {
  if (!names || names.length === 0) return shape;
  const columns = shape.columns.map((c, i) => {
    if (i >= names.length) return c;
    const renamed: Col = { ...c, name: names[i] };
    delete renamed.spelling;
    return renamed;
  });
  return { columns, open: shape.open };
}
