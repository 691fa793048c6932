import * as assert from 'node:assert/strict';
import { analyzeScript } from '../../../src/analysis';
import { parse } from '../../../src/sql';
import { validateStrict } from '../../../src/sql/oracle';
import { CORPUS_DIALECTS, loadCorpus, type CorpusStatement } from './corpus';

/** Minimum corpus size per dialect: a shrinking corpus would make agreement meaningless. */
const MIN_VALID = 60;
const MIN_INVALID = 15;

function label(s: CorpusStatement): string {
  return `${s.file} #${s.index} (line ${s.line})`;
}

function oracleMessages(s: CorpusStatement): string[] {
  return validateStrict(s.text, s.dialect, [{ start: 0, end: s.text.length }]).map((e) => e.message);
}

describe('sql conformance with dt-sql-parser', () => {
  const corpus = loadCorpus();

  for (const dialect of CORPUS_DIALECTS) {
    it(`has at least ${MIN_VALID} valid and ${MIN_INVALID} invalid ${dialect} statements`, () => {
      const of = corpus.filter((s) => s.dialect === dialect);
      assert.ok(of.filter((s) => s.valid).length >= MIN_VALID);
      assert.ok(of.filter((s) => !s.valid).length >= MIN_INVALID);
    });
  }

  describe('the oracle judges each statement as its folder says', () => {
    for (const statement of corpus) {
      it(label(statement), () => {
        assert.deepEqual(oracleMessages(statement).length === 0, statement.valid, oracleMessages(statement).join('; '));
      });
    }
  });

  describe('our parser agrees with the oracle', () => {
    for (const statement of corpus) {
      it(label(statement), () => {
        const errors = parse(statement.text, statement.dialect).errors.map((e) => e.message);
        const verdict = statement.valid ? 'oracle accepts' : `oracle rejects: ${oracleMessages(statement)[0]}`;
        assert.equal(errors.length === 0, statement.valid, `${verdict}; ours says: ${errors.join('; ') || 'no error'}`);
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
