import assert from 'node:assert/strict';
import { restoreTokens, type FormatterInput } from '../../src/format/restore-tokens';

/** `select Name, /*  c *\/ x from t`: `Name` (offset 7), `x` and `t` are names. */
const TEXT = 'select Name, /*  c */ xxxxxxx from t';
const ORIGINAL = 'select Name, /*  c */ ${date} from t';
const input: FormatterInput = { text: ORIGINAL, masked: TEXT, keep: new Set([7, 22, 35]) };

describe('format/restoreTokens', () => {
  it('takes layout and keyword case from the formatter, names, comments and masked pieces from the original', () => {
    assert.equal(restoreTokens(input, 'SELECT\n  NAME,\n  /* c */\n  XXXXXXX\nFROM\n  T', 'spark', '\n'), 'SELECT\n  Name,\n  /*  c */\n  ${date}\nFROM\n  t');
  });

  it('writes the line breaks it adds with the file\'s line ending', () => {
    assert.equal(restoreTokens(input, 'SELECT\n  Name, /* c */ xxxxxxx\nFROM t', 'spark', '\r\n'), 'SELECT\r\n  Name, /*  c */ ${date}\r\nFROM t');
  });

  const refused: [string, string][] = [
    ['a dropped token', 'SELECT Name /* c */ xxxxxxx FROM t'],
    ['an added token', 'SELECT Name, /* c */ xxxxxxx FROM t;'],
    ['reordered tokens', 'SELECT /* c */ Name, xxxxxxx FROM t'],
    ['a respelt literal', 'SELECT Name, /* c */ xxxxxxx FROM t2'],
    ['another comment', 'SELECT Name, /* d */ xxxxxxx FROM t'],
  ];
  for (const [title, formatted] of refused) {
    it(`refuses ${title}`, () => assert.equal(restoreTokens(input, formatted, 'spark', '\n'), undefined));
  }
});
