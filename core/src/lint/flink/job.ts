import type { Catalog } from '../../catalog';
import type { SqlFile } from '../../project';
import type { Cte, CreateTable, CreateView, Dialect, GroupBy, Insert, Join, MatchRecognize, Node, QualifiedName, Query, Script, Statement, TableArg, TableFunction, TableRef } from '../../sql/ast';
import type { Workspace } from '../../tasks/workspace';
import { workspaceFile } from '../given-parts';
import { walk } from '../walk';
import { Changelog } from './changelog';
import { hintOptions, type Options } from './options';
import { TimeAttributes } from './time-attributes';
import { declFromCreate, declFromInfo, type TableDecl } from './tables';

/** The part of a rule's context the Flink model reads. */
export interface JobContext {
  readonly text: string;
  readonly dialect: Dialect;
  readonly script: Script;
  readonly file?: SqlFile;
  readonly catalog?: Catalog;
  readonly workspace?: Workspace;
  inBrokenStatement(offset: number): boolean;
}

/** A `SET 'k' = 'v'` (value) or `RESET ['k']` (no value; key `*` for a bare RESET). */
interface SetOption {
  key: string;
  value?: string;
  start: number;
}

/** An INSERT and the offset of what submits it (its statement set, or itself). */
export interface JobInsert {
  insert: Insert;
  submitAt: number;
}

/** A table read by the job: a FROM item or a window TVF's `TABLE t`, with its OPTIONS hints. */
export interface Scan {
  decl: TableDecl;
  ref: TableRef | TableArg;
  hints: Options;
}

/** What a relation name means in a statement: a CTE, a view (script-local) or a table. */
export type Resolved = { kind: 'query'; query: Query; name: string } | { kind: 'table'; decl: TableDecl };

/** Query nodes that may hold back or need watermarks. */
export type OperatorNode = Join | TableFunction | MatchRecognize | GroupBy;

interface NodeIndex {
  refs: { node: TableRef | TableArg; statement: Statement }[];
  ctes: Map<Statement, Map<string, Cte>>;
  operators: OperatorNode[];
}

const NO_CTES: ReadonlyMap<string, Cte> = new Map();
const jobs = new WeakMap<Script, FlinkJob>();

/**
 * The Flink model of the linted script, built once per script and shared by every streaming rule;
 * undefined for Spark and Hive scripts, which the streaming rules leave alone.
 */
export function flinkJob(context: JobContext): FlinkJob | undefined {
  if (context.dialect !== 'flink') return undefined;
  let job = jobs.get(context.script);
  if (!job) {
    job = new FlinkJob(context);
    jobs.set(context.script, job);
  }
  return job;
}

/** Lower-case dotted name. */
export function nameOf(name: QualifiedName): string {
  return name.parts.map((p) => p.name.toLowerCase()).join('.');
}

/** A Flink script's options, declarations, views, inserts and scans, over the statements that parsed. */
export class FlinkJob {
  /** Statements that parsed, statement-set bodies flattened. */
  readonly statements: Statement[] = [];
  readonly inserts: JobInsert[] = [];
  /** Where the first job is submitted: options SET after it do not apply to it. */
  readonly submitAt: number;
  /** False for table files and for jobs that run in batch mode. */
  readonly streaming: boolean;
  private readonly sets: SetOption[] = [];
  /** The script's CREATE TABLEs by name, in order: a script may declare a name again. */
  private readonly creates = new Map<string, CreateTable[]>();
  private readonly own = new Map<CreateTable, TableDecl>();
  /** The script's views by name, in order, like `creates`. */
  private readonly views = new Map<string, CreateView[]>();
  private readonly decls = new Map<string, TableDecl | undefined>();
  private nodeIndex?: NodeIndex;
  private scanList?: Scan[];
  private timeModel?: TimeAttributes;
  private changelogModel?: Changelog;

  constructor(private readonly context: JobContext) {
    for (const s of context.script.statements) {
      if (context.inBrokenStatement(s.start)) continue;
      // `COMPILE AND EXECUTE PLAN ... FOR <insert or statement set>` runs what it compiles.
      const run = s.kind === 'PlanStatement' && s.execute && s.statement ? s.statement : s;
      if (run.kind === 'StatementSet') for (const inner of run.statements) this.add(inner, s.start);
      else this.add(run, s.start);
    }
    this.submitAt = this.inserts[0]?.submitAt ?? context.text.length;
    const batchMode = this.option('execution.runtime-mode', this.submitAt)?.toLowerCase() === 'batch';
    this.streaming = context.file?.kind !== 'table' && context.file?.frontMatter?.data.type !== 'batch' && !batchMode;
  }

  /** Time attributes of the script's columns. */
  get times(): TimeAttributes {
    return (this.timeModel ??= new TimeAttributes(this));
  }

  /** Changelog semantics of the script's queries. */
  get changelog(): Changelog {
    return (this.changelogModel ??= new Changelog(this, this.times, this.context.text));
  }

  /** The value of option `key` (lower-case) SET before `at`, unless RESET since; undefined when unset. */
  option(key: string, at: number): string | undefined {
    let value: string | undefined;
    for (const s of this.sets) {
      if (s.start >= at) break;
      if (s.key === key) value = s.value;
      else if (s.key === '*') value = undefined;
    }
    return value;
  }

