import * as path from 'node:path';
import { formatSql, loadProject, type SqlFile } from '@strata/core';
import { numberFlag, parseFlags } from '../args';
import { elapsedMs, measure } from '../measure';
import type { BenchResult } from '../report';

const USAGE = 'usage: npm run bench -- format [--iterations N]';
const EXAMPLE = path.resolve(__dirname, '..', '..', '..', '..', 'examples', 'live');

/**
 * `npm run bench -- format`: formatSql over every file of examples/live, in one process: the first
 * run (cold JIT), then warm medians of formatting the files as written and of re-checking the
 * formatted files (what `strata format --check` costs on a formatted project without its cache).
 */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const iterations = Math.max(1, numberFlag(parseFlags(args, { iterations: 'count' }, USAGE), 'iterations', 3));
  const files = (await loadProject(EXAMPLE)).files;
  const formatAll = (texts: readonly SqlFile[]) => texts.map((f) => ({ ...f, text: formatSql(f.text, f.dialect).text }));
  const started = process.hrtime.bigint();
  const formatted = formatAll(files);
  const firstMs = elapsedMs(started);
  const row = (input: string, ms: number, of: readonly SqlFile[]) => ({ input, files: of.length, KB: Math.round(of.reduce((n, f) => n + f.text.length, 0) / 1024), ms, 'files/s': (of.length * 1000) / ms });
  return {
    name: 'format',
    params: { iterations },
    columns: ['input', 'files', 'KB', 'ms', 'files/s'],
    rows: [
      row('examples/live, first run', firstMs, files),
      row('examples/live, warm', measure(() => formatAll(files), { iterations }).medianMs, files),
      row('examples/live formatted, warm', measure(() => formatAll(formatted), { iterations }).medianMs, formatted),
    ],
    notes: [
      'a changed statement is formatted twice (the result must be stable); an already formatted one once',
      'sql-formatter (nearley) is most of the time; strata format caches per file under .strata/cache/format/',
    ],
  };
}
