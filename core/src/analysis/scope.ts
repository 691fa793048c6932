import type { Relation, WindowSpec } from '../sql/ast';
import type { Col, Shape } from './shape';

/** A relation visible in a FROM scope. */
export interface Rel {
  /** Lower-case names that may qualify its columns: the alias, or the table name and its suffixes. */
  names: string[];
  /** How diagnostics name it: `dim.dim_live_room_df`, or the alias of a subquery. */
  label: string;
  shape: Shape;
  byName: Map<string, Col>;
  /** Columns not part of `*`: built-in `grouping__id`. */
  hiddenFromStar?: boolean;
  /** A table or view (not a subquery or CTE): it has the dialect's virtual columns. */
  table?: boolean;
}

export function makeRel(names: string[], label: string, shape: Shape): Rel {
  const byName = new Map<string, Col>();
  for (const c of shape.columns) if (!byName.has(c.name)) byName.set(c.name, c);
  return { names, label, shape, byName };
}

/**
 * One level of name resolution: the relations of a SELECT's FROM (or a lambda's parameters),
 * the CTEs defined at this level, and a link to the enclosing scope (correlated subqueries).
 */
export class Scope {
  readonly rels: Rel[] = [];
  private readonly relByName = new Map<string, Rel>();
  /** USING / NATURAL join columns: one output column fed by both sides. */
  readonly merged = new Map<string, Col>();
  readonly ctes = new Map<string, Shape>();
  readonly windows = new Map<string, WindowSpec>();
  /** Select-list aliases, visible in GROUP BY / HAVING / ORDER BY (Spark, Hive). */
  aliases?: Map<string, Col>;
  /** Lambda parameters: names that are not columns. */
  params?: Set<string>;
  /** The relation each FROM leaf (table, subquery, table function; not a join) became. */
  readonly leaves = new Map<Relation, Rel>();

  constructor(readonly parent?: Scope) {}

  addRel(rel: Rel): void {
    this.rels.push(rel);
    for (const n of rel.names) if (!this.relByName.has(n)) this.relByName.set(n, rel);
  }

  /** Right sides of SEMI/ANTI joins, out of scope after their ON clause (for a clearer unknown-column message). */
  readonly semiJoined: Rel[] = [];

  /** Takes relations out of scope again: the right side of a SEMI/ANTI join is seen by its ON clause only. */
  removeRels(gone: Rel[]): void {
    this.semiJoined.push(...gone);
    const kept = this.rels.filter((r) => !gone.includes(r));
    this.rels.length = 0;
    this.relByName.clear();
    kept.forEach((r) => this.addRel(r));
  }

  /** Lets `name` qualify the columns of `rel` without adding its columns again (MATCH_RECOGNIZE pattern variables). */
  addQualifier(name: string, rel: Rel): void {
    if (!this.relByName.has(name)) this.relByName.set(name, rel);
  }

  relNamed(name: string): Rel | undefined {
    return this.relByName.get(name);
  }

  findCte(name: string): Shape | undefined {
    return this.ctes.get(name) ?? this.parent?.findCte(name);
  }

  findWindow(name: string): WindowSpec | undefined {
    return this.windows.get(name) ?? this.parent?.findWindow(name);
  }

  /** True when some relation visible from here has columns nobody declared. */
  hasOpenRelation(): boolean {
    return this.rels.some((r) => r.shape.open.length > 0) || (this.parent?.hasOpenRelation() ?? false);
  }
}
