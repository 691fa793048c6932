import assert from 'node:assert/strict';
import { lintScript, type LintFinding } from '../../src/lint';

/** `line:character code messageId`, 0-based like core. */
function brief(findings: LintFinding[]): string[] {
  return findings.map((f) => `${f.start.line}:${f.start.character} ${f.code} ${f.messageId}`);
}

describe('lint engine', () => {
  it('runs tree visitors and token hooks of every rule, sorted by position', () => {
    const findings = lintScript({ text: 'select a FROM t UNION SELECT b FROM s  ', dialect: 'spark' });
    assert.deepEqual(brief(findings), [
      '0:0 ST01 keywordCase',
      '0:16 ST04 bare',
      '0:37 ST02 trailing',
      '0:39 ST03 missing',
    ]);
    assert.deepEqual(findings[1], {
      code: 'ST04',
      rule: 'union-distinct',
      messageId: 'bare',
      message: "say 'UNION ALL' or 'UNION DISTINCT': a bare UNION silently removes duplicate rows",
      severity: 'warning',
      start: { line: 0, character: 16 },
      end: { line: 0, character: 21 },
    });
  });

  it('reports one parse-error per broken statement and still lints the others', () => {
    const text = 'SELECT a FROM t UNION SELECT b FROM s;\nselect from where and;\nSELEC x y z;\nSELECT 1 UNION SELECT 2;\n';
    assert.deepEqual(
      lintScript({ text, dialect: 'spark' }).map((f) => `${f.start.line}:${f.start.character} ${f.code} ${f.message}`),
      [
        "0:16 ST04 say 'UNION ALL' or 'UNION DISTINCT': a bare UNION silently removes duplicate rows",
        "1:7 parse-error unexpected 'from', expected an expression",
        "2:0 parse-error unexpected 'SELEC', did you mean SELECT?",
        "3:9 ST04 say 'UNION ALL' or 'UNION DISTINCT': a bare UNION silently removes duplicate rows",
      ],
    );
  });

  it('applies severities, options and off from the rules config, by code or name', () => {
    const findings = lintScript({
      text: 'select a from t union select 1',
      dialect: 'hive',
      rules: { ST01: { severity: 'error', options: { capitalisation: 'lower' } }, 'union-distinct': 'off', ST03: 'info' },
    });
    assert.deepEqual(findings.map((f) => `${f.code} ${f.severity}`), ['ST03 info']);
  });

  it('lints an empty script to nothing', () => {
    assert.deepEqual(lintScript({ text: '', dialect: 'flink' }), []);
  });
});
