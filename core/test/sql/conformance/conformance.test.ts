import * as assert from 'node:assert/strict';
import { parse } from '../../../src/sql';
import { validateStrict } from '../../../src/sql/oracle';
import { CORPUS_DIALECTS, corpusKey, loadCorpus, type CorpusStatement, type CorpusVerdict } from './corpus';
import { loadKnownGaps } from './known-gaps';
import { ORACLE_TEST_CACHE } from './oracle-test-cache';

/**
 * Minimum corpus size per dialect and folder: a shrinking corpus would make agreement
 * meaningless. Raise these when statements are added, never lower them.
 */
const MIN_COUNTS: Record<string, Record<CorpusVerdict, number>> = {
  spark: { valid: 1000, invalid: 25, 'grammar-lacks': 25 },
  hive: { valid: 450, invalid: 23, 'grammar-lacks': 27 },
  flink: { valid: 550, invalid: 27, 'grammar-lacks': 140 },
};
const MIN_TOTAL = 1000;

function label(s: CorpusStatement): string {
  return `${s.file} #${s.index} (line ${s.line})`;
}

function oracleMessages(s: CorpusStatement): string[] {
  return validateStrict(s.text, s.dialect, [{ start: 0, end: s.text.length }], { cacheDir: ORACLE_TEST_CACHE }).map((e) => e.message);
}

function ourMessages(s: CorpusStatement): string[] {
  return parse(s.text, s.dialect).errors.map((e) => e.message);
}

describe('sql conformance with dt-sql-parser', () => {
  const corpus = loadCorpus();
  const knownGaps = loadKnownGaps();

  describe('corpus size', () => {
    for (const dialect of CORPUS_DIALECTS) {
      for (const [verdict, min] of Object.entries(MIN_COUNTS[dialect])) {
        it(`has at least ${min} ${verdict} ${dialect} statements`, () => {
          const count = corpus.filter((s) => s.dialect === dialect && s.verdict === verdict).length;
          assert.ok(count >= min, `${count} < ${min}`);
        });
      }
    }
    it(`has at least ${MIN_TOTAL} statements across the dialects`, () => {
      assert.ok(corpus.length >= MIN_TOTAL, `${corpus.length} < ${MIN_TOTAL}`);
    });
  });

  describe('the oracle judges each statement as its folder says', () => {
    for (const statement of corpus) {
      it(label(statement), () => {
        const messages = oracleMessages(statement);
        assert.equal(messages.length === 0, statement.valid, messages.join('; ') || 'the oracle accepts it');
      });
    }
  });

  describe('our parser accepts valid and grammar-lacks statements and rejects invalid ones', () => {
    for (const statement of corpus.filter((s) => !knownGaps.has(corpusKey(s)))) {
      it(label(statement), () => {
        const errors = ourMessages(statement);
        const expected = statement.verdict === 'invalid' ? `oracle rejects: ${oracleMessages(statement)[0]}` : `${statement.verdict} statement`;
        assert.equal(errors.length === 0, statement.verdict !== 'invalid', `${expected}; ours says: ${errors.join('; ') || 'no error'}`);
      });
    }
  });

  describe('known gaps (known-gaps.txt): statements our parser still wrongly rejects', () => {
    const byKey = new Map(corpus.map((s) => [corpusKey(s), s]));
    for (const key of knownGaps.keys()) {
      it(`${key} is still rejected (when this fails, remove it from known-gaps.txt)`, () => {
        const statement = byKey.get(key);
        assert.ok(statement, `no corpus statement ${key}`);
        assert.notEqual(statement.verdict, 'invalid', `${key} is in invalid/: a gap is a statement we must accept`);
        assert.notDeepEqual(ourMessages(statement), [], `${key} now parses: remove it from known-gaps.txt`);
      });
    }
  });
});
