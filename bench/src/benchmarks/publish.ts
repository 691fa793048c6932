import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { computePlan, desiredState, loadWorkspace, openDuckDb, openDuckDbState, schedulerArtefacts, type PublishedJob, type PublishedTable } from '@strata/core';
import { numberFlag, parseFlags } from '../args';
import { generateProject } from '../generate';
import type { BenchResult, Cell } from '../report';
import { strataRun } from '../strata-process';

const USAGE = 'usage: npm run bench -- publish [--tables N] [--jobs N] [--seed S]';
const EXAMPLE = path.resolve(__dirname, '..', '..', '..', '..', 'examples', 'live');

/** One fresh `strata ARGS --json` process in `root`: its wall and CPU time and the plan's step count. */
function timed(label: string, root: string, args: string[]): Record<string, Cell> {
  const run = strataRun([...args, '--json'], root);
  const result = JSON.parse(run.stdout).result;
  const steps = (result.steps ?? result.plan.steps).length;
  return { case: label, steps, 'breaking': result.breaking ?? result.plan?.breaking ?? '', 'wall ms': run.ms, 'cpu ms': run.cpuMs };
}

/**
 * Records the state a publish of the whole project would leave, and writes its scheduler
 * artefacts, without creating its tables (plan reads only the state): publishing 10,000 tables
 * one step at a time would make a slow bench set-up.
 */
async function seedPublishedState(root: string): Promise<void> {
  const ws = await loadWorkspace({ project: root, cwd: root });
  const plan = computePlan('local', desiredState(ws, {}), { format: 1, tables: {}, jobs: {} });
  const by = 'bench@local';
  const at = new Date().toISOString();
  const tables: Record<string, PublishedTable> = {};
  const jobs: Record<string, PublishedJob> = {};
  for (const step of plan.steps) {
    for (const [name, row] of Object.entries(step.tables)) if (row) tables[name] = { ...row, by, at };
    for (const [file, row] of Object.entries(step.jobs)) if (row) jobs[file] = { ...row, by, at };
  }
  const scheduler = path.join(root, '.strata', 'targets', 'local', 'scheduler');
  for (const f of schedulerArtefacts(ws, { project: ws.project.config.name, target: 'local' })) {
    fs.mkdirSync(path.dirname(path.join(scheduler, f.path)), { recursive: true });
    fs.writeFileSync(path.join(scheduler, f.path), f.content);
  }
  const engine = await openDuckDb({ path: path.join(root, '.strata', 'local.duckdb') });
  try {
    await openDuckDbState(engine, 'local').record({ plan: 'bench', step: 1, description: 'bench seed', by, at }, tables, jobs);
  } finally {
    await engine.close();
  }
}

/** Adds a column to the first table file: one non-breaking change to plan. */
function addColumn(root: string): void {
  const layer = fs.readdirSync(path.join(root, 'tables')).sort()[0];
  const file = path.join(root, 'tables', layer, fs.readdirSync(path.join(root, 'tables', layer)).sort()[0]);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace(/\n\) COMMENT/, ",\n  bench_added STRING COMMENT 'added by the bench'\n) COMMENT"));
}

/** `npm run bench -- publish`: `strata plan` on a generated project, and `strata publish` of examples/live. */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const values = parseFlags(args, { tables: 'count', jobs: 'count', seed: 'count' }, USAGE);
  const s = { tables: numberFlag(values, 'tables', 10000), jobs: numberFlag(values, 'jobs', 6000), seed: numberFlag(values, 'seed', 1) };
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-bench-publish-'));
  try {
    const generated = path.join(out, 'generated');
    generateProject({ tables: s.tables, jobs: s.jobs, seed: s.seed, out: generated });
    const rows = [
      timed(`plan, ${s.tables} tables, empty target, empty cache`, generated, ['plan']),
      timed(`plan, ${s.tables} tables, empty target, warm cache`, generated, ['plan']),
    ];
    await seedPublishedState(generated);
    rows.push(timed(`plan, ${s.tables} tables published, nothing changed`, generated, ['plan']));
    addColumn(generated);
    rows.push(timed(`plan, ${s.tables} tables published, one column added`, generated, ['plan']));
    const live = path.join(out, 'live');
    fs.cpSync(EXAMPLE, live, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
    rows.push(timed('publish examples/live from empty', live, ['publish', '--yes']));
    rows.push(timed('publish examples/live again (up to date)', live, ['publish', '--yes']));
    rows.push(timed('run examples/live for 2026-11-25 (steps = jobs run)', live, ['run', '--date', '2026-11-25']));
    return {
      name: 'publish',
      params: { ...s },
      columns: ['case', 'steps', 'breaking', 'wall ms', 'cpu ms'],
      rows,
      notes: [
        'each row is a fresh `strata ... --json` process (start-up included); goal: plan of the 10,000-table project <= 3000 ms',
        'published: the state a full publish leaves, recorded directly (plan reads only the state), and its scheduler artefacts written; one column added: one table file edited',
        'run: a local run of every examples/live batch job for one date on the target just published (see `npm run bench -- run` for more run rows)',
      ],
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
