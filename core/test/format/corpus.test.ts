import assert from 'node:assert/strict';
import * as path from 'node:path';
import { formatSql } from '../../src/format';
import { loadProject } from '../../src/project';
import type { Dialect } from '../../src/sql';
import { CORPUS_DIALECTS, corpusKey, loadCorpus, type CorpusStatement } from '../sql/conformance/corpus';
import { assertEquivalent } from './helpers';

/**
 * Statements of `<dialect>/valid/` and `grammar-lacks/` (engine syntax our parser accepts) that
 * sql-formatter cannot format faithfully, so `strata format` keeps them as written (with a note): Spark/Hive nested block comments and number suffixes
 * (`12.578e-2d`) and `::` casts it tokenizes differently, keywords used as names (`SELECT limit, a`), Hive's
 * `$elem$` names, `TABLESAMPLE(100M)` and 20-digit literals it cannot read. Lower a count when a
 * change formats more of them.
 */
const KEPT_AS_WRITTEN: Record<Dialect, number> = { spark: 10, hive: 8, flink: 0 };

const EXAMPLES_LIVE = path.resolve(__dirname, '..', '..', '..', '..', 'examples', 'live');

describe('format: the conformance corpus and examples/live', function () {
  // sql-formatter takes a few milliseconds per statement, and every statement is formatted twice.
  this.timeout(600_000);
  let corpus: CorpusStatement[];
  before(() => (corpus = loadCorpus().filter((s) => s.verdict !== 'invalid')));

  for (const dialect of CORPUS_DIALECTS) {
    it(`${dialect}: every valid and grammar-lacks statement formats idempotently to the same tree and tokens; ${KEPT_AS_WRITTEN[dialect]} kept as written`, () => {
      const statements = corpus.filter((s) => s.dialect === dialect);
      let kept = 0;
      for (const s of statements) {
        const where = corpusKey(s);
        const result = formatSql(s.text, dialect);
        // A statement our parser still rejects (conformance known gaps) is rightly left alone.
        if (result.syntaxError) {
          assert.equal(result.text, s.text, where);
          continue;
        }
        kept += result.notes.length;
        assert.equal(formatSql(result.text, dialect).text, result.text, `${where}: formatting twice changes it`);
        assertEquivalent(s.text, result.text, dialect, where);
      }
      assert.ok(statements.length > 50, `${dialect}: the corpus is missing`);
      assert.equal(kept, KEPT_AS_WRITTEN[dialect], `${dialect}: ${statements.length - kept} of ${statements.length} statements formatted`);
    });
  }

  it('examples/live: every file formats, idempotently, to the same trees and tokens, with no statement kept as written', async () => {
    const project = await loadProject(EXAMPLES_LIVE);
    assert.ok(project.files.length > 40);
    for (const file of project.files) {
      const result = formatSql(file.text, file.dialect);
      assert.deepEqual(result.notes, [], file.path);
      assert.notEqual(result.text, file.text, `${file.path}: expected a layout change`);
      assert.equal(formatSql(result.text, file.dialect).text, result.text, `${file.path}: formatting twice changes it`);
      assertEquivalent(file.text, result.text, file.dialect, file.path);
    }
  });
});
