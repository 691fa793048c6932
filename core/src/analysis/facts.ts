import type { TableInfo } from '../catalog';
import type { ColumnRef, Span } from '../sql/ast';

/** One select item written into one target column of a positional INSERT. */
export interface InsertColumnFact {
  /** The target column (lower-case) and its declared type. */
  target: string;
  targetType?: string;
  /** The item's output name (lower-case) and how it got it: an explicit alias, a column's own name, or the engine's generated name. */
  name: string;
  naming: 'alias' | 'column' | 'generated';
  /** Its inferred type, when known. */
  type?: string;
  /** Where the name is written (the alias, else the expression) and the expression itself. */
  nameStart: number;
  nameEnd: number;
  start: number;
  end: number;
}

/** An INSERT whose select items map by position onto target columns known from DDL (same count). */
export interface InsertFact extends Span {
  table: string;
  columns: InsertColumnFact[];
}

/** One side of a comparison: its inferred type and, for a literal, its kind and value. */
export interface OperandFact extends Span {
  type?: string;
  literal?: { type: 'string' | 'number' | 'boolean' | 'null'; value: string };
}

/** A comparison (`=`, `<`, `IN`, `BETWEEN`, `USING` key) whose operands both have a known type. */
export interface ComparisonFact extends Span {
  op: string;
  left: OperandFact;
  right: OperandFact;
}

/**
 * A conjunct that prunes one partition column with constants, in a form whose partitions can be
 * named: `p = c`, `p IN (c, ...)`, `p BETWEEN a AND b`, `p >= c` (`c` may call functions of
 * constants and hold `${vars}`: `date_sub('${date}', 6)`).
 */
export interface PartitionFilterFact {
  /** The partition column, lower-case. */
  column: string;
  op: '=' | 'in' | 'between' | '>' | '>=' | '<' | '<=';
  /** The constant operands in the job text, in order (`between`: low, high). */
  operands: Span[];
}

/** A reference to a partitioned table in FROM, and whether its statement filters a partition column. */
export interface PartitionReadFact extends Span {
  table: string;
  /** Its partition columns, lower-case. */
  partitions: string[];
  /** Kind of the statement that reads it (`Insert`, `CreateView`, ...). */
  statement: string;
  /** A WHERE/ON conjunct on a partition column with only constants on the other side. */
  pruned: boolean;
  /** The conjuncts that prune it, in source order (what `strata run --dry-run` shows as the partitions read). */
  conditions?: Span[];
  /** A conjunct on a partition column that could prune but is not deterministic (`current_date()`), when not pruned. */
  nonDeterministic?: Span;
  /** The pruning conjuncts whose partitions can be named (none for `substr(p_date, 1, 7) = ...`). */
  filters?: PartitionFilterFact[];
}

/** A FROM item (a comma item, or the right side of a JOIN without condition) that no predicate links to the relations before it. */
export interface CartesianFact extends Span {
  /** `JOIN` without ON/USING, or a comma-separated FROM item. */
  form: 'join' | 'comma';
  /** How the relation is named: its alias or table name. */
  label: string;
}

/** What lint rules need beyond lineage and diagnostics, found in the same pass. */
export interface SemanticFacts {
  inserts: InsertFact[];
  comparisons: ComparisonFact[];
  partitionReads: PartitionReadFact[];
  cartesianJoins: CartesianFact[];
}

interface PendingRead extends Span {
  table: string;
  partitions: string[];
}

/**
 * Collects facts while a script is analysed. Partition pruning is per statement: reads and the
 * pruned columns (`db.t.p_date`) accumulate until `endStatement`, so a filter in a CTE or an
 * outer query over a subquery counts for the table read inside it. A subquery evaluated twice
 * (probes, multi-insert branches) records twice; `result()` keeps the first of each span.
 */
export class FactCollector {
  private readonly facts: SemanticFacts = { inserts: [], comparisons: [], partitionReads: [], cartesianJoins: [] };
  private pending: PendingRead[] = [];
  private readonly partitionColumns = new Set<string>();
  private readonly pruned = new Set<string>();
  private readonly conditions = new Map<string, Span[]>();
  /** Nameable filters of pruned columns (`db.t.p_date`), for the partitions a dry-run reports. */
  private readonly filters = new Map<string, PartitionFilterFact[]>();
  private readonly nonDeterministic = new Map<string, Span>();
  private readonly equalities: [string, string][] = [];
  /** The type each column reference of the current statement resolved to, for `exprType`. */
  private readonly columnTypes = new Map<ColumnRef, string>();
  /** How many facts each list held when the current statement began: a broken statement's are dropped. */
  private settled = { inserts: 0, comparisons: 0, cartesianJoins: 0 };

  typeColumn(ref: ColumnRef, type: string): void {
    this.columnTypes.set(ref, type);
  }

  /** The type `ref` resolved to, when it was resolved and its column has a known type. */
  columnType(ref: ColumnRef): string | undefined {
    return this.columnTypes.get(ref);
  }

  insert(fact: InsertFact): void {
    this.facts.inserts.push(fact);
  }

  comparison(fact: ComparisonFact): void {
    this.facts.comparisons.push(fact);
  }

  cartesian(fact: CartesianFact): void {
    this.facts.cartesianJoins.push(fact);
  }

  /** A FROM reference to `info`; only partitioned tables matter. */
  tableRead(info: TableInfo, at: Span): void {
    const partitions = info.columns.filter((c) => c.partition).map((c) => c.name.toLowerCase());
    if (partitions.length === 0) return;
    this.pending.push({ table: info.name, partitions, start: at.start, end: at.end });
    for (const p of partitions) this.partitionColumns.add(`${info.name}.${p}`);
  }