  /**
   * The table `name` (as the script writes it) stands for at offset `at`: the script's latest DDL
   * of that name before it, else the project's table file, else the catalog's entry.
   */
  table(name: QualifiedName, at: number): TableDecl | undefined {
    const key = nameOf(name);
    const create = lastAt(this.creates.get(key), at);
    if (create) {
      let decl = this.own.get(create);
      if (!decl) this.own.set(create, (decl = declFromCreate(key, create, true)));
      return decl;
    }
    if (!this.decls.has(key)) this.decls.set(key, this.project(key));
    return this.decls.get(key);
  }

  /** `name` in `statement`: a CTE of the statement, a view of the script, or a table. */
  private resolve(name: QualifiedName, statement: Statement): Resolved | undefined {
    const key = nameOf(name);
    const cte = name.parts.length === 1 ? this.ctesOf(statement).get(key) : undefined;
    if (cte) return { kind: 'query', query: cte.query, name: key };
    const view = lastAt(this.views.get(key), statement.start);
    if (view) return { kind: 'query', query: view.query, name: key };
    const decl = this.table(name, statement.start);
    return decl ? { kind: 'table', decl } : undefined;
  }

  /** `name` as the statement holding `at` means it. */
  resolveAt(name: QualifiedName, at: number): Resolved | undefined {
    const statement = this.statementAt(at);
    return statement ? this.resolve(name, statement) : undefined;
  }

  /** The statement holding `offset` (statements are in text order). */
  private statementAt(offset: number): Statement | undefined {
    let lo = 0;
    let hi = this.statements.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.statements[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** Every connector table the job reads, once per reference. */
  scans(): readonly Scan[] {
    if (this.scanList) return this.scanList;
    const out: Scan[] = [];
    for (const { node, statement } of this.index().refs) {
      const resolved = this.resolve(node.name, statement);
      if (resolved?.kind === 'table') out.push({ decl: resolved.decl, ref: node, hints: node.kind === 'TableRef' ? hintOptions(node.hints) : new Map() });
    }
    return (this.scanList = out);
  }

  /** Adds to `out` the tables `node` reads, through views, CTEs and subqueries. */
  tablesFeeding(node: Node, out: Set<TableDecl>, seen = new Set<Query>()): Set<TableDecl> {
    walk(node, (n) => {
      if (n.kind !== 'TableRef' && n.kind !== 'TableArg') return;
      const resolved = this.resolveAt(n.name, n.start);
      if (resolved?.kind === 'table') out.add(resolved.decl);
      else if (resolved && !seen.has(resolved.query)) {
        seen.add(resolved.query);
        this.tablesFeeding(resolved.query, out, seen);
      }
    });
    return out;
  }

  /** Joins, table functions, MATCH_RECOGNIZE and GROUP BY clauses of every query, in text order. */
  operators(): readonly OperatorNode[] {
    return this.index().operators;
  }

  private add(s: Statement, submitAt: number): void {
    this.statements.push(s);
    if (s.kind === 'SetStatement' && s.key !== undefined) this.sets.push({ key: s.key.toLowerCase(), value: s.value, start: s.start });
    else if (s.kind === 'SessionStatement' && s.action === 'RESET') this.sets.push({ key: s.key?.toLowerCase() ?? '*', start: s.start });
    else if (s.kind === 'CreateTable') append(this.creates, nameOf(s.name), s);
    else if (s.kind === 'CreateView' && !s.using) append(this.views, nameOf(s.name), s);
    else if (s.kind === 'Insert') this.inserts.push({ insert: s, submitAt });
  }

  private project(key: string): TableDecl | undefined {
    const info = this.context.catalog?.get(key);
    if (!info) return undefined;
    const create = info.file ? projectCreate(this.context.workspace, info.file) : undefined;
    return create ? declFromCreate(key, create, false) : declFromInfo(key, info);
  }

  private ctesOf(statement: Statement): ReadonlyMap<string, Cte> {
    return this.index().ctes.get(statement) ?? NO_CTES;
  }

  /** One walk over the statements (DDL without a query has nothing to find) for every node the rules look up. */
  private index(): NodeIndex {
    if (this.nodeIndex) return this.nodeIndex;
    const index: NodeIndex = { refs: [], ctes: new Map(), operators: [] };
    for (const statement of this.statements) {
      if (statement.kind === 'CreateTable' && !statement.asQuery) continue;
      walk(statement, (node) => {
        if (node.kind === 'TableRef' || node.kind === 'TableArg') index.refs.push({ node, statement });
        else if (node.kind === 'Cte') index.ctes.set(statement, (index.ctes.get(statement) ?? new Map()).set(node.name.name.toLowerCase(), node));
        else if (node.kind === 'Join' || node.kind === 'TableFunction' || node.kind === 'MatchRecognize' || node.kind === 'GroupBy') index.operators.push(node);
      });
    }
    return (this.nodeIndex = index);
  }
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The last declaration that starts at or before `at`: the one a statement there sees (none: a project table). */
function lastAt<T extends { start: number }>(list: readonly T[] | undefined, at: number): T | undefined {
  let found: T | undefined;
  for (const item of list ?? []) if (item.start <= at) found = item;
  return found;
}

/** The CREATE TABLE of a project table file (looked up once per table and job: `decls` caches it). */
function projectCreate(ws: Workspace | undefined, path: string): CreateTable | undefined {
  const file = ws && workspaceFile(ws, path);
  const create = file?.script.statements.find((s) => s.kind === 'CreateTable');
  return create?.kind === 'CreateTable' ? create : undefined;
}
