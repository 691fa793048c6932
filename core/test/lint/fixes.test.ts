import assert from 'node:assert/strict';
import { applyFixes, lintScript, type LintFinding } from '../../src/lint';

function finding(edits: [number, number, number, number, string][]): LintFinding {
  const at = (line: number, character: number) => ({ line, character });
  return {
    code: 'T',
    rule: 't',
    messageId: 'm',
    message: 'm',
    severity: 'warning',
    start: at(0, 0),
    end: at(0, 0),
    fix: edits.map(([l1, c1, l2, c2, newText]) => ({ range: { start: at(l1, c1), end: at(l2, c2) }, newText })),
  };
}

describe('lint applyFixes', () => {
  it('applies edits in any order, across lines', () => {
    const text = 'ab\ncd\nef';
    assert.equal(applyFixes(text, [finding([[2, 0, 2, 1, 'E']]), finding([[0, 1, 1, 1, '-']])]), 'a-d\nEf');
  });

  it('skips a finding whose edits overlap one already taken, and two insertions at one point', () => {
    const text = 'abcdef';
    const fixes = [finding([[0, 0, 0, 3, 'X']]), finding([[0, 2, 0, 4, 'Y']]), finding([[0, 6, 0, 6, '!']]), finding([[0, 6, 0, 6, '?']])];
    assert.equal(applyFixes(text, fixes), 'Xdef!');
  });

  it('takes all or none of one finding, the one whose first edit comes first winning', () => {
    const fixes = [finding([[0, 1, 0, 2, 'B']]), finding([[0, 0, 0, 1, 'A'], [0, 1, 0, 2, 'b']])];
    assert.equal(applyFixes('xy', fixes), 'Ab');
  });

  it('ignores findings without fixes; fixing the style rules gives text they accept', () => {
    const text = 'select a  \nfrom t union select b from s\n\n';
    const fixed = applyFixes(text, lintScript({ text, dialect: 'spark' }));
    assert.equal(fixed, 'SELECT a\nFROM t UNION SELECT b FROM s\n');
    assert.deepEqual(lintScript({ text: fixed, dialect: 'spark' }).map((f) => f.code), ['ST04']);
  });
});
