import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lineage, loadWorkspace, type Workspace } from '@strata/core';
import { numberFlag, parseFlags } from '../args';
import { coldRun } from '../cold';
import { generateProject } from '../generate';
import { measure, median } from '../measure';
import type { BenchResult, Cell } from '../report';

const USAGE = 'usage: npm run bench -- lineage [--tables N] [--jobs N] [--seed S] [--iterations N]';
const EXAMPLE = path.resolve(__dirname, '..', '..', '..', '..', 'examples', 'live');

interface Settings {
  tables: number;
  jobs: number;
  seed: number;
  iterations: number;
}

function settings(args: readonly string[]): Settings {
  const values = parseFlags(args, { tables: 'count', jobs: 'count', seed: 'count', iterations: 'count' }, USAGE);
  return {
    tables: numberFlag(values, 'tables', 10000),
    jobs: numberFlag(values, 'jobs', 6000),
    seed: numberFlag(values, 'seed', 1),
    iterations: Math.max(1, numberFlag(values, 'iterations', 5)),
  };
}

/** Per-statement lineage time of every job (parsing excluded), warm. */
function perStatement(ws: Workspace, iterations: number): { medianMs: number; p95Ms: number; statements: number } {
  const samples: number[] = [];
  for (const wf of ws.files) {
    if (wf.file.kind !== 'job' || wf.script.statements.length === 0) continue;
    const t = measure(() => lineage(wf.script, { catalog: ws.catalog }), { warmup: 1, iterations });
    samples.push(t.medianMs / wf.script.statements.length);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: median(sorted), p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0, statements: samples.length };
}

async function row(project: string, root: string, s: Settings): Promise<Record<string, Cell>> {
  const coldMs = coldRun(root, 'loadWorkspace');
  const ws = await loadWorkspace({ project: root, cwd: root });
  const warm = await measureAsync(() => loadWorkspace({ project: root, cwd: root }), Math.min(3, s.iterations));
  const stmt = perStatement(ws, s.iterations);
  return {
    project,
    tables: ws.catalog.tables().length,
    jobs: ws.jobs.size,
    'column edges': ws.columns.edges().length,
    'cold load ms': coldMs,
    'warm load ms': warm,
    'ms/stmt median': stmt.medianMs,
    'ms/stmt p95': stmt.p95Ms,
  };
}

async function measureAsync(fn: () => Promise<unknown>, iterations: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}

/** `npm run bench -- lineage`: lineage per statement, for examples/live and a generated project. */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const s = settings(args);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-bench-lineage-'));
  try {
    generateProject({ tables: s.tables, jobs: s.jobs, seed: s.seed, out });
    const rows = [await row('examples/live', EXAMPLE, s), await row(`generated (seed ${s.seed})`, out, s)];
    return {
      name: 'lineage',
      params: { ...s },
      columns: ['project', 'tables', 'jobs', 'column edges', 'cold load ms', 'warm load ms', 'ms/stmt median', 'ms/stmt p95'],
      rows,
      notes: [
        'cold load: a fresh Node process loads @strata/core, reads, parses, builds the catalog and every job\'s lineage (goal <= 5000 ms for 10,000 tables)',
        'ms/stmt: lineage of one statement against the project catalog, parsing excluded, warm (goal <= 2 ms)',
      ],
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
