import assert from 'node:assert/strict';
import { RuleTester, type AnyRule, type InvalidCase, type ValidCase } from '../../src/lint';
import { parse } from '../../src/sql';

/**
 * `RuleTester.run`, plus one test per fixed `output`: it must still parse in the case's dialect,
 * since `strata lint --fix` only writes files whose fixed text parses.
 */
export function runWithParsingFixes(rule: AnyRule, tests: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): void {
  RuleTester.run(rule, tests);
  describe(`${rule.code} ${rule.name} fixed outputs parse`, () => {
    for (const c of tests.invalid) {
      if (c.output === undefined) continue;
      const output = c.output;
      it(JSON.stringify(output), () => assert.deepEqual(parse(output, c.dialect ?? 'spark').errors, []));
    }
  });
}
