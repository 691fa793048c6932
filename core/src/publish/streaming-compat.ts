import { lineage } from '../analysis';
import type { Catalog } from '../catalog';
import { parse } from '../sql';
import { jobShape, type JobShape, type StateKind, type StatefulOperator } from './streaming-state';

/**
 * What restarting a changed Flink job from its savepoint would do: `restartable` when every
 * stateful operator keeps its shape (sink or source options, parallelism, SET options that do not
 * touch state, filters and projections outside stateful operators), `state-incompatible` when a
 * stateful operator's keys, window, aggregates or watermark changed (the savepoint cannot be
 * restored into it, or would restore wrong state), `unchanged` when nothing that runs changed.
 */
export interface StreamingCompat {
  verdict: 'unchanged' | 'restartable' | 'state-incompatible';
  /** One line: what changed (the first state-incompatible change, else every restartable one). */
  reason: string;
  /** Lower-case names of the columns the state-incompatible change names. */
  columns: string[];
  /** Sink columns (`db.table.col`) whose lineage reaches those columns: what a state reset recomputes. */
  lineage: string[];
}

export interface StreamingCompatOptions {
  /** Project tables, so that lineage knows the columns of sinks declared in table files. */
  catalog?: Catalog;
}

const LABELS: Record<StateKind, string> = {
  watermark: 'watermark definition',
  window: 'window',
  'group-keys': 'GROUP BY keys',
  aggregates: 'aggregate list',
  distinct: 'SELECT DISTINCT list',
  'join-keys': 'join keys',
  rank: 'dedup/top-N key (ROW_NUMBER partition and order)',
  over: 'OVER aggregation',
};

/** Options that change the operators Flink plans (mini-batch, split distinct) or how keys map to state (max parallelism). */
const STATE_OPTIONS = new Set([
  'table.exec.mini-batch.enabled',
  'table.optimizer.distinct-agg.split.enabled',
  'table.optimizer.agg-phase-strategy',
  'pipeline.max-parallelism',
]);
const TTL = 'table.exec.state.ttl';

/** Classifies the change from `oldSql` to `newSql` (both Flink jobs, variables rendered or not, alike). */
export function classifyStreamingChange(oldSql: string, newSql: string, options: StreamingCompatOptions = {}): StreamingCompat {
  const before = jobShape(parse(oldSql, 'flink'), oldSql);
  const after = jobShape(parse(newSql, 'flink'), newSql);
  const broken = operatorChange(before, after) ?? stateOptionChange(before, after);
  if (broken) {
    const columns = broken.columns;
    return { verdict: 'state-incompatible', reason: broken.reason, columns, lineage: sinkColumnsReaching(newSql, broken, options.catalog) };
  }
  const reasons = [...optionReasons(before, after), ...tableReasons(before, after)];
  if (before.rest.join(';') !== after.rest.join(';')) reasons.push('the query changed outside its stateful operators (filters, projections, lookup joins)');
  if (reasons.length === 0) return { verdict: 'unchanged', reason: 'no change', columns: [], lineage: [] };
  return { verdict: 'restartable', reason: reasons.join('; '), columns: [], lineage: [] };
}

interface Broken {
  reason: string;
  columns: string[];
  /** The changed operator's place: `INSERT INTO t`, `view v`, `source s`. */
  where?: string;
}

/** The first stateful operator added, removed or reshaped, matched by place, kind and order. */
function operatorChange(before: JobShape, after: JobShape): Broken | undefined {
  const old = keyed(before.operators);
  const now = keyed(after.operators);
  for (const [key, op] of now) {
    const was = old.get(key);
    if (!was) return { reason: `a ${LABELS[op.kind]} was added to ${op.where} (${op.shown}): its operator has no state to restore`, columns: op.columns, where: op.where };
    if (was.signature !== op.signature) {
      return { reason: `the ${LABELS[op.kind]} of ${op.where} changed (${was.shown} → ${op.shown}): the saved state is keyed and shaped by it`, columns: changedColumns(was, op), where: op.where };
    }
  }
  for (const [key, op] of old) {
    if (!now.has(key)) return { reason: `the ${LABELS[op.kind]} of ${op.where} was removed (${op.shown}): the saved state has no operator to go to`, columns: op.columns, where: op.where };
  }
  return undefined;
}

