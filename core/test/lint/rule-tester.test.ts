import assert from 'node:assert/strict';
import { RuleTester, type InvalidCase, type ValidCase } from '../../src/lint';
import rule from '../../src/lint/rules/final-newline';

type Block = (name: string, fn: () => void) => void;

/** Runs the tester with describe/it stubbed, returning `name: ok` or `name: <first line of the failure>` per case. */
function outcomes(tests: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): string[] {
  const g = globalThis as unknown as { describe: Block; it: Block };
  const saved = { describe: g.describe, it: g.it };
  const out: string[] = [];
  g.describe = (_name, fn) => fn();
  g.it = (name, fn) => {
    try {
      fn();
      out.push(`${name}: ok`);
    } catch (e) {
      out.push(`${name}: ${(e as Error).message.split('\n')[0]}`);
    }
  };
  try {
    RuleTester.run(rule, tests);
  } finally {
    Object.assign(g, saved);
  }
  return out;
}

describe('lint RuleTester', () => {
  it('passes matching tables and fails on a finding in valid code, a wrong position or id, a wrong fix, a parse error', () => {
    const missing = { messageId: 'missing', line: 0, character: 8 };
    assert.deepEqual(
      outcomes({
        valid: ['SELECT 1\n', 'SELECT 1'],
        invalid: [
          { code: 'SELECT 1', errors: [missing], output: 'SELECT 1\n' },
          { code: 'SELECT 2', errors: [{ ...missing, character: 0 }], output: 'SELECT 2\n' },
          { code: 'SELECT 3', errors: [{ ...missing, messageId: 'extra' }], output: 'SELECT 3\n' },
          { code: 'SELECT 4', errors: [missing] },
          { code: 'SELEC', errors: [{ ...missing, character: 5 }], output: 'SELEC\n' },
        ],
      }),
      [
        '"SELECT 1\\n": ok',
        '"SELECT 1": Expected values to be strictly deep-equal:',
        '"SELECT 1": ok',
        '"SELECT 2": Expected values to be strictly deep-equal:',
        '"SELECT 3": Expected values to be strictly deep-equal:',
        '"SELECT 4": fixed output',
        '"SELEC": the case must parse',
      ],
    );
  });
});
