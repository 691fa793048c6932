import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/final-newline';

RuleTester.run(rule, {
  valid: ['', 'SELECT 1\n', 'SELECT 1\r\n', 'SELECT 1;\n-- end\n'],
  invalid: [
    {
      code: 'SELECT 1',
      errors: [{ messageId: 'missing', line: 0, character: 8, endLine: 0, endCharacter: 8, message: 'file does not end with a newline' }],
      output: 'SELECT 1\n',
    },
    {
      code: 'SELECT 1\n\n\n',
      errors: [{ messageId: 'extra', line: 0, character: 8, endLine: 3, endCharacter: 0, message: 'file ends with more than one newline' }],
      output: 'SELECT 1\n',
    },
    {
      code: 'SELECT 1\r\n\r\n',
      errors: [{ messageId: 'extra', line: 0, character: 8 }],
      output: 'SELECT 1\r\n',
    },
  ],
});
