import { functionName, isAggregate } from '../analysis/functions';
import { walk } from '../lint/walk';
import { nameOf } from '../lint/flink/job';
import { tokenize, type CreateTable, type Node, type Relation, type Script, type Select, type Statement } from '../sql';

/** What kind of keyed state an operator holds; Flink restores state per operator and key. */
export type StateKind = 'watermark' | 'window' | 'group-keys' | 'aggregates' | 'distinct' | 'join-keys' | 'rank' | 'over';

/** One stateful operator of a job, as far as its restored state depends on what we can see. */
export interface StatefulOperator {
  kind: StateKind;
  /** Where it is: `source live_gift_log`, `view gift_dedup`, `INSERT INTO ads.x`. */
  where: string;
  /** Normalized text of what fixes the state's shape (keys, window, aggregate calls). */
  signature: string;
  /** The same, as written (whitespace collapsed), for messages. */
  shown: string;
  /** Lower-case names of the columns it names. */
  columns: string[];
  /** Each aggregate call, select item or single clause on its own, so an edit is told apart from the rest. */
  parts: { signature: string; shown: string; columns: string[] }[];
}

/** A job's parts that a restart from a savepoint keeps or changes. */
export interface JobShape {
  operators: StatefulOperator[];
  /** `SET` options, last value per lower-case key. */
  options: Map<string, string>;
  /** Connector options per declared table (`CREATE TABLE` in the job). */
  tables: Map<string, Map<string, string>>;
  /** Tables the job inserts into. */
  sinks: Set<string>;
  /** Normalized text of each statement other than SET, a CREATE TABLE without its options: what is left to differ. */
  rest: string[];
}

const WINDOWS = new Set(['tumble', 'hop', 'cumulate', 'session']);
const RANKS = new Set(['row_number', 'rank', 'dense_rank']);

/** The stateful operators, options and connector tables of a parsed Flink job. */
export function jobShape(script: Script, text: string): JobShape {
  const shape: JobShape = { operators: [], options: new Map(), tables: new Map(), sinks: new Set(), rest: [] };
  const creates = new Map<string, CreateTable>();
  const statements = script.statements.flatMap((s) => (s.kind === 'StatementSet' ? s.statements : [s]));
  for (const s of statements) {
    if (s.kind === 'SetStatement' && s.key !== undefined && s.value !== undefined) shape.options.set(s.key.toLowerCase(), s.value);
    else if (s.kind === 'CreateTable') addTable(shape, creates, s, text);
    if (s.kind === 'Insert') shape.sinks.add(nameOf(s.table));
    if (s.kind !== 'SetStatement') shape.rest.push(normalize(text.slice(s.start, s.kind === 'CreateTable' ? (s.withOptions[0]?.start ?? s.end) : s.end)));
  }
  for (const s of statements) {
    const where = placeOf(s);
    if (where) walk(s, (n) => n.kind === 'Select' && addSelect(shape, n, where, creates, text));
  }
  return shape;
}

function addTable(shape: JobShape, creates: Map<string, CreateTable>, s: CreateTable, text: string): void {
  const name = nameOf(s.name);
  creates.set(name, s);
  shape.tables.set(name, new Map(s.withOptions.map((p) => [p.key, p.value])));
  const mark = s.watermark;
  if (mark) {
    // The WATERMARK clause is no expression node: its text and its column stand for it.
    const part = { signature: normalize(text.slice(mark.start, mark.end)), shown: text.slice(mark.start, mark.end).replace(/\s+/g, ' '), columns: [mark.column.name.toLowerCase()] };
    shape.operators.push({ kind: 'watermark', where: `source ${name}`, ...part, parts: [part] });
  }
}

/** Statements holding queries that become part of the job graph. */
function placeOf(s: Statement): string | undefined {
  if (s.kind === 'CreateView') return `view ${nameOf(s.name)}`;
  if (s.kind === 'Insert') return `INSERT INTO ${nameOf(s.table)}`;
  return undefined;
}

