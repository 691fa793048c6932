import assert from 'node:assert/strict';
import { lintScript } from '../../src/lint';

function lint(text: string): string[] {
  return lintScript({ text, dialect: 'spark' }).map((f) => `${f.start.line}:${f.start.character} ${f.code}`);
}

describe('lint noqa suppression (SQLFluff-compatible)', () => {
  it('a bare -- noqa silences every rule on its line', () => {
    assert.deepEqual(lint('select a from t;  -- noqa\nselect 1;\n'), ['1:0 ST01']);
  });

  it('-- noqa: CODE[,CODE] silences those rules (by code or name) on its line only', () => {
    assert.deepEqual(lint('select a -- noqa: ST01  \nfrom t; -- NOQA:ST02, keyword-case  \nselect 1\n'), ['0:22 ST02', '2:0 ST01']);
  });

  it('disable=CODE and enable=CODE act from their line on; disable=all silences everything', () => {
    const text = [
      'SELECT 1;',
      '-- noqa: disable=ST01',
      'select 2;  ',
      '-- noqa: enable=ST01',
      'select 3;',
      '-- noqa: disable=all',
      'select 4;  ',
      '-- noqa: enable=ST02',
      'select 5;  ',
      '',
    ].join('\n');
    assert.deepEqual(lint(text), ['2:9 ST02', '4:0 ST01', '8:9 ST02']);
  });

  it('an unknown code in noqa is a finding of its own, which noqa cannot silence', () => {
    const findings = lintScript({ text: 'SELECT 1 -- noqa: ST01, XX99, all\n-- noqa: disable=ZZ\n', dialect: 'spark' });
    assert.deepEqual(
      findings.map((f) => [f.code, f.severity, f.message, f.start, f.end]),
      [
        ['noqa-unknown-code', 'warning', "unknown rule code 'XX99' in noqa", { line: 0, character: 9 }, { line: 0, character: 33 }],
        ['noqa-unknown-code', 'warning', "unknown rule code 'ZZ' in noqa", { line: 1, character: 0 }, { line: 1, character: 19 }],
      ],
    );
  });

  it('parse errors can be silenced with noqa: parse-error', () => {
    assert.deepEqual(lint('SELEC 1 -- noqa: parse-error\n'), []);
  });
});
