import { showValue, type DataCheckResult, type TableDiff, type TestRunResult, type UnitTestResult } from '@strata/core';
import { formatDiagnostics } from './diagnostics';

const MARK = { pass: '✓', fail: '✗', error: '!' } as const;

/** The readable report: one line per test or check, what went wrong under it, a summary last. */
export function formatTestText(result: TestRunResult): string[] {
  const lines = result.kind === 'unit' ? result.tests.flatMap(unitLines) : result.checks.flatMap(checkLines);
  return [...lines, '', summaryLine(result)];
}

function unitLines(test: UnitTestResult): string[] {
  const head = `${MARK[test.status]} ${test.file}${test.job ? `  ${test.job}` : ''}`;
  const notes = formatDiagnostics([...test.problems, ...test.warnings]).map((l) => `    ${l}`);
  return [head, ...notes, ...test.tables.flatMap((t) => diffLines(test.file, t))];
}

/** The rows of one table that differ: `~` changed, `-` expected but missing, `+` unexpected. */
export function diffLines(file: string, diff: TableDiff): string[] {
  if (diff.missing.length + diff.unexpected.length + diff.changed.length === 0) return [];
  const matched = diff.expectedRows - diff.missing.length - diff.changed.length;
  const lines = [`    ${diff.table}: ${matched} of ${diff.expectedRows} expected rows match; the job wrote ${diff.actualRows}`];
  for (const c of diff.changed) {
    const cols = c.columns.map((col) => `${col} expected ${showValue(c.expected[col])}, got ${showValue(c.actual[col])}`);
    lines.push(`      ~ ${file}:${c.line}  ${cols.join('; ')}`);
  }
  for (const m of diff.missing) lines.push(`      - ${file}:${m.line}  missing ${showValue(m.row)}`);
  for (const u of diff.unexpected) lines.push(`      + unexpected ${showValue(u)}`);
  return lines;
}

/** A check's line and, when it fails, its failing rows. */
export function checkLines(check: DataCheckResult): string[] {
  const where = `${check.file}:${check.start.line + 1}:${check.start.character + 1}`;
  const head = `${MARK[check.status]} ${check.table}  ${check.name}`;
  if (check.status === 'pass') return [head];
  if (check.status === 'error') return [`${head}  (${where})`, `    ${check.message ?? ''}`];
  const rows = check.failing === 1 ? '1 failing row' : `${check.failing} failing rows`;
  return [`${head}  ${rows}  (${where})`, ...sampleTable(check.columns, check.sample).map((l) => `    ${l}`)];
}

/** Failing rows as an aligned text table. */
function sampleTable(columns: string[], rows: unknown[][]): string[] {
  const cells = [columns, ...rows.map((r) => r.map(showValue))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i])).join(' | ').trimEnd());
}

function summaryLine(result: TestRunResult): string {
  const total = result.passed + result.failed + result.errors;
  const noun = result.kind === 'unit' ? 'test' : 'check';
  const parts = [`${result.passed} passed`, `${result.failed} failed`, ...(result.errors > 0 ? [`${result.errors} could not run`] : [])];
  const mark = result.failed + result.errors === 0 ? '✔' : '✖';
  return `${mark} ${total} ${noun}${total === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
