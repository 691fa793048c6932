import assert from 'node:assert/strict';
import { ALL_RULES, resolveRules, StrataError } from '../../src';

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof StrataError);
    assert.equal(e.code, 'config');
    return e.message;
  }
  assert.fail('expected a config error');
}

describe('lint rules config', () => {
  it('turns on every rule at its default severity with default options', () => {
    assert.deepEqual(
      resolveRules(ALL_RULES).filter((a) => a.rule.code.startsWith('ST0')).map((a) => [a.rule.code, a.severity, a.options]),
      [
        ['ST01', 'warning', { capitalisation: 'upper' }],
        ['ST02', 'warning', {}],
        ['ST03', 'warning', {}],
        ['ST04', 'warning', {}],
        ['ST05', 'warning', { capitalisation: 'consistent' }],
        ['ST06', 'warning', { unit: 2 }],
        ['ST07', 'warning', { max: 120, ignoreCommentLines: false }],
        ['ST08', 'warning', {}],
        ['ST09', 'warning', {}],
      ],
    );
  });

  it('names the bad key with a did-you-mean', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ST00: 'error' }, "unknown rule 'ST00', did you mean 'ST01'?"],
      [{ 'keyword-cas': 'off' }, "unknown rule 'keyword-cas', did you mean 'keyword-case'?"],
      [{ ST01: 'eror' }, "unknown severity of ST01 'eror', did you mean 'error'?"],
      [{ ST01: { options: { capitalization: 'upper' } } }, "unknown option of ST01 'capitalization', did you mean 'capitalisation'?"],
      [{ ST01: { options: { capitalisation: 'uper' } } }, "unknown value of ST01 option 'capitalisation' 'uper', did you mean 'upper'?"],
      [{ ST01: { options: { capitalisation: 1 } } }, "option 'capitalisation' of ST01 must be a string, not 1"],
      [{ ST02: { options: { x: 1 } } }, "unknown option of ST02 'x'; expected one of: "],
    ];
    for (const [config, message] of cases) assert.equal(configError(() => resolveRules(ALL_RULES, config as never)), message);
  });
});
