import assert from 'node:assert/strict';
import type { LintFinding } from '../../src/lint';
import { fixOutcome, fixUntilStable, MAX_FIX_PASSES, type FixState } from '../../src/tasks/lint-fix';

/** A finding at line 0 whose fix replaces [start, end) with `newText`. */
function finding(code: string, start: number, end: number, newText?: string): LintFinding {
  const range = { start: { line: 0, character: start }, end: { line: 0, character: end } };
  const f: LintFinding = { code, rule: code, messageId: code, message: code, severity: 'warning', ...range };
  if (newText !== undefined) f.fix = [{ range, newText }];
  return f;
}

/** Upper-cases the first lower-case `x` per pass, as a rule whose fixes overlap would. */
const oneXPerPass = (text: string): LintFinding[] => {
  const i = text.indexOf('x');
  return i < 0 ? [] : [finding('X', i, i + 1, 'X')];
};

describe('lint --fix passes', () => {
  it('fixes until nothing changes, linting again only the texts that changed', async () => {
    const calls: string[][] = [];
    const states = await fixUntilStable(
      new Map([['a', { text: 'xxx', findings: oneXPerPass('xxx') }], ['b', { text: 'ok', findings: [] }]]),
      async (texts) => {
        calls.push([...texts.keys()]);
        return new Map([...texts].map(([k, t]) => [k, oneXPerPass(t)]));
      },
    );
    assert.equal(states.get('a')?.text, 'XXX');
    assert.deepEqual(states.get('a')?.findings, []);
    assert.deepEqual(states.get('a')?.originalFindings, oneXPerPass('xxx'));
    assert.equal(states.get('b')?.text, 'ok');
    assert.deepEqual(calls, [['a'], ['a'], ['a']]);
  });

  it('stops after MAX_FIX_PASSES when fixes undo each other', async () => {
    const flip = (t: string) => [finding('F', 0, 1, t === 'a' ? 'b' : 'a')];
    let passes = 0;
    const states = await fixUntilStable(new Map([['k', { text: 'a', findings: flip('a') }]]), async (texts) => {
      passes++;
      return new Map([...texts].map(([k, t]) => [k, flip(t)]));
    });
    assert.equal(passes, MAX_FIX_PASSES);
    assert.equal(states.get('k')?.text, MAX_FIX_PASSES % 2 === 0 ? 'a' : 'b');
  });

  it('a fixed text is unparsable when more statements fail to parse than before', () => {
    const state = (original: string, text: string, before: number, after: number): FixState => ({
      original,
      text,
      originalFindings: Array.from({ length: before }, () => finding('parse-error', 0, 1)),
      findings: Array.from({ length: after }, () => finding('parse-error', 0, 1)),
    });
    assert.equal(fixOutcome(state('a', 'a', 1, 1)), 'unchanged');
    assert.equal(fixOutcome(state('a', 'b', 0, 0)), 'fixed');
    assert.equal(fixOutcome(state('a', 'b', 2, 1)), 'fixed');
    assert.equal(fixOutcome(state('a', 'b', 1, 1)), 'fixed');
    assert.equal(fixOutcome(state('a', 'b', 0, 1)), 'unparsable');
  });
});