function keyed(operators: StatefulOperator[]): Map<string, StatefulOperator> {
  const seen = new Map<string, number>();
  const out = new Map<string, StatefulOperator>();
  for (const op of operators) {
    const base = `${op.where}|${op.kind}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(`${base}|${n}`, op);
  }
  return out;
}

/** Columns of the parts that differ: those only one side names, or all they name when both name the same. */
function changedColumns(was: StatefulOperator, op: StatefulOperator): string[] {
  const oldParts = new Set(was.parts.map((p) => p.signature));
  const newParts = new Set(op.parts.map((p) => p.signature));
  const gone = was.parts.filter((p) => !newParts.has(p.signature)).flatMap((p) => p.columns);
  const added = op.parts.filter((p) => !oldParts.has(p.signature)).flatMap((p) => p.columns);
  const only = [...new Set([...gone.filter((c) => !added.includes(c)), ...added.filter((c) => !gone.includes(c))])];
  return (only.length > 0 ? only : [...new Set([...gone, ...added])]).sort();
}

/** The first SET option that differs and touches state (turning state TTL on or off does too). */
function stateOptionChange(before: JobShape, after: JobShape): Broken | undefined {
  for (const key of changedOptions(before, after)) {
    const was = before.options.get(key);
    const now = after.options.get(key);
    const ttlSwitched = key === TTL && (was === undefined) !== (now === undefined);
    if (STATE_OPTIONS.has(key) || ttlSwitched) {
      return { reason: `SET '${key}' changed (${show(was)} → ${show(now)}): it changes the operators' state layout`, columns: [] };
    }
  }
  return undefined;
}

function optionReasons(before: JobShape, after: JobShape): string[] {
  return changedOptions(before, after).map((key) => `SET '${key}' changed (${show(before.options.get(key))} → ${show(after.options.get(key))})`);
}

function changedOptions(before: JobShape, after: JobShape): string[] {
  const keys = new Set([...before.options.keys(), ...after.options.keys()]);
  return [...keys].filter((k) => before.options.get(k) !== after.options.get(k)).sort();
}

function show(value: string | undefined): string {
  return value === undefined ? 'unset' : `'${value}'`;
}

/** Connector options of tables declared in both versions that differ, sink or source. */
function tableReasons(before: JobShape, after: JobShape): string[] {
  const out: string[] = [];
  for (const [table, now] of after.tables) {
    const was = before.tables.get(table);
    if (!was) continue;
    const keys = [...new Set([...was.keys(), ...now.keys()])].filter((k) => was.get(k) !== now.get(k)).sort();
    if (keys.length > 0) out.push(`${after.sinks.has(table) ? 'sink' : 'source'} options of ${table} changed (${keys.map((k) => `'${k}'`).join(', ')})`);
  }
  return out;
}

/**
 * Sink columns of `sql` downstream of the changed operator (written by its INSERT, or reading its
 * view or source through the script's views) whose upstream has a column it names.
 */
function sinkColumnsReaching(sql: string, broken: Broken, catalog: Catalog | undefined): string[] {
  if (broken.columns.length === 0) return [];
  const script = lineage(parse(sql, 'flink'), { catalog });
  const upstream = new Map<string, string[]>();
  for (const edge of script.edges) upstream.set(edge.target, [...(upstream.get(edge.target) ?? []), edge.source]);
  const closure = (column: string): string[] => {
    const seen = new Set<string>();
    const visit = (c: string): void => {
      if (seen.has(c)) return;
      seen.add(c);
      (upstream.get(c) ?? []).forEach(visit);
    };
    (upstream.get(column) ?? []).forEach(visit);
    return [...seen];
  };
  const place = broken.where?.replace(/^(INSERT INTO|view|source) /, '') ?? '';
  const sink = broken.where?.startsWith('INSERT INTO ') === true;
  const named = new Set(broken.columns);
  const sinks = new Set(script.statements.filter((s) => s.kind === 'Insert').flatMap((s) => s.edges.map((e) => e.target)));
  return [...sinks]
    .filter((column) => {
      const above = closure(column);
      const downstream = sink ? column.startsWith(`${place}.`) : above.some((c) => c.startsWith(`${place}.`));
      return downstream && above.some((c) => named.has(c.slice(c.lastIndexOf('.') + 1)));
    })
    .sort();
}
