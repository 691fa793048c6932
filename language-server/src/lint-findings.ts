import { ALL_RULES, LintSettings, lintScript, type LintFinding, type ProjectConfig, type RulesConfig, type Severity } from '@strata/core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleDocsHref } from './rule-docs';
import type { DocumentSnapshot } from './snapshot';

/** LSP severity of a core severity. */
export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Lint engine finding that repeats a syntax error, which the syntax diagnostics already report. */
export const PARSE_ERROR = 'parse-error';

/** Rule settings per project config object, so strata.yaml's `lint:` is compiled once per load. */
const settingsByConfig = new WeakMap<ProjectConfig, LintSettings>();

/**
 * The lint findings of a document: with the project's rule settings and context (catalog, file,
 * workspace, the job's analysis) for a project file, with the defaults for a standalone one.
 */
export function lintFindings(doc: DocumentSnapshot): LintFinding[] {
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

/** The diagnostic of a lint finding: source 'strata', its rule code and a link to the rule's docs. */
export function lintDiagnostic(f: LintFinding): Diagnostic {
  return {
    range: { start: f.start, end: f.end },
    severity: SEVERITY[f.severity],
    source: 'strata',
    code: f.code,
    codeDescription: { href: ruleDocsHref({ code: f.code, name: f.rule }) },
    message: `${f.message} (${f.rule})`,
  };
}
