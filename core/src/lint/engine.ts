import { analyzeScript, type ScriptAnalysis } from '../analysis';
import type { Catalog } from '../catalog';
import type { SqlFile } from '../project';
import type { Workspace } from '../tasks/workspace';
import { parse, tokenize, type Dialect, type Identifier, type Node, type Script, type Token } from '../sql';
import { LineIndex } from '../text/line-index';
import { resolveRules, type ActiveRule, type RulesConfig } from './config';
import { readNoqa, Suppressions, type NoqaDirective } from './noqa';
import type { AnyRule, LintFinding, LintSeverity, OffsetEdit, ReportDescriptor, RuleContext, RuleVisitors, TextEdit } from './rule';
import { ALL_RULES } from './rules';
import { walk } from './walk';

export interface LintScriptInput {
  text: string;
  dialect: Dialect;
  /** Severity and options per rule code or name; see `resolveRules`. */
  rules?: RulesConfig;
  /** The rules to choose from; every registered rule when absent. */
  registry?: readonly AnyRule[];
  /** The project's catalog; semantic rules that need one stay quiet without it. */
  catalog?: Catalog;
  /** The project file `text` is (project mode). */
  file?: SqlFile;
  /** The loaded project (project mode). */
  workspace?: Workspace;
  /** The script's analysis when the caller already has it (a workspace analyses every job once). */
  analysis?: ScriptAnalysis;
}

/** Engine findings that belong to no rule. */
const ENGINE = { parseError: 'parse-error', unknownNoqa: 'noqa-unknown-code' };

/** A statement's region: from its start to the next statement's start. */
interface Region {
  start: number;
  end: number;
  broken: boolean;
}

/**
 * Lints one script: parses it, runs every active rule's visitors over the trees of the statements
 * that parsed and its token hook over every token, then drops what `-- noqa` comments suppress.
 * A statement with syntax errors yields one `parse-error` finding and no tree visits; the others
 * still lint. Findings come sorted by position. Throws a `config` StrataError for a bad `rules`.
 */
export function lintScript(input: LintScriptInput): LintFinding[] {
  const registry = input.registry ?? ALL_RULES;
  const active = resolveRules(registry, input.rules);
  const { text, dialect } = input;
  const script = parse(text, dialect);
  const tokens = tokenize(text, dialect);
  const lines = new LineIndex(text);
  const regions = statementRegions(script, text.length);
  const findings: LintFinding[] = parseErrors(script, regions, lines);
  // Built on first use: only rules that must tell names from keywords pay for the walk.
  let names: Identifier[] | undefined;
  let analysis = input.analysis;
  const shared = {
    text,
    dialect,
    script,
    tokens,
    catalog: input.catalog,
    file: input.file,
    workspace: input.workspace,
    analysis: () => (analysis ??= analyzeScript(script, { catalog: input.catalog })),
    isName: (o: number) => inSpans((names ??= nameSpans(script, regions)), o),
    inBrokenStatement: (o: number) => regionAt(regions, o)?.broken === true,
    tokenIndexAt: (o: number) => lastStartingAtOrBefore(tokens, o),
  };
  const visitors = active.map((a) => a.rule.create({ ...shared, options: a.options, report: reporter(a, lines, findings) } as RuleContext<object, string>));
  visitTrees(script, regions, visitors);
  visitTokens(tokens, visitors);
  for (const v of visitors) v.done?.();
  const noqa = readNoqa(text, tokens, lines);
  findings.push(...unknownNoqaCodes(noqa, registry, lines));
  const suppressions = new Suppressions(noqa);
  return findings
    .filter((f) => f.code === ENGINE.unknownNoqa || !suppressions.suppressed(f.start.line, f.code, f.rule))
    .sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character || a.code.localeCompare(b.code));
}

function reporter(active: ActiveRule, lines: LineIndex, out: LintFinding[]): (d: ReportDescriptor<string>) => void {
  const { rule, severity } = active;
  return (d) => {
    const template = rule.messages[d.messageId];
    const message = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => d.data?.[k] ?? '');
    const finding = makeFinding(rule.code, rule.name, d.messageId, message, severity, lines, d.start, d.end);
    if (d.fix) finding.fix = d.fix.map((e) => toTextEdit(e, lines));
    out.push(finding);
  };
}

