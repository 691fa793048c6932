import type { ScriptAnalysis } from '../analysis';
import type { Catalog } from '../catalog';
import type { SqlFile } from '../project';
import type { Dialect, Node, Script, Token } from '../sql';
import type { Workspace } from '../tasks/workspace';
import type { Position } from '../text/line-index';

/** The four rule groups: parser only, catalog-backed, warehouse conventions, Flink streaming. */
export type RuleGroup = 'style' | 'semantic' | 'warehouse' | 'streaming';

export type LintSeverity = 'error' | 'warning' | 'info';

/** A text edit in the language server's shape: replace `range` with `newText`. */
export interface TextEdit {
  range: { start: Position; end: Position };
  newText: string;
}

/** One problem found by a rule (or by the engine: `parse-error`, `noqa-unknown-code`). */
export interface LintFinding {
  /** Stable code, e.g. `ST01`. */
  code: string;
  /** Readable rule name, e.g. `keyword-case`. */
  rule: string;
  messageId: string;
  message: string;
  severity: LintSeverity;
  start: Position;
  end: Position;
  fix?: TextEdit[];
}

/** An edit as rules report it: 0-based offsets into the linted text, end exclusive. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** One option: what it means and its default; `enum` restricts string options. */
export interface OptionSpec<T> {
  description: string;
  default: T;
  enum?: readonly T[];
}

export type OptionSchema<O> = { [K in keyof O]: OptionSpec<O[K]> };

export interface ReportDescriptor<M extends string> {
  messageId: M;
  /** Values for `{{name}}` placeholders in the message template. */
  data?: Record<string, string>;
  start: number;
  end: number;
  fix?: OffsetEdit[];
}

/** What a rule sees while it runs over one script. */
export interface RuleContext<O, M extends string> {
  readonly text: string;
  readonly dialect: Dialect;
  readonly script: Script;
  /** The lossless token stream, trivia included. */
  readonly tokens: readonly Token[];
  readonly options: Readonly<O>;
  /** The tables the script may read: the project's catalog; absent for standalone SQL (then nothing is unknown). */
  readonly catalog?: Catalog;
  /** The project file being linted (path, kind, layer, front matter); absent for standalone SQL. */
  readonly file?: SqlFile;
  /** The whole project: strata.yaml, every file, the job/table DAG; absent for standalone SQL. */
  readonly workspace?: Workspace;
  /** Lineage and semantic diagnostics of the script against `catalog`, computed once on first use. */
  analysis(): ScriptAnalysis;
  report(descriptor: ReportDescriptor<M>): void;
  /** Index in `tokens` of the token that holds `offset` (the end-of-input token past the end). */
  tokenIndexAt(offset: number): number;
  /** True when `offset` lies inside an identifier the parser read (a name, never a keyword). */
  isName(offset: number): boolean;
  /** True when `offset` lies in a statement with a syntax error, whose tree is partial. */
  inBrokenStatement(offset: number): boolean;
}

type NodeOfKind<K extends Node['kind']> = Extract<Node, { kind: K }>;

/** Callbacks by AST node kind, plus `token` for every lexer token and `done` after the last one. */
export type RuleVisitors = { [K in Node['kind']]?: (node: NodeOfKind<K>) => void } & {
  token?: (token: Token, index: number) => void;
  done?: () => void;
};

export interface RuleDocs {
  description: string;
  /** SQL the rule reports at least once. */
  incorrect: string;
  /** SQL the rule accepts. */
  correct: string;
  /** Dialect of the examples; Spark when absent. */
  dialect?: Dialect;
  /** DDL of the tables the examples read, for rules that need a catalog. */
  catalog?: string;
  /** Project path of the examples (`tables/dwd/dwd_x_di.sql`), for rules about project files. */
  file?: string;
  /** The other files of the examples' project (path -> text), for rules that need the whole workspace. */
  project?: Record<string, string>;
}

/** A lint rule: one file under `rules/`, named after `name`. */
export interface RuleDefinition<O extends object, M extends string> {
  code: string;
  name: string;
  group: RuleGroup;
  defaultSeverity: LintSeverity;
  /** Message templates by id; `{{name}}` is replaced with report data. */
  messages: Record<M, string>;
  options: OptionSchema<O>;
  fixable: boolean;
  docs: RuleDocs;
  create(context: RuleContext<O, M>): RuleVisitors;
}

/** A rule with its option and message types erased, as the registry holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface AnyRule extends Omit<RuleDefinition<any, string>, 'options'> {
  options: object;
}

/** Declares a rule; the identity function that gives options and message ids their types. */
export function createRule<O extends object, M extends string>(rule: RuleDefinition<O, M>): RuleDefinition<O, M> {
  return rule;
}

/** The defaults of a rule's options. */
export function defaultOptions(rule: AnyRule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(rule.options as Record<string, OptionSpec<unknown>>)) out[key] = spec.default;
  return out;
}
