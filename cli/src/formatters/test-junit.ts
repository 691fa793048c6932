import type { DataCheckResult, TestRunResult, UnitTestResult } from '@strata/core';
import { formatDiagnostics } from './diagnostics';
import { xml } from './lint-junit';
import { checkLines, diffLines } from './test-text';

interface Case {
  name: string;
  classname: string;
  seconds: number;
  status: 'pass' | 'fail' | 'error';
  message: string;
  body: string[];
}

/**
 * JUnit XML for CI dashboards: one testsuite, one testcase per unit test (classname: its job) or
 * per check (classname: its table); a failing test's row diff is the failure's text, a test that
 * could not run is an `<error>`.
 */
export function formatTestJunit(result: TestRunResult): string {
  const cases = result.kind === 'unit' ? result.tests.map(unitCase) : result.checks.map(checkCase);
  const name = result.kind === 'unit' ? 'strata test' : 'strata test --checks';
  const counts = `tests="${cases.length}" failures="${result.failed}" errors="${result.errors}" time="${seconds(result.durationMs)}"`;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${name}" ${counts}>`, `  <testsuite name="${name}" ${counts}>`];
  for (const c of cases) {
    const head = `    <testcase name="${xml(c.name)}" classname="${xml(c.classname)}" time="${c.seconds.toFixed(3)}"`;
    if (c.status === 'pass') {
      out.push(`${head}/>`);
      continue;
    }
    const tag = c.status === 'fail' ? 'failure' : 'error';
    out.push(`${head}>`, `      <${tag} message="${xml(c.message)}">${xml(c.body.join('\n'))}</${tag}>`, '    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return out.join('\n');
}

function unitCase(test: UnitTestResult): Case {
  const base = { name: test.file, classname: test.job ?? test.file, seconds: test.durationMs / 1000, status: test.status };
  if (test.status === 'error') return { ...base, message: test.problems[0]?.message ?? 'the test could not run', body: formatDiagnostics(test.problems) };
  const failing = test.tables.filter((t) => t.missing.length + t.unexpected.length + t.changed.length > 0).map((t) => t.table);
  return { ...base, message: `rows differ in ${failing.join(', ')}`, body: test.tables.flatMap((t) => diffLines(test.file, t).map((l) => l.trim())) };
}

function checkCase(check: DataCheckResult): Case {
  const base = { name: check.name, classname: check.table, seconds: 0, status: check.status };
  const where = `${check.file}:${check.start.line + 1}:${check.start.character + 1}`;
  if (check.status === 'error') return { ...base, message: check.message ?? 'the check could not run', body: [where] };
  return { ...base, message: `${check.failing} failing row${check.failing === 1 ? '' : 's'}`, body: [where, ...checkLines(check).slice(1).map((l) => l.trim())] };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}