  /** True when `source` (`db.t.col`) is a partition column of a table this statement reads. */
  isPartitionColumn(source: string): boolean {
    return this.partitionColumns.has(source);
  }

  /** A conjunct (`term`) constrains these partition columns with constants: their partitions are pruned; `filter` names them. */
  prune(sources: Iterable<string>, term: Span, filter?: PartitionFilterFact): void {
    for (const s of sources) {
      this.pruned.add(s);
      this.conditions.set(s, [...(this.conditions.get(s) ?? []), { start: term.start, end: term.end }]);
      if (filter) this.filters.set(s, [...(this.filters.get(s) ?? []), filter]);
    }
  }

  /** A conjunct `a.p = b.p` on partition columns of two tables: pruning one prunes the other. */
  equate(a: string, b: string): void {
    this.equalities.push([a, b]);
  }

  /** A conjunct on these partition columns compares them with a non-deterministic value. */
  notPrunable(sources: Iterable<string>, at: Span): void {
    for (const s of sources) if (!this.nonDeterministic.has(s)) this.nonDeterministic.set(s, { start: at.start, end: at.end });
  }

  /** Settles the partition reads of the statement of kind `statement`; a statement with a syntax error keeps no facts. */
  endStatement(statement: string, broken = false): void {
    if (broken) {
      this.facts.inserts.length = this.settled.inserts;
      this.facts.comparisons.length = this.settled.comparisons;
      this.facts.cartesianJoins.length = this.settled.cartesianJoins;
      this.pending = [];
    }
    this.settled = { inserts: this.facts.inserts.length, comparisons: this.facts.comparisons.length, cartesianJoins: this.facts.cartesianJoins.length };
    this.propagatePruning();
    for (const read of this.pending) {
      const columns = read.partitions.map((p) => `${read.table}.${p}`);
      const pruned = columns.some((c) => this.pruned.has(c));
      const fact: PartitionReadFact = { ...read, statement, pruned };
      const conditions = columns.flatMap((c) => this.conditions.get(c) ?? []).sort((a, b) => a.start - b.start);
      const filters = read.partitions.flatMap((p) => (this.filters.get(`${read.table}.${p}`) ?? []).filter((f) => this.ownerOf(f, read.table) === read).map((f) => ({ ...f, column: p })));
      if (conditions.length > 0) fact.conditions = conditions;
      if (filters.length > 0) fact.filters = filters;
      const bad = pruned ? undefined : columns.map((c) => this.nonDeterministic.get(c)).find((s) => s !== undefined);
      if (bad) fact.nonDeterministic = bad;
      this.facts.partitionReads.push(fact);
    }
    this.pending = [];
    this.partitionColumns.clear();
    this.pruned.clear();
    this.filters.clear();
    this.conditions.clear();
    this.nonDeterministic.clear();
    this.equalities.length = 0;
    this.columnTypes.clear();
  }

  /**
   * Of the statement's reads of one table, the one a filter constrains: filters are kept per
   * column (`db.t.p_date`), not per reference, so with two reads (a CTE and the outer query) the
   * filter goes to the nearest read before it — a FROM comes before its WHERE and ON.
   */
  private ownerOf(filter: PartitionFilterFact, table: string): PendingRead | undefined {
    const at = filter.operands[0]?.start ?? 0;
    const reads = this.pending.filter((r) => r.table === table);
    // The first of the nearest: a multi-insert's shared FROM is read once per branch, and the first record is the one kept.
    const before = reads.filter((r) => r.start < at);
    return before.find((r) => r.start === before[before.length - 1].start) ?? reads[0];
  }

  /** Pruned columns flow along `a.p = b.p` equalities until nothing changes (each pass prunes one more, or stops). */
  private propagatePruning(): void {
    for (let changed = true; changed; ) {
      changed = false;
      for (const [a, b] of this.equalities) {
        if (this.pruned.has(a) === this.pruned.has(b)) continue;
        // The side already pruned lends its filters: `r.p_date = l.p_date AND l.p_date = 'x'` reads 'x' of both.
        const [from, to] = this.pruned.has(a) ? [a, b] : [b, a];
        const lent = this.filters.get(from);
        if (lent) this.filters.set(to, lent);
        this.pruned.add(a).add(b);
        changed = true;
      }
    }
  }

  /** The facts, each span once, in source order. */
  result(): SemanticFacts {
    return mergeFacts([this.facts]);
  }
}

/**
 * Facts collected in parts (the statements an editor re-analysed, and those it kept), each span
 * once, in source order: what one collector over all of them returns.
 */
export function mergeFacts(parts: SemanticFacts[]): SemanticFacts {
  return {
    inserts: firstPerSpan(parts.flatMap((p) => p.inserts)),
    // An IN list compares one expression with each item: a span holds one comparison per item.
    comparisons: firstPerSpan(parts.flatMap((p) => p.comparisons), (c) => `${c.start}:${c.end}:${c.right.start}`),
    partitionReads: firstPerSpan(parts.flatMap((p) => p.partitionReads)),
    cartesianJoins: firstPerSpan(parts.flatMap((p) => p.cartesianJoins)),
  };
}

function firstPerSpan<T extends Span>(items: T[], keyOf: (item: T) => string = (item) => `${item.start}:${item.end}`): T[] {
  const seen = new Set<string>();
  return items
    .filter((item) => {
      const key = keyOf(item);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
