import assert from 'node:assert/strict';
import { cronProblem } from '../../src/project';

describe('project/cron', () => {
  const valid = ['0 3 * * *', '*/15 0-23 1,15 JAN-dec sun-sat', '0 0 ? * MON', '59 23 31 12 7', '0 0 1-31/2 * 0', '@daily', 'every day', '0 * * *'];
  for (const expression of valid) {
    it(`leaves '${expression}' alone`, () => assert.equal(cronProblem(expression), undefined));
  }

  const invalid: [string, string][] = [
    ['0 25 * * *', 'hour 25 is outside 0-23'],
    ['60 * * * *', 'minute 60 is outside 0-59'],
    ['0 0 0 * *', 'day of month 0 is outside 1-31'],
    ['0 0 1 13 *', 'month 13 is outside 1-12'],
    ['0 0 * * 8', 'day of week 8 is outside 0-7'],
    ['0 0 * FOO *', "month 'FOO' is not a number 1-12 or a name (JAN-DEC)"],
    ['0 0 * * L', "day of week 'L' is not a number 0-7 or a name (SUN-SAT)"],
    ['? 0 * * *', "minute '?' is not a number 0-59"],
    ['5-1 * * * *', "minute range '5-1' runs backwards"],
    ['1-2-3 * * * *', "minute '1-2-3' is not a value or a range a-b"],
    ['*/0 * * * *', "minute '*/0' has a step that is not a whole number 1 or more"],
    ['0 1,2,99 * * *', 'hour 99 is outside 0-23'],
  ];
  for (const [expression, problem] of invalid) {
    it(`says of '${expression}': ${problem}`, () => assert.equal(cronProblem(expression), problem));
  }
});
