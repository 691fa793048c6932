import { ALL_RULES, LintSettings, lintScript, parseFrontMatter, projectChecks, variableProblems, type Diagnostic as CoreDiagnostic, type LintFinding, type ProjectConfig, type RulesConfig, type Severity } from '@strata/core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleDocsHref } from '../rule-docs';
import type { DocumentSnapshot } from '../snapshot';
import { variablesOf } from '../variables';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Lint engine finding that repeats a syntax error, which the syntax diagnostics already report. */
const PARSE_ERROR = 'parse-error';

/** Rule settings per project config object, so strata.yaml's `lint:` is compiled once per load. */
const settingsByConfig = new WeakMap<ProjectConfig, LintSettings>();

/**
 * Everything wrong with a document: syntax errors, front matter, `${var}` and project-check
 * problems, the semantic problems of its analysis (unknown tables and columns, insert shape) and lint findings
 * with the project's rule settings and context. Each has source 'strata' and a code; lint codes
 * link to their rule's documentation.
 */
export function diagnostics(doc: DocumentSnapshot): Diagnostic[] {
  const syntax = doc.script.errors.map((e) => offsetDiagnostic(doc, e.start, e.end, 'syntax', e.message, 'error'));
  const lint = lintFindings(doc).filter((f) => f.code !== PARSE_ERROR).map(lintDiagnostic);
  // Semantic lint rules (SE01 unknown-table, ...) restate analysis problems with a rule code and a link: say it once.
  const linted = new Set(lint.map(rangeKey));
  const semantic = (doc.analysis?.diagnostics ?? []).map((d) => offsetDiagnostic(doc, d.start, d.end, d.code, d.message, d.severity)).filter((d) => !linted.has(rangeKey(d)));
  return [...syntax, ...fileDiagnostics(doc), ...semantic, ...lint];
}

/**
 * What `strata check` finds in a project file besides syntax and analysis: front matter and
 * variable problems, and the project checks of this file (table contracts, a table declared
 * twice, data-quality checks naming missing columns, `depends_on` naming nothing).
 */
function fileDiagnostics(doc: DocumentSnapshot): Diagnostic[] {
  if (!doc.file) return [];
  const frontMatter = parseFrontMatter(doc.text, doc.file.path, doc.file.kind).diagnostics.map(toLsp);
  const variables = variableProblems(doc.text, variablesOf(doc).keys()).map((p) => offsetDiagnostic(doc, p.start, p.end, p.code, p.message, 'error'));
  const ws = doc.workspace;
  // The workspace's facts of this file are current: the snapshot applied the edit.
  const project = ws ? projectChecks({ files: [{ file: doc.file, script: doc.script, lines: doc.lines }], facts: ws.facts, catalog: ws.catalog, jobs: ws.jobs }).map(toLsp) : [];
  return [...frontMatter, ...variables, ...project];
}

function lintFindings(doc: DocumentSnapshot): LintFinding[] {
  const ws = doc.workspace;
  if (!ws || !doc.file) return lintScript({ text: doc.text, dialect: doc.dialect });
  return lintScript({
    text: doc.text,
    dialect: doc.dialect,
    rules: rulesFor(ws.project.config, doc.file.path),
    catalog: ws.catalog,
    file: doc.file,
    workspace: ws,
    analysis: doc.analysis,
  });
}

function rulesFor(config: ProjectConfig, path: string): RulesConfig {
  let settings = settingsByConfig.get(config);
  if (!settings) {
    settings = new LintSettings(config.lint, ALL_RULES);
    settingsByConfig.set(config, settings);
  }
  return settings.rulesFor(path);
}

function lintDiagnostic(f: LintFinding): Diagnostic {
  return {
    range: { start: f.start, end: f.end },
    severity: SEVERITY[f.severity],
    source: 'strata',
    code: f.code,
    codeDescription: { href: ruleDocsHref({ code: f.code, name: f.rule }) },
    message: `${f.message} (${f.rule})`,
  };
}

function rangeKey(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

function offsetDiagnostic(doc: DocumentSnapshot, start: number, end: number, code: string, message: string, severity: Severity): Diagnostic {
  return { range: { start: doc.lines.position(start), end: doc.lines.position(end) }, severity: SEVERITY[severity], source: 'strata', code, message };
}

function toLsp(d: CoreDiagnostic): Diagnostic {
  return { range: { start: d.start, end: d.end }, severity: SEVERITY[d.severity], source: 'strata', code: d.code, message: d.message };
}
