import type { LintRunResult } from '@strata/core';
import { findingLines } from './lint-stylish';

/**
 * JUnit XML for CI test reports: one testsuite per linted file, one failing testcase per finding
 * (a clean file has one passing testcase), so a CI dashboard lists files and their problems.
 */
export function formatJunit(result: LintRunResult): string {
  const all = result.files.flatMap((f) => f.findings);
  const tests = result.files.reduce((n, f) => n + Math.max(1, f.findings.length), 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="strata lint" tests="${tests}" failures="${all.length}" errors="0">`];
  for (const file of result.files) {
    const path = xml(file.path);
    out.push(`  <testsuite name="${path}" tests="${Math.max(1, file.findings.length)}" failures="${file.findings.length}" errors="0">`);
    if (file.findings.length === 0) out.push(`    <testcase name="lint" classname="${path}"/>`);
    const lines = findingLines(file);
    file.findings.forEach((f, i) => {
      const name = xml(`${f.code} ${f.start.line + 1}:${f.start.character + 1}`);
      out.push(`    <testcase name="${name}" classname="${path}">`);
      out.push(`      <failure type="${xml(f.code)}" message="${xml(`${f.severity}: ${f.message}`)}">${xml(lines[i])}</failure>`);
      out.push('    </testcase>');
    });
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n');
}

/** Escaped for XML text and attributes; characters XML 1.0 cannot hold at all are dropped. */
export function xml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}
