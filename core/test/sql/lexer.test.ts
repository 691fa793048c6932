import assert from 'node:assert/strict';
import { tokenize, type Dialect, type TokenKind } from '../../src/sql';

function kinds(text: string, dialect: Dialect = 'spark'): [TokenKind, string][] {
  return tokenize(text, dialect)
    .filter((t) => t.kind !== 'whitespace' && t.kind !== 'eof')
    .map((t) => [t.kind, text.slice(t.start, t.end)]);
}

function roundTrip(text: string, dialect: Dialect = 'spark'): void {
  const tokens = tokenize(text, dialect);
  assert.equal(tokens.map((t) => text.slice(t.start, t.end)).join(''), text);
  assert.equal(tokens[tokens.length - 1].kind, 'eof');
  for (let i = 1; i < tokens.length; i++) assert.equal(tokens[i].start, tokens[i - 1].end);
}

describe('sql lexer', () => {
  it('is lossless on realistic scripts and odd input', () => {
    const samples = [
      "/*---\ntype: batch\n---*/\nINSERT OVERWRITE TABLE t PARTITION (p_date = '${date}')\nSELECT a -- c\nFROM s;",
      "SELECT `weird``name`, \"dq\", 'it''s', 'a\\'b', r'raw\\d', 1.5e-3, .5, 100L, 1BD, x <=> y FROM t",
      'unterminated \'string',
      '/* never closed',
      '\u0000\u0001 \uD83D\uDE00 SELECT 1 \r\n\t',
      '',
      '${unclosed',
    ];
    for (const s of samples) for (const d of ['spark', 'hive', 'flink'] as Dialect[]) roundTrip(s, d);
  });

  it('classifies words, strings, numbers and quoted identifiers', () => {
    assert.deepEqual(kinds("SELECT `a b`, 'x', \"y\", 42 FROM t"), [
      ['word', 'SELECT'], ['quoted', '`a b`'], ['op', ','], ['string', "'x'"], ['op', ','],
      ['string', '"y"'], ['op', ','], ['number', '42'], ['word', 'FROM'], ['word', 't'],
    ]);
  });

  it('treats double quotes as identifiers in Flink', () => {
    assert.deepEqual(kinds('"col"', 'flink'), [['quoted', '"col"']]);
  });

  it('reads backslash escapes in Spark but not in Flink', () => {
    assert.deepEqual(kinds("'a\\'b'"), [['string', "'a\\'b'"]]);
    assert.deepEqual(kinds("'a\\' b", 'flink'), [['string', "'a\\'"], ['word', 'b']]);
  });

  it('reads Spark raw strings', () => {
    assert.deepEqual(kinds("r'\\d+'"), [['string', "r'\\d+'"]]);
  });

  it('reads numbers with exponents and suffixes, and digit-led names as words', () => {
    assert.deepEqual(kinds('1 1.5 .5 1e10 2.5E-3 100L 1.5D 1BD 10Y 1d_cnt'), [
      ['number', '1'], ['number', '1.5'], ['number', '.5'], ['number', '1e10'], ['number', '2.5E-3'],
      ['number', '100L'], ['number', '1.5D'], ['number', '1BD'], ['number', '10Y'], ['word', '1d_cnt'],
    ]);
  });

  it('reads multi-character operators', () => {
    const ops = '<=> -> => :: || != <> == >= <= &&';
    assert.deepEqual(kinds(ops).map(([, t]) => t), ops.split(' '));
  });

  it('keeps >> as two tokens so nested types close', () => {
    assert.deepEqual(kinds('ARRAY<MAP<STRING,INT>>').slice(-2), [['op', '>'], ['op', '>']]);
  });

  it('reads variables alone and glued to words', () => {
    assert.deepEqual(kinds("${date} ods_${env}.t_${x}_di ${a}b '${date}'"), [
      ['variable', '${date}'], ['word', 'ods_${env}'], ['op', '.'], ['word', 't_${x}_di'], ['word', '${a}b'], ['string', "'${date}'"],
    ]);
  });

  it('reads comments and hints', () => {
    const toks = tokenize('-- line\n/* block */ /*+ BROADCAST(t) */', 'spark').map((t) => t.kind);
    assert.deepEqual(toks, ['line-comment', 'whitespace', 'block-comment', 'whitespace', 'hint', 'eof']);
  });

  it('marks unterminated strings, comments, identifiers and stray characters as bad', () => {
    assert.deepEqual(kinds("'abc"), [['bad', "'abc"]]);
    assert.deepEqual(kinds('/* x'), [['bad', '/* x']]);
    assert.deepEqual(kinds('`abc'), [['bad', '`abc']]);
    assert.deepEqual(kinds('a # b'), [['word', 'a'], ['bad', '#'], ['word', 'b']]);
  });
});
