import { isAggregate, functionName } from '../../analysis/functions';
import type { Expr, FunctionCall, Join, Query, QueryBody, Relation, Select, Span } from '../../sql/ast';
import { walk } from '../walk';
import type { FlinkJob, Resolved } from './job';
import { changelogFormat, connectorOf } from './options';
import { hasTimeBound, joinKeyword } from './joins';
import { windowTvf, type TimeAttributes } from './time-attributes';

/** An operator of the query, with what it does and where it is written. */
export interface Operator extends Span {
  /** Says what it is, for messages: `a GROUP BY without a window`. */
  what: string;
  /** Under a `/*+ STATE_TTL(...) *\/` hint of its SELECT. */
  hinted: boolean;
}

/** What Flink's planner makes of a query: whether it emits updates, and which operators keep state forever. */
export interface QueryFacts {
  /** The operators (and changelog sources) that make the output an update stream, in text order of discovery. */
  updating: Set<Operator>;
  /** Operators whose state grows with the keys seen, unless a state TTL expires it. */
  unbounded: Set<Operator>;
}

function noFacts(): QueryFacts {
  return { updating: new Set(), unbounded: new Set() };
}

/** Adds `from`'s operators to `into` (its updates only when they pass through). */
function merge(into: QueryFacts, from: QueryFacts, updates = true): void {
  if (updates) from.updating.forEach((op) => into.updating.add(op));
  from.unbounded.forEach((op) => into.unbounded.add(op));
}

const RANKS = new Set(['row_number', 'rank', 'dense_rank']);
/** Views nest; deeper than this (no real job does) we stop rather than risk the stack. */
const MAX_DEPTH = 100;

/**
 * Flink's changelog semantics, as the planner infers them: a non-windowed GROUP BY, DISTINCT,
 * global aggregate, outer regular join, Top-N, dedup keeping the last row (or the first by event
 * time), UNION/INTERSECT/EXCEPT and changelog sources emit updates; window aggregations, window
 * Top-N, interval, temporal, lookup and window joins, OVER aggregations and proc-time dedup keeping
 * the first row stay append-only. Inner regular joins are append-only but keep unbounded state.
 */
export class Changelog {
  /** Facts per query and the filter around it (a view read by several INSERTs is evaluated once). */
  private readonly memo = new Map<Query, Map<Expr | undefined, QueryFacts>>();

  constructor(
    private readonly job: FlinkJob,
    private readonly times: TimeAttributes,
    private readonly text: string,
  ) {}

  /** The facts of a query, following views and CTEs. */
  ofQuery(query: Query): QueryFacts {
    const facts = noFacts();
    this.query(query, undefined, facts, 0);
    return facts;
  }

  private query(query: Query, outerWhere: Expr | undefined, facts: QueryFacts, depth: number): void {
    if (depth > MAX_DEPTH) return;
    let byWhere = this.memo.get(query);
    if (!byWhere) this.memo.set(query, (byWhere = new Map()));
    let own = byWhere.get(outerWhere);
    if (!own) {
      // Registered before it is filled, so a recursive CTE sees its partial facts instead of looping.
      byWhere.set(outerWhere, (own = noFacts()));
      this.body(query.body, outerWhere, own, depth);
    }
    merge(facts, own);
  }

  private body(body: QueryBody, outerWhere: Expr | undefined, facts: QueryFacts, depth: number): void {
    if (body.kind === 'Query') this.query(body, outerWhere, facts, depth + 1);
    else if (body.kind === 'Select') this.select(body, outerWhere, facts, depth);
    else if (body.kind === 'SetOperation') {
      this.body(body.left, undefined, facts, depth);
      this.body(body.right, undefined, facts, depth);
      if (body.op !== 'UNION' || !body.all) both(facts, this.word(body.left.end, body.right.start, body.op, `${body.op} without ALL`, false));
    }
  }

  private select(select: Select, outerWhere: Expr | undefined, facts: QueryFacts, depth: number): void {
    const hinted = select.hints.some((h) => h.name.toUpperCase() === 'STATE_TTL');
    const input = noFacts();
    for (const rel of select.from) this.relation(rel, select, hinted, input, depth);
    // A window aggregation emits each window once, final: the updates of its input end there.
    merge(facts, input, !(select.groupBy && isWindowed(select.groupBy.items)));
    this.commaJoins(select, hinted, facts);
    this.subqueries(select, hinted, facts, depth);
    const grouping = this.grouping(select, hinted);
    if (grouping) both(facts, grouping);
    for (const item of select.items) if (item.expr.kind === 'FunctionCall') this.rank(item.expr, item.alias?.name, select, outerWhere, facts);
  }

