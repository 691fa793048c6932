import { parseFrontMatter, projectChecks, variableProblems, type Diagnostic as CoreDiagnostic, type Severity } from '@strata/core';
import type { Diagnostic } from 'vscode-languageserver';
import { lintDiagnostic, lintFindings, PARSE_ERROR, SEVERITY } from '../lint-findings';
import type { DocumentSnapshot } from '../snapshot';
import { variablesOf } from '../variables';

/**
 * Everything wrong with a document: syntax errors, front matter, `${var}` and project-check
 * problems, the semantic problems of its analysis (unknown tables and columns, insert shape) and lint findings
 * with the project's rule settings and context. Each has source 'strata' and a code; lint codes
 * link to their rule's documentation.
 */
export function diagnostics(doc: DocumentSnapshot, options = { lint: true }): Diagnostic[] {
  const syntax = doc.script.errors.map((e) => offsetDiagnostic(doc, e.start, e.end, 'syntax', e.message, 'error'));
  const lint = options.lint ? lintFindings(doc).filter((f) => f.code !== PARSE_ERROR).map(lintDiagnostic) : [];
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

function rangeKey(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

/** A diagnostic over `start`..`end` of the document. */
export function offsetDiagnostic(doc: DocumentSnapshot, start: number, end: number, code: string, message: string, severity: Severity): Diagnostic {
  return { range: { start: doc.lines.position(start), end: doc.lines.position(end) }, severity: SEVERITY[severity], source: 'strata', code, message };
}

function toLsp(d: CoreDiagnostic): Diagnostic {
  return { range: { start: d.start, end: d.end }, severity: SEVERITY[d.severity], source: 'strata', code: d.code, message: d.message };
}
