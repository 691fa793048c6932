import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check } from '@strata/core';
import { numberFlag, parseFlags } from '../args';
import { coldRun } from '../cold';
import { generateProject } from '../generate';
import { median } from '../measure';
import type { BenchResult, Cell } from '../report';

const USAGE = 'usage: npm run bench -- check [--tables N] [--jobs N] [--seed S] [--iterations N]';
const EXAMPLE = path.resolve(__dirname, '..', '..', '..', '..', 'examples', 'live');

async function warm(root: string, iterations: number): Promise<{ ms: number; files: number; problems: number }> {
  const samples: number[] = [];
  let last = await check({ project: root, cwd: root, cache: false });
  for (let i = 0; i < iterations; i++) {
    const started = process.hrtime.bigint();
    last = await check({ project: root, cwd: root, cache: false });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ms: median(samples), files: last.files, problems: last.diagnostics.length };
}

async function row(project: string, root: string, iterations: number): Promise<Record<string, Cell>> {
  const cold = coldRun(root, 'check', { cache: false });
  const w = await warm(root, iterations);
  // The first cached run fills .strata/cache/check/, the second answers from it; both in fresh processes.
  const fill = coldRun(root, 'check', { cache: true });
  const hit = coldRun(root, 'check', { cache: true });
  return { project, files: w.files, problems: w.problems, 'cold ms': cold, 'warm ms': w.ms, 'files/s (cold)': (w.files * 1000) / cold, 'cache fill ms': fill, 'cache hit ms': hit };
}

/** `npm run bench -- check`: `strata check` over examples/live and a generated project. */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const values = parseFlags(args, { tables: 'count', jobs: 'count', seed: 'count', iterations: 'count' }, USAGE);
  const s = {
    tables: numberFlag(values, 'tables', 10000),
    jobs: numberFlag(values, 'jobs', 6000),
    seed: numberFlag(values, 'seed', 1),
    iterations: Math.max(1, numberFlag(values, 'iterations', 3)),
  };
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-bench-check-'));
  try {
    // Copies, so the cache columns write .strata/ under the temp folder, not into the repository.
    const live = path.join(out, 'live');
    const generated = path.join(out, 'generated');
    fs.cpSync(EXAMPLE, live, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
    generateProject({ tables: s.tables, jobs: s.jobs, seed: s.seed, out: generated });
    return {
      name: 'check',
      params: { ...s },
      columns: ['project', 'files', 'problems', 'cold ms', 'warm ms', 'files/s (cold)', 'cache fill ms', 'cache hit ms'],
      rows: [await row('examples/live', live, s.iterations), await row(`generated (seed ${s.seed})`, generated, s.iterations)],
      notes: [
        'cold: a fresh Node process loads @strata/core and checks the whole project without the cache (`--no-cache`, minus CLI start-up); warm: the same again in one process',
        'cache fill / hit: the same with the cache (the default), first with an empty .strata/cache, then answered from it',
      ],
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
