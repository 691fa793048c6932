import type { LintFinding, LintRunResult } from '@strata/core';

/** `--format json`: one finding, positions 1-based (end column exclusive), as editors and CI scripts count. */
export interface JsonFinding {
  code: string;
  rule: string;
  severity: LintFinding['severity'];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
}

/** `--format json`: one file; `fix` only with --fix (`fixed`, `unparsable`: not written, `unchanged`). */
export interface JsonFile {
  path: string;
  errors: number;
  warnings: number;
  fix?: string;
  findings: JsonFinding[];
}

/**
 * `--format json`: the stable, documented shape for scripts, version 1:
 * `{"version":1,"errors":N,"warnings":N,"fixable":N,"fixed":N,"files":[{"path","errors","warnings","findings":[...]}]}`.
 * Every linted file is listed, clean ones with no findings.
 */
export interface JsonReport {
  version: 1;
  errors: number;
  warnings: number;
  fixable: number;
  fixed: number;
  files: JsonFile[];
}

export function toJsonReport(result: LintRunResult): JsonReport {
  return {
    version: 1,
    errors: result.errors,
    warnings: result.warnings,
    fixable: result.fixable,
    fixed: result.fixed,
    files: result.files.map((file) => ({
      path: file.path,
      errors: file.findings.filter((f) => f.severity === 'error').length,
      warnings: file.findings.filter((f) => f.severity === 'warning').length,
      ...(file.fix ? { fix: file.fix } : {}),
      findings: file.findings.map(jsonFinding),
    })),
  };
}

function jsonFinding(f: LintFinding): JsonFinding {
  return {
    code: f.code,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.start.line + 1,
    column: f.start.character + 1,
    endLine: f.end.line + 1,
    endColumn: f.end.character + 1,
    fixable: (f.fix?.length ?? 0) > 0,
  };
}
