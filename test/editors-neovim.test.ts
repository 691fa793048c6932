import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ANCHOR_TABLE, editorScripts, EditorRun, GIFT_AMOUNT_UPSTREAM, missing, RANK_COLUMNS, runEditor, UNKNOWN_COLUMN } from './helpers/editors';

interface NeovimDiagnostic {
  line: number;
  col: number;
  end_line: number;
  end_col: number;
  severity: number;
  source: string;
  code: string;
  message: string;
}
interface NeovimResult {
  error?: string;
  indexed_diagnostics: NeovimDiagnostic[];
  hover: string;
  definition: typeof ANCHOR_TABLE;
  edit_diagnostics: NeovimDiagnostic[];
  completion: { isIncomplete: boolean; labels: string[] };
}

/**
 * Headless Neovim (Debian `neovim`, its built-in LSP client) drives the server on a copy of
 * examples/live: test/editors/neovim.lua opens the rank job, waits for attach, indexing
 * ($/progress) and diagnostics, then asks for hover, definition, diagnostics after an edit and
 * completion after `k.`, and writes what Neovim saw as JSON.
 */
describe('Neovim (built-in LSP client) on examples/live', function () {
  this.timeout(60_000);
  const reason = missing('nvim', 'neovim');
  let run: EditorRun<NeovimResult>;
  let result: NeovimResult;

  before(async function () {
    if (reason) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
    run = await runEditor<NeovimResult>('nvim', () => ['--headless', '--clean', '-u', path.join(editorScripts, 'neovim.lua')]);
    assert.equal(run.timedOut, false, `nvim timed out after 30 s\n${run.output}`);
    assert.ok(run.result, `nvim wrote no result (exit ${run.status})\n${run.output}`);
    assert.equal(run.result.error, undefined, run.result.error);
    assert.equal(run.status, 0, run.output);
    result = run.result;
  });

  it('attaches, indexes and publishes no diagnostics for the clean job', () => {
    assert.deepEqual(result.indexed_diagnostics, []);
  });

  it('hovers a column with its upstream lineage down to the source tables and job files', () => {
    assert.ok(result.hover.startsWith(`${GIFT_AMOUNT_UPSTREAM}\n\ndownstream:\n`), result.hover);
  });

  it('goes to the definition of a table: its file and the name in its CREATE TABLE', () => {
    assert.deepEqual(result.definition, ANCHOR_TABLE);
  });

  it('shows an unknown column introduced by an edit with our source, code and message', () => {
    assert.deepEqual(result.edit_diagnostics, [{ line: 49, col: 4, end_line: 49, end_col: 14, severity: 1, source: 'strata', code: 'SE02', message: UNKNOWN_COLUMN }]);
  });

  it('completes exactly the columns of the relation after `k.`', () => {
    assert.deepEqual(result.completion, { isIncomplete: false, labels: RANK_COLUMNS });
  });

  it('runs well within its budget and leaves no process behind', () => {
    assert.ok(run.ms < 30_000, `${run.ms} ms`);
    assert.equal(run.leftovers, 0);
  });
});
