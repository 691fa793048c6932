import { numberFlag, parseFlags } from '../args';
import { generateProjectFiles } from '../generate';
import { measure } from '../measure';
import type { BenchResult } from '../report';

const USAGE = 'usage: npm run bench -- generate [--tables N] [--jobs N] [--seed S] [--iterations N]';

/** Time to build a generated project in memory (no disk writes), by project size. */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const values = parseFlags(args, { tables: 'count', jobs: 'count', seed: 'count', iterations: 'count' }, USAGE);
  const tables = numberFlag(values, 'tables', 10_000);
  const jobs = numberFlag(values, 'jobs', Math.floor(tables / 2));
  const seed = numberFlag(values, 'seed', 1);
  const iterations = Math.max(1, numberFlag(values, 'iterations', 5));
  let bytes = 0;
  const timing = measure(
    () => {
      bytes = 0;
      for (const content of generateProjectFiles({ tables, jobs, seed }).values()) bytes += content.length;
    },
    { warmup: 1, iterations },
  );
  return {
    name: 'generate',
    params: { tables, jobs, seed, iterations },
    columns: ['tables', 'jobs', 'MB', 'median ms', 'tables/s'],
    rows: [{ tables, jobs, MB: bytes / 1e6, 'median ms': timing.medianMs, 'tables/s': (tables * 1000) / timing.medianMs }],
    notes: ['in memory; writing the files adds the file system\'s cost'],
  };
}
