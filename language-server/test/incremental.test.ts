import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LineIndex, parse, sqlFileOf, workspaceOf, type Workspace } from '@strata/core';
import { diagnostics } from '../src/features/diagnostics';
import { hover } from '../src/features/hover';
import { fileUri, Projects } from '../src/projects';
import type { DocumentSnapshot } from '../src/snapshot';
import { Dice, randomEdit } from './fuzz/inputs';

const LIVE = path.resolve(__dirname, '../../../examples/live');
const EDITS_PER_JOB = Number(process.env.STRATA_INCREMENTAL_EDITS ?? 6);
const SEED = Number(process.env.STRATA_INCREMENTAL_SEED ?? 8);

/** Offsets of `count` random words of `text` (where a hover finds columns, tables and functions). */
function wordOffsets(dice: Dice, text: string, count: number): number[] {
  const words = [...text.matchAll(/[A-Za-z_]\w*/g)].map((m) => m.index! + dice.below(m[0].length));
  return Array.from({ length: count }, () => (words.length > 0 ? dice.pick(words) : 0));
}

describe('editing a job re-parses and re-analyses only what changed, and answers as a from-scratch analysis', function () {
  // ~130 from-scratch workspaces of examples/live: about 25 s on a busy machine.
  this.timeout(240_000);
  let root: string;
  let projects: Projects;
  let ws: Workspace;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-incremental-'));
    fs.cpSync(LIVE, root, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
    projects = new Projects();
    ws = await projects.project(root).load();
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  /** The document as a workspace built from scratch (every file parsed and analysed) with this text sees it. */
  function fromScratch(doc: DocumentSnapshot): DocumentSnapshot {
    const path = doc.file!.path;
    const file = sqlFileOf(path, 'job', doc.text, ws.project.config).sqlFile;
    const fresh = workspaceOf({ ...ws.project, files: ws.files.map((f) => (f.file.path === path ? file : f.file)) });
    const wf = fresh.files.find((f) => f.file.path === path)!;
    return { ...doc, script: wf.script, lines: new LineIndex(doc.text), file: wf.file, workspace: fresh, catalog: fresh.catalog, analysis: fresh.analysis.get(path) };
  }

  it(`random edits to every job of examples/live (${EDITS_PER_JOB} each, then back): the same tree, diagnostics and hovers`, () => {
    const dice = new Dice(SEED);
    for (const job of ws.files.filter((f) => f.file.kind === 'job').map((f) => f.file)) {
      const uri = fileUri(root, job.path);
      let text = job.text;
      for (let i = 0; i <= EDITS_PER_JOB; i++) {
        text = i === EDITS_PER_JOB ? job.text : randomEdit(dice, text);
        const incremental = projects.snapshot(uri, text);
        const scratch = fromScratch(incremental);
        const where = `${job.path} after edit ${i}`;
        assert.deepStrictEqual(incremental.script, parse(text, incremental.dialect), where);
        assert.deepStrictEqual(diagnostics(incremental), diagnostics(scratch), where);
        for (const offset of wordOffsets(dice, text, 3)) {
          const position = incremental.lines.position(offset);
          assert.deepStrictEqual(hover(incremental, position), hover(scratch, position), `${where}, hover at ${position.line}:${position.character}`);
        }
      }
    }
  });
});
