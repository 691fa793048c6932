import * as path from 'node:path';
import { Catalog, loadProject, parse, resolveVariables, tableFromCreate, translateToDuckDb, type SqlFile } from '@strata/core';
import { numberFlag, parseFlags } from '../args';
import { elapsedMs, measure } from '../measure';
import type { BenchResult } from '../report';

const USAGE = 'usage: npm run bench -- translate [--iterations N]';
const EXAMPLE = path.resolve(__dirname, '..', '..', '..', '..', 'examples', 'live');

/**
 * `npm run bench -- translate`: translateToDuckDb (parse included) over every job of
 * examples/live, batch and streaming: the first run in the process, then the warm median.
 */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const iterations = Math.max(1, numberFlag(parseFlags(args, { iterations: 'count' }, USAGE), 'iterations', 50));
  const project = await loadProject(EXAMPLE);
  const catalog = new Catalog();
  for (const f of project.files.filter((file) => file.kind === 'table')) {
    for (const s of parse(f.text, f.dialect).statements) if (s.kind === 'CreateTable') catalog.add(tableFromCreate(s, f.path, f.dialect));
  }
  const jobs = project.files.filter((f) => f.kind === 'job');
  const inputs = jobs.map((f) => ({ text: f.text, dialect: f.dialect, file: f.path, catalog, vars: resolveVariables({ project: project.config.vars, frontMatter: f.frontMatter?.data.vars }) }));
  const translateAll = () => inputs.map((input) => translateToDuckDb(input));
  const started = process.hrtime.bigint();
  translateAll();
  const firstMs = elapsedMs(started);
  const warmMs = measure(translateAll, { iterations }).medianMs;
  const row = (input: string, ms: number, of: readonly SqlFile[]) => ({ input, jobs: of.length, ms, 'ms/job': ms / of.length });
  return {
    name: 'translate',
    params: { iterations },
    columns: ['input', 'jobs', 'ms', 'ms/job'],
    rows: [row('examples/live jobs, first run', firstMs, jobs), row('examples/live jobs, warm', warmMs, jobs)],
    notes: ['parse + translation to DuckDB SQL; running the SQL is in the dryrun bench'],
  };
}
