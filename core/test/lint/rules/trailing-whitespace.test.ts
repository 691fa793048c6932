import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/trailing-whitespace';

RuleTester.run(rule, {
  valid: [
    'SELECT a\nFROM t\n',
    "SELECT 'a  \nb' FROM t",
    'SELECT a /* kept  \n */ FROM t',
    'SELECT a\r\nFROM t\r\n',
  ],
  invalid: [
    {
      code: 'SELECT a  \nFROM t\t\n',
      errors: [
        { messageId: 'trailing', line: 0, character: 8, endLine: 0, endCharacter: 10, message: 'trailing whitespace' },
        { messageId: 'trailing', line: 1, character: 6, endLine: 1, endCharacter: 7 },
      ],
      output: 'SELECT a\nFROM t\n',
    },
    {
      code: 'SELECT a -- note  \r\n  \r\nFROM t  ',
      errors: [
        { messageId: 'trailing', line: 0, character: 16, endLine: 0, endCharacter: 18 },
        { messageId: 'trailing', line: 1, character: 0, endLine: 1, endCharacter: 2 },
        { messageId: 'trailing', line: 2, character: 6, endLine: 2, endCharacter: 8 },
      ],
      output: 'SELECT a -- note\r\n\r\nFROM t',
    },
  ],
});
