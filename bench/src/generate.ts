import * as fs from 'node:fs';
import * as path from 'node:path';
import { numberFlag, parseFlags } from './args';
import { generateProjectFiles, type GenerateOptions, type ProjectFiles } from './generator/project';

export { generateProjectFiles, type GenerateOptions, type ProjectFiles } from './generator/project';

/** Options of {@link generateProject}: what to generate and the folder to write it to. */
export interface GenerateProjectOptions extends GenerateOptions {
  out: string;
}

export interface GeneratedProject {
  root: string;
  tables: number;
  jobs: number;
  files: number;
  bytes: number;
}

/**
 * Writes a deterministic warehouse project (see `generateProjectFiles`) under `out`: the same
 * options always produce byte-identical files. Existing files at the same paths are replaced.
 */
export function generateProject(options: GenerateProjectOptions): GeneratedProject {
  const files = generateProjectFiles(options);
  const dirs = new Set([...files.keys()].map((file) => path.dirname(path.join(options.out, file))));
  for (const dir of dirs) fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [file, content] of files) {
    fs.writeFileSync(path.join(options.out, file), content);
    bytes += Buffer.byteLength(content);
  }
  return { root: options.out, ...summarize(files), bytes };
}

function summarize(files: ProjectFiles): { tables: number; jobs: number; files: number } {
  const paths = [...files.keys()];
  return {
    tables: paths.filter((p) => p.startsWith('tables/')).length,
    jobs: paths.filter((p) => p.startsWith('jobs/')).length,
    files: paths.length,
  };
}

const USAGE = 'usage: node bench/dist/src/generate.js --tables N --jobs M --seed S --out DIR [--name NAME]';

/** Parses the command line of `generate.js`; throws with the usage line on bad input. */
export function parseGenerateArgs(argv: readonly string[]): GenerateProjectOptions {
  const spec = { tables: 'count', jobs: 'count', seed: 'count', out: 'string', name: 'string' } as const;
  const values = parseFlags(argv, spec, USAGE);
  const out = values.get('out');
  if (typeof out !== 'string' || out === '') throw new Error(`--out is required; ${USAGE}`);
  const name = values.get('name');
  return {
    tables: numberFlag(values, 'tables', 200),
    jobs: numberFlag(values, 'jobs', 100),
    seed: numberFlag(values, 'seed', 1),
    out,
    name: typeof name === 'string' ? name : undefined,
  };
}

if (require.main === module) {
  try {
    const started = process.hrtime.bigint();
    const result = generateProject(parseGenerateArgs(process.argv.slice(2)));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`${result.tables} tables, ${result.jobs} jobs, ${(result.bytes / 1e6).toFixed(1)} MB in ${result.root} (${ms.toFixed(0)} ms)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
