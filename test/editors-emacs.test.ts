import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ANCHOR_TABLE, editorScripts, EditorRun, GIFT_AMOUNT_UPSTREAM, missing, RANK_COLUMNS, runEditor, UNKNOWN_COLUMN } from './helpers/editors';

interface FlymakeDiagnostic {
  line: number;
  col: number;
  end_col: number;
  type: string;
  text: string;
}
interface EmacsResult {
  error?: string;
  indexed_diagnostics: FlymakeDiagnostic[];
  hover: string;
  definition: typeof ANCHOR_TABLE;
  edit_diagnostics: FlymakeDiagnostic[];
  completion: string[];
}

/** Emacs and eglot (built in since Emacs 29; Debian's elpa-eglot for Emacs 28), or why not. */
function whyNot(): string | undefined {
  const noEmacs = missing('emacs', 'emacs-nox');
  if (noEmacs) return noEmacs;
  const eglot = spawnSync('emacs', ['--batch', '--eval', "(require 'eglot)"], { stdio: 'ignore' });
  return eglot.status === 0 ? undefined : 'eglot is not available to Emacs (npm test installs it as root: apt-get install -y elpa-eglot)';
}

/**
 * Emacs in batch mode with eglot drives the server on a copy of examples/live:
 * test/editors/emacs-eglot.el opens the rank job in sql-mode (eglot-server-programs points at our
 * server), waits for indexing and diagnostics, then takes hover and definition (jsonrpc requests
 * through eglot's server), flymake's diagnostics after an edit and completion-at-point candidates
 * after `k.`, and writes what Emacs saw as JSON.
 */
describe('Emacs + eglot on examples/live', function () {
  this.timeout(60_000);
  const reason = whyNot();
  let run: EditorRun<EmacsResult>;
  let result: EmacsResult;

  before(async function () {
    if (reason) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
    run = await runEditor<EmacsResult>('emacs', () => ['--batch', '-l', path.join(editorScripts, 'emacs-eglot.el')]);
    assert.equal(run.timedOut, false, `emacs timed out after 30 s\n${run.output}`);
    assert.ok(run.result, `emacs wrote no result (exit ${run.status})\n${run.output}`);
    assert.equal(run.result.error, undefined, run.result.error);
    assert.equal(run.status, 0, run.output);
    result = run.result;
  });

  it('connects, indexes and flymake shows no diagnostics for the clean job', () => {
    assert.deepEqual(result.indexed_diagnostics, []);
  });

  it('hovers a column with its upstream lineage down to the source tables and job files', () => {
    assert.ok(result.hover.startsWith(`${GIFT_AMOUNT_UPSTREAM}\n\ndownstream:\n`), result.hover);
  });

  it('goes to the definition of a table: its file and the name in its CREATE TABLE', () => {
    assert.deepEqual(result.definition, ANCHOR_TABLE);
  });

  it('shows an unknown column introduced by an edit as a flymake error with our source, code and message', () => {
    assert.deepEqual(result.edit_diagnostics, [{ line: 49, col: 4, end_col: 14, type: 'eglot-error', text: `strata [SE02]: ${UNKNOWN_COLUMN}` }]);
  });

  it('offers exactly the columns of the relation after `k.` through completion-at-point', () => {
    assert.deepEqual(result.completion, RANK_COLUMNS);
  });

  it('runs well within its budget and leaves no process behind', () => {
    assert.ok(run.ms < 30_000, `${run.ms} ms`);
    assert.equal(run.leftovers, 0);
  });
});