  private relation(rel: Relation, select: Select, hinted: boolean, facts: QueryFacts, depth: number): void {
    if (rel.kind === 'TableRef') this.resolved(this.job.resolveAt(rel.name, rel.start), rel, select.where, facts, depth);
    else if (rel.kind === 'DerivedTable') this.query(rel.query, select.where, facts, depth + 1);
    else if (rel.kind === 'TableFunction') {
      const tvf = windowTvf(rel.call);
      if (tvf) this.resolved(this.job.resolveAt(tvf.table.name, rel.start), tvf.table, undefined, facts, depth);
    } else if (rel.kind === 'Join') {
      this.relation(rel.left, select, hinted, facts, depth);
      this.relation(rel.right, select, hinted, facts, depth);
      this.join(rel, hinted, facts);
    } else if ('source' in rel) this.relation(rel.source, select, hinted, facts, depth);
  }

  private resolved(resolved: Resolved | undefined, at: Span, where: Expr | undefined, facts: QueryFacts, depth: number): void {
    if (!resolved) return;
    if (resolved.kind === 'query') this.query(resolved.query, where, facts, depth + 1);
    else if (isChangelogSource(resolved.decl.options)) facts.updating.add({ start: at.start, end: at.end, what: `the changelog source '${resolved.decl.name}'`, hinted: false });
  }

  /** Regular joins keep both inputs forever; outer ones also retract the null-padded rows they emitted. */
  private join(join: Join, hinted: boolean, facts: QueryFacts): void {
    if (join.right.kind === 'TableFunction' || (join.right.kind === 'TableRef' && join.right.forSystemTime)) return;
    if (join.joinType === 'CROSS' && join.right.kind === 'DerivedTable' && join.right.lateral) return;
    if (join.on && (hasTimeBound(join.on) || isWindowJoin(join.on))) return;
    const at = joinKeyword(this.text, join);
    const outer = join.joinType === 'LEFT' || join.joinType === 'RIGHT' || join.joinType === 'FULL';
    const op = { ...at, what: `a regular ${outer ? `${join.joinType} ` : ''}JOIN`, hinted };
    facts.unbounded.add(op);
    if (outer) facts.updating.add(op);
  }

  /** `FROM a, b WHERE ...` is an inner join: an interval join when WHERE bounds the times, else a regular one. */
  private commaJoins(select: Select, hinted: boolean, facts: QueryFacts): void {
    const joined = select.from.filter((r) => r.kind !== 'TableFunction' && !(r.kind === 'DerivedTable' && r.lateral));
    if (joined.length < 2 || (select.where && hasTimeBound(select.where))) return;
    const first = select.from.indexOf(joined[1]);
    const comma = this.word(select.from[first - 1].end, joined[1].start, ',', 'a regular JOIN', hinted);
    facts.unbounded.add(comma);
  }

  /** IN / EXISTS subqueries run as semi joins (state on both sides); NOT IN / NOT EXISTS as anti joins, which retract. */
  private subqueries(select: Select, hinted: boolean, facts: QueryFacts, depth: number): void {
    if (!select.where) return;
    walk(select.where, (node) => {
      if ((node.kind === 'InExpr' && node.query) || node.kind === 'ExistsExpr') {
        const query = node.kind === 'InExpr' ? node.query! : node.query;
        this.query(query, undefined, facts, depth + 1);
        const op = { start: node.start, end: node.end, what: `a${node.not ? 'n anti' : ' semi'} join (${node.not ? 'NOT ' : ''}${node.kind === 'InExpr' ? 'IN' : 'EXISTS'} subquery)`, hinted };
        facts.unbounded.add(op);
        if (node.not) facts.updating.add(op);
      }
    });
  }

  /** A non-windowed aggregation: GROUP BY, DISTINCT, or aggregates over the whole stream. */
  private grouping(select: Select, hinted: boolean): Operator | undefined {
    const group = select.groupBy;
    if (group) {
      if (isWindowed(group.items)) return undefined;
      // From GROUP to BY, however they are spaced.
      const by = this.word(group.start, group.items[0]?.start ?? group.end, 'BY', '', hinted);
      return { start: group.start, end: by.end, what: 'a GROUP BY without a window', hinted };
    }
    if (select.distinct) return { ...this.word(select.start, select.items[0]?.start ?? select.end, 'DISTINCT', 'SELECT DISTINCT', hinted) };
    const aggregate = select.items.map((i) => firstAggregate(i.expr)).find((a) => a !== undefined);
    return aggregate ? { start: aggregate.start, end: aggregate.end, what: 'an aggregate over the whole stream (no GROUP BY)', hinted } : undefined;
  }