function addSelect(shape: JobShape, select: Select, where: string, creates: Map<string, CreateTable>, text: string): void {
  for (const relation of select.from) addRelation(shape, relation, where, creates, text);
  const calls = selectCalls(select);
  const aggregates = calls.filter((c) => isAggregate(c) && !c.over);
  if (select.groupBy) pushAll(shape, 'group-keys', where, select.groupBy.items as Node[], text);
  if (select.groupBy || aggregates.length > 0) pushAll(shape, 'aggregates', where, aggregates, text);
  else if (select.distinct) pushAll(shape, 'distinct', where, select.items, text);
  for (const call of calls.filter((c) => c.over)) {
    push(shape, RANKS.has(functionName(call)) ? 'rank' : 'over', where, call, text);
  }
}

/** Function calls of the select list, not inside its subqueries (those are selects of their own). */
function selectCalls(select: Select): Extract<Node, { kind: 'FunctionCall' }>[] {
  const calls: Extract<Node, { kind: 'FunctionCall' }>[] = [];
  const visit = (n: Node): void => {
    if (n.kind === 'Query') return;
    if (n.kind === 'FunctionCall') calls.push(n);
    for (const child of children(n)) visit(child);
  };
  select.items.forEach(visit);
  return calls;
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const value of Object.values(node)) {
    for (const v of Array.isArray(value) ? value.flat() : [value]) {
      if (typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string') out.push(v as Node);
    }
  }
  return out;
}

/** Window TVFs and joins of a FROM item; lookup joins keep no state (each row asks the dimension). */
function addRelation(shape: JobShape, relation: Relation, where: string, creates: Map<string, CreateTable>, text: string): void {
  if (relation.kind === 'TableFunction' && WINDOWS.has(functionName(relation.call))) push(shape, 'window', where, relation.call, text);
  if (relation.kind !== 'Join') return;
  addRelation(shape, relation.left, where, creates, text);
  addRelation(shape, relation.right, where, creates, text);
  const right = relation.right;
  const lookup = right.kind === 'TableRef' && right.forSystemTime !== undefined && !creates.get(nameOf(right.name))?.watermark;
  if (!lookup && relation.on) push(shape, 'join-keys', where, relation.on, text);
}

function pushAll(shape: JobShape, kind: StateKind, where: string, nodes: Node[], text: string): void {
  if (nodes.length === 0) return;
  const parts = nodes.map((n) => describe(n, text));
  shape.operators.push({
    kind,
    where,
    signature: parts.map((p) => p.signature).join(' , '),
    shown: parts.map((p) => p.shown).join(', '),
    columns: [...new Set(parts.flatMap((p) => p.columns))].sort(),
    parts,
  });
}

function push(shape: JobShape, kind: StateKind, where: string, node: Node, text: string): void {
  pushAll(shape, kind, where, [node], text);
}

/** A node's text normalized for comparison (no comments or layout, words lower-case), as written, and its columns. */
function describe(node: Node, text: string): { signature: string; shown: string; columns: string[] } {
  const slice = text.slice(node.start, node.end);
  const signature = normalize(slice);
  const columns: string[] = [];
  walk(node, (n) => {
    if (n.kind === 'ColumnRef') columns.push(n.parts[n.parts.length - 1].name.toLowerCase());
    else if (n.kind === 'Descriptor') columns.push(...n.columns.map((c) => c.name.toLowerCase()));
  });
  return { signature, shown: slice.replace(/\s+/g, ' ').trim(), columns: [...new Set(columns)].sort() };
}

/** SQL text without comments or layout, words lower-case: equal for edits that change neither. */
function normalize(sql: string): string {
  const tokens = tokenize(sql, 'flink').filter((t) => t.kind !== 'whitespace' && t.kind !== 'line-comment' && t.kind !== 'block-comment' && t.kind !== 'eof');
  return tokens.map((t) => (t.kind === 'word' ? sql.slice(t.start, t.end).toLowerCase() : sql.slice(t.start, t.end))).join(' ');
}
