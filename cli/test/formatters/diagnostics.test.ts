import assert from 'node:assert/strict';
import type { Diagnostic } from '@strata/core';
import { formatDiagnostics, formatSummary } from '../../src/formatters/diagnostics';

const at = (file: string, line: number, character: number, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  file,
  start: { line, character },
  end: { line, character: character + 1 },
  severity,
  code: 'unknown-column',
  message: `problem at ${line}`,
});

describe('cli formatters: diagnostics', () => {
  it('prints 1-based file:line:col lines sorted by file and position', () => {
    assert.deepEqual(formatDiagnostics([at('jobs/b.sql', 0, 0), at('jobs/a.sql', 4, 2), at('jobs/a.sql', 1, 7, 'warning')]), [
      'jobs/a.sql:2:8  warning  problem at 1  unknown-column',
      'jobs/a.sql:5:3  error  problem at 4  unknown-column',
      'jobs/b.sql:1:1  error  problem at 0  unknown-column',
    ]);
  });

  it('summarizes with singular and plural words', () => {
    assert.equal(formatSummary([], 1), '✔ 1 file checked, no problems');
    assert.equal(formatSummary([at('a', 0, 0)], 3), '✖ 1 problem (1 error, 0 warnings) in 3 files');
    assert.equal(formatSummary([at('a', 0, 0), at('a', 1, 0, 'warning')], 2), '✖ 2 problems (1 error, 1 warning) in 2 files');
  });
});