  /** ROW_NUMBER() filtered to `rn = 1` is a dedup, to `rn <= N` a Top-N; partitioned by window it is bounded. */
  private rank(call: FunctionCall, alias: string | undefined, select: Select, outerWhere: Expr | undefined, facts: QueryFacts): void {
    const over = call.over;
    if (!over || !alias || !isRanking(call) || !outerWhere) return;
    const filter = rankFilter(outerWhere, alias.toLowerCase());
    if (!filter || isWindowed(over.partitionBy)) return;
    // STATE_TTL hints cover joins and group aggregations only, never ranks.
    const span = { start: call.name.start, end: call.name.end, hinted: false };
    const order = over.orderBy.length === 1 ? over.orderBy[0] : undefined;
    const kind = order?.expr.kind === 'ColumnRef' ? this.times.ofColumn(order.expr.parts, select.from) : 'none';
    const dedup = filter === 'first' && functionName(call) === 'row_number' && kind !== 'none';
    if (!dedup) return both(facts, { ...span, what: 'a Top-N (ROW_NUMBER over a non-time order)' });
    if (order?.direction === 'DESC') return both(facts, { ...span, what: 'a dedup keeping the last row (ORDER BY ... DESC)' });
    facts.unbounded.add({ ...span, what: 'a dedup keeping the first row' });
    // Only processing-time dedup keeping the first row emits inserts alone; by event time a later row may still win.
    if (kind === 'rowtime') facts.updating.add({ ...span, what: 'a dedup keeping the first row by event time' });
  }

  /** The span of `word` between `from` and `to`, or of the whole gap when the text does not show it. */
  private word(from: number, to: number, word: string, what: string, hinted: boolean): Operator {
    const at = this.text.slice(from, to).toUpperCase().indexOf(word);
    return at < 0 ? { start: from, end: to, what, hinted } : { start: from + at, end: from + at + word.length, what, hinted };
  }
}

/** ROW_NUMBER, RANK, DENSE_RANK: Top-N and dedup in Flink, not OVER aggregations. */
export function isRanking(call: FunctionCall): boolean {
  return RANKS.has(functionName(call));
}

function both(facts: QueryFacts, op: Operator): void {
  facts.updating.add(op);
  facts.unbounded.add(op);
}

/** Reads updates: `upsert-kafka`, CDC connectors, `kafka` with a changelog format. */
function isChangelogSource(options: ReadonlyMap<string, string>): boolean {
  const connector = connectorOf(options);
  return connector === 'upsert-kafka' || (connector?.endsWith('-cdc') ?? false) || changelogFormat(options);
}

/** Grouping by `window_start` and `window_end` (window TVF aggregation or Top-N), or a legacy group window. */
function isWindowed(items: readonly unknown[]): boolean {
  let start = false;
  let end = false;
  for (const item of items as Expr[]) {
    if (item.kind === 'FunctionCall' && ['tumble', 'hop', 'session'].includes(functionName(item))) return true;
    if (item.kind !== 'ColumnRef') continue;
    const name = item.parts[item.parts.length - 1].name.toLowerCase();
    start ||= name === 'window_start';
    end ||= name === 'window_end';
  }
  return start && end;
}

/** Window joins equate both inputs' `window_start` and `window_end`. */
function isWindowJoin(on: Expr): boolean {
  const names: Expr[] = [];
  walk(on, (node) => {
    if (node.kind === 'ColumnRef') names.push(node);
  });
  return isWindowed(names);
}

function firstAggregate(e: Expr): FunctionCall | undefined {
  let found: FunctionCall | undefined;
  walk(e, (node) => {
    if (!found && node.kind === 'FunctionCall' && !node.over && isAggregate(node)) found = node;
  });
  return found;
}

/** How the outer query filters a rank column: `rn = 1` (first), `rn <= N` / `rn < N` (Top-N). */
function rankFilter(where: Expr, alias: string): 'first' | 'top' | undefined {
  let found: 'first' | 'top' | undefined;
  walk(where, (node) => {
    if (node.kind !== 'BinaryExpr' || !['=', '<=', '<'].includes(node.op)) return;
    if (node.left.kind !== 'ColumnRef' || node.left.parts[node.left.parts.length - 1].name.toLowerCase() !== alias) return;
    if (node.right.kind !== 'Literal' || node.right.type !== 'number') return;
    const n = Number(node.right.value);
    const first = (node.op === '=' && n === 1) || (node.op === '<=' && n === 1) || (node.op === '<' && n === 2);
    found = first ? 'first' : 'top';
  });
  return found;
}