function makeFinding(code: string, rule: string, messageId: string, message: string, severity: LintSeverity, lines: LineIndex, start: number, end: number): LintFinding {
  return { code, rule, messageId, message, severity, start: lines.position(start), end: lines.position(end) };
}

function toTextEdit(e: OffsetEdit, lines: LineIndex): TextEdit {
  return { range: { start: lines.position(e.start), end: lines.position(e.end) }, newText: e.newText };
}

/** Each statement owns the text up to the next one, so an error just after its end (`WHERE;`) is its own. */
function statementRegions(script: Script, length: number): Region[] {
  const starts = script.statements.map((s) => s.start);
  const regions = starts.map((start, i) => ({ start: i === 0 ? 0 : start, end: starts[i + 1] ?? length, broken: false }));
  if (regions.length === 0) regions.push({ start: 0, end: length, broken: false });
  return regions;
}

function regionAt(regions: readonly Region[], offset: number): Region | undefined {
  const r = regions[lastStartingAtOrBefore(regions, offset)];
  return r && offset >= r.start && offset <= r.end ? r : undefined;
}

/** Index of the last of `items` (sorted by start) that starts at or before `offset`; 0 when none does. */
function lastStartingAtOrBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** One `parse-error` per broken statement: its first syntax error. Marks the regions broken. */
function parseErrors(script: Script, regions: Region[], lines: LineIndex): LintFinding[] {
  const out: LintFinding[] = [];
  for (const e of script.errors) {
    const region = regionAt(regions, e.start);
    if (region?.broken) continue;
    if (region) region.broken = true;
    out.push(makeFinding(ENGINE.parseError, ENGINE.parseError, ENGINE.parseError, e.message, 'error', lines, e.start, e.end));
  }
  return out;
}

function visitTrees(script: Script, regions: readonly Region[], visitors: readonly RuleVisitors[]): void {
  const byKind = new Map<string, ((node: Node) => void)[]>();
  for (const v of visitors) {
    for (const [kind, fn] of Object.entries(v)) {
      if (kind === 'token' || kind === 'done' || typeof fn !== 'function') continue;
      const list = byKind.get(kind) ?? [];
      list.push(fn as (node: Node) => void);
      byKind.set(kind, list);
    }
  }
  if (byKind.size === 0) return;
  for (const stmt of script.statements) {
    if (regionAt(regions, stmt.start)?.broken) continue;
    walk(stmt, (node) => byKind.get(node.kind)?.forEach((fn) => fn(node)));
  }
}

function visitTokens(tokens: readonly Token[], visitors: readonly RuleVisitors[]): void {
  const hooks = visitors.flatMap((v) => (v.token ? [v.token] : []));
  if (hooks.length === 0) return;
  for (let i = 0; i < tokens.length; i++) for (const hook of hooks) hook(tokens[i], i);
}

/** Sorted spans of every identifier in the statements that parsed. */
function nameSpans(script: Script, regions: readonly Region[]): Identifier[] {
  const out: Identifier[] = [];
  for (const stmt of script.statements) {
    if (regionAt(regions, stmt.start)?.broken) continue;
    walk(stmt, (node) => {
      if (node.kind === 'Identifier') out.push(node);
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

function inSpans(spans: readonly Identifier[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return true;
  }
  return false;
}

function unknownNoqaCodes(directives: readonly NoqaDirective[], registry: readonly AnyRule[], lines: LineIndex): LintFinding[] {
  const known = new Set(['ALL', ENGINE.parseError.toUpperCase(), ...registry.flatMap((r) => [r.code.toUpperCase(), r.name.toUpperCase()])]);
  return directives.flatMap((d) =>
    d.codes
      .filter((c) => !known.has(c))
      .map((c) => makeFinding(ENGINE.unknownNoqa, ENGINE.unknownNoqa, ENGINE.unknownNoqa, `unknown rule code '${c}' in noqa`, 'warning', lines, d.start, d.end)),
  );
}
