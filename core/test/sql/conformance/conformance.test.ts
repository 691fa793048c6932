import * as assert from 'node:assert/strict';
import { analyzeScript } from '../../../src/analysis';
import { parse } from '../../../src/sql';
import { CORPUS_DIALECTS, CORPUS_VERDICTS, corpusKey, loadCorpus, type CorpusStatement, type CorpusVerdict } from './corpus';
import { loadKnownGaps } from './known-gaps';
import { loadOracleVerdicts, oracleError } from './oracle-verdicts';

/**
 * Minimum corpus size per dialect and folder: a shrinking corpus would make agreement
 * meaningless. Raise these when statements are added, never lower them.
 */
const MIN_COUNTS: Record<string, Record<CorpusVerdict, number>> = {
  spark: { valid: 1270, invalid: 44, 'grammar-lacks': 45 },
  hive: { valid: 970, invalid: 42, 'grammar-lacks': 27 },
  flink: { valid: 1005, invalid: 42, 'grammar-lacks': 165 },
};
const MIN_TOTAL = 3650;

function label(s: CorpusStatement): string {
  return `${s.file} #${s.index} (line ${s.line})`;
}

function ourMessages(s: CorpusStatement): string[] {
  return parse(s.text, s.dialect).errors.map((e) => e.message);
}

describe('sql conformance with dt-sql-parser', () => {
  const corpus = loadCorpus();
  const knownGaps = loadKnownGaps();
  const recorded = loadOracleVerdicts();

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
        const error = oracleError(statement, recorded);
        assert.equal(error === '', statement.valid, error || 'the oracle accepts it');
      });
    }
  });

  const ourTitles: Record<CorpusVerdict, string> = {
    valid: 'our parser accepts what the oracle accepts (valid/)',
    'grammar-lacks': 'our parser accepts documented syntax the oracle lacks (grammar-lacks/)',
    invalid: 'our parser rejects what the oracle rejects (invalid/)',
  };
  for (const verdict of CORPUS_VERDICTS) {
    describe(ourTitles[verdict], () => {
      for (const statement of corpus.filter((s) => s.verdict === verdict && !knownGaps.has(corpusKey(s)))) {
        it(label(statement), () => {
          const errors = ourMessages(statement);
          const expected = verdict === 'invalid' ? `oracle rejects: ${oracleError(statement, recorded)}` : `${verdict} statement`;
          assert.equal(errors.length === 0, verdict !== 'invalid', `${expected}; ours says: ${errors.join('; ') || 'no error'}`);
        });
      }
    });
  }

  describe('known gaps (known-gaps.txt): statements our parser still gets wrong', () => {
    const byKey = new Map(corpus.map((s) => [corpusKey(s), s]));
    for (const key of knownGaps.keys()) {
      it(`${key} is still wrong (when this fails, remove it from known-gaps.txt)`, () => {
        const statement = byKey.get(key);
        assert.ok(statement, `no corpus statement ${key}`);
        const accepted = ourMessages(statement).length === 0;
        assert.equal(accepted, statement.verdict === 'invalid', `${key} is now ${accepted ? 'accepted' : 'rejected'} as it should be: remove it from known-gaps.txt`);
      });
    }
  });

  // Analysis turns an exception into an `internal-error` diagnostic (the statement's lineage is
  // missing); on the corpus, valid or not, that path must never be taken.
  describe('analysis never fails on a corpus statement', () => {
    for (const statement of corpus) {
      it(label(statement), () => {
        const { diagnostics } = analyzeScript(parse(statement.text, statement.dialect));
        assert.deepEqual(diagnostics.filter((d) => d.code === 'internal-error').map((d) => d.message), []);
      });
    }
  });
});
