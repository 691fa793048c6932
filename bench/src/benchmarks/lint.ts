import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ALL_RULES } from '@strata/core';
import { numberFlag, parseFlags } from '../args';
import { generateProject } from '../generate';
import type { BenchResult, Cell } from '../report';
import { ensureSqlfluff, runSqlfluff, sqlfluffConfig } from '../sqlfluff';
import { cliHas, coreTaskRun, nodeStartup, strataRun, type ProcessRun } from '../strata-process';

const USAGE = 'usage: npm run bench -- lint [--tables N] [--jobs N] [--sqlfluff-files N] [--big-tables N] [--big-jobs N] [--seed S] [--iterations N]';

interface Settings {
  tables: number;
  jobs: number;
  sqlfluffFiles: number;
  bigTables: number;
  bigJobs: number;
  seed: number;
  iterations: number;
}

function settings(args: readonly string[]): Settings {
  const spec = { tables: 'count', jobs: 'count', 'sqlfluff-files': 'count', 'big-tables': 'count', 'big-jobs': 'count', seed: 'count', iterations: 'count' } as const;
  const values = parseFlags(args, spec, USAGE);
  return {
    tables: numberFlag(values, 'tables', 2000),
    jobs: numberFlag(values, 'jobs', 1200),
    sqlfluffFiles: Math.max(1, numberFlag(values, 'sqlfluff-files', 40)),
    bigTables: numberFlag(values, 'big-tables', 10000),
    bigJobs: numberFlag(values, 'big-jobs', 6000),
    seed: numberFlag(values, 'seed', 1),
    iterations: Math.max(1, numberFlag(values, 'iterations', 3)),
  };
}

/** The project's SQL files (project-relative), tables and jobs interleaved as the generator wrote them. */
function sqlFiles(root: string): string[] {
  return ['tables', 'jobs'].flatMap((dir) =>
    fs.readdirSync(path.join(root, dir), { recursive: true }).map((f) => `${dir}/${String(f).split(path.sep).join('/')}`).filter((f) => f.endsWith('.sql')),
  ).sort();
}

/** Every rule on, each at its default severity, written out so the run does not depend on defaults. */
function enableAllRules(root: string): void {
  const rules = ALL_RULES.map((r) => `    ${r.code}: ${r.defaultSeverity}`);
  fs.appendFileSync(path.join(root, 'strata.yaml'), ['lint:', '  rules:', ...rules, ''].join('\n'));
}

/** `count` files spread evenly over `files` (so tables and jobs are both sampled). */
function sample(files: string[], count: number): string[] {
  if (count >= files.length) return files;
  const step = files.length / count;
  return Array.from({ length: count }, (_, i) => files[Math.floor(i * step)]);
}

/** `strata lint` (the CLI when built, else core's lint task in a fresh process) of `paths` in `root`. */
function strataLint(root: string, paths: string[], cache: boolean): ProcessRun {
  if (cliHas('lint')) return strataRun(['lint', '--project', root, ...(cache ? [] : ['--no-cache']), ...paths], root);
  return coreTaskRun('lint', { project: root, cwd: root, paths, cache });
}

/** The run with the median wall time of `n` runs. */
function medianRun(n: number, run: (i: number) => ProcessRun): ProcessRun {
  const runs = Array.from({ length: n }, (_, i) => run(i)).sort((a, b) => a.ms - b.ms);
  return runs[Math.floor((runs.length - 1) / 2)];
}

function rate(files: number, ms: number): number {
  return (files * 1000) / ms;
}

/** Ours vs SQLFluff on the layered corpus: rows and notes. */
function comparison(s: Settings, corpus: string): { rows: Record<string, Cell>[]; notes: string[] } {
  const files = sqlFiles(corpus);
  const ours = strataLint(corpus, [], false);
  const picked = sample(files, s.sqlfluffFiles);
  const oursSample = strataLint(corpus, picked, false);
  const rows: Record<string, Cell>[] = [
    { what: 'strata lint, whole corpus, no cache', files: files.length, 'wall ms': ours.ms, 'cpu ms': ours.cpuMs, 'files/s': rate(files.length, ours.ms) },
    { what: 'strata lint, the SQLFluff sample, no cache', files: picked.length, 'wall ms': oursSample.ms, 'cpu ms': oursSample.cpuMs, 'files/s': rate(picked.length, oursSample.ms) },
  ];
  const notes: string[] = [];
  const sqlfluff = ensureSqlfluff();
  if (sqlfluff.problem !== undefined) {
    notes.push(`SQLFluff not measured: ${sqlfluff.problem}`);
    return { rows, notes };
  }
  fs.writeFileSync(path.join(corpus, '.sqlfluff'), sqlfluffConfig());
  const theirs = runSqlfluff(corpus, picked);
  const theirRate = rate(picked.length, theirs.ms);
  rows.push({ what: `sqlfluff ${sqlfluff.version} lint --dialect sparksql, the sample`, files: picked.length, 'wall ms': theirs.ms, 'cpu ms': theirs.cpuMs, 'files/s': theirRate });
  rows.push({ what: 'ratio: strata whole corpus / sqlfluff (files/s)', 'files/s': rate(files.length, ours.ms) / theirRate, goal: '>= 100' });
  rows.push({ what: 'ratio: strata / sqlfluff on the same sample (files/s)', 'files/s': rate(picked.length, oursSample.ms) / theirRate });
  notes.push(`SQLFluff lints a sample of ${picked.length} of the ${files.length} files (all of them would take too long); files/s are scaled per file, process start-up included for both`);
  return { rows, notes };
}

/** Cold and warm `strata check`, and `strata lint` of 5 changed files, on the big generated project. */
function bigProject(s: Settings, root: string): Record<string, Cell>[] {
  const files = sqlFiles(root).length;
  fs.rmSync(path.join(root, '.strata'), { recursive: true, force: true });
  const cold = strataRun(['check', '--project', root]);
  const warm = medianRun(s.iterations, () => strataRun(['check', '--project', root]));
  const jobs = sqlFiles(root).filter((f) => f.startsWith('jobs/'));
  const touch = (file: string, i: number) => fs.appendFileSync(path.join(root, file), `\n-- edit ${i}\n`);
  touch(jobs[0], 0);
  const oneEdit = strataRun(['check', '--project', root]);
  const changed = sample(jobs, 5);
  const lint5 = medianRun(s.iterations, (i) => {
    changed.forEach((f) => touch(f, i + 1));
    return strataLint(root, changed, true);
  });
  // As a user whose environment sets NODE_EXTRA_CA_CERTS runs it (see STRATA_ENV).
  const lint5Certs = process.env.NODE_EXTRA_CA_CERTS
    ? medianRun(s.iterations, (i) => {
        changed.forEach((f) => touch(f, s.iterations + i + 1));
        return strataRun(['lint', '--project', root, ...changed], root, process.env);
      })
    : undefined;
  const noCache = strataRun(['check', '--project', root, '--no-cache']);
  const row = (what: string, n: number | undefined, r: { ms: number; cpuMs: number }, goal?: string) => ({ what, ...(n === undefined ? {} : { files: n }), 'wall ms': r.ms, 'cpu ms': r.cpuMs, ...(goal ? { goal } : {}) });
  return [
    row('strata check, cold cache (fills .strata/cache)', files, cold),
    row('strata check, warm cache, nothing changed', files, warm, '<= 1000 ms'),
    row('strata check, warm cache, 1 job changed', files, oneEdit),
    row('strata check --no-cache', files, noCache),
    row('strata lint of 5 changed jobs, warm cache', 5, lint5, '<= 500 ms'),
    ...(lint5Certs ? [row('strata lint of 5 changed jobs, warm cache, with NODE_EXTRA_CA_CERTS', 5, lint5Certs)] : []),
    ...nodeStartup(s.iterations).map(({ what, run }) => row(what, undefined, run)),
  ];
}

/**
 * `npm run bench -- lint`: strata lint vs SQLFluff (dialect sparksql) on a generated layered Spark
 * corpus, then cold/warm `strata check` and a 5-file `strata lint` on a 10,000-table project, each
 * in a fresh process with start-up included.
 */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const s = settings(args);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-bench-lint-'));
  try {
    const corpus = path.join(out, 'corpus');
    generateProject({ tables: s.tables, jobs: s.jobs, seed: s.seed, out: corpus });
    enableAllRules(corpus);
    const compared = comparison(s, corpus);
    const big = path.join(out, 'big');
    generateProject({ tables: s.bigTables, jobs: s.bigJobs, seed: s.seed, out: big });
    const rows = [...compared.rows, ...bigProject(s, big)];
    const via = cliHas('lint') ? '`strata lint` is the CLI, start-up included (a plain lint skips oclif: cli/src/lint-fast-path.ts; `check` loads it)' : '`strata lint` is not built in this checkout: its rows run core\'s lint task in a fresh Node process (Node and core start-up included, oclif\'s not)';
    return {
      name: 'lint',
      params: { ...s, rules: ALL_RULES.length },
      columns: ['what', 'files', 'wall ms', 'cpu ms', 'files/s', 'goal'],
      rows,
      notes: [
        ...compared.notes,
        via,
        `every row is one fresh process; warm and 5-file lint rows are the median of ${s.iterations} runs; the big project has ${s.bigTables} tables and ${s.bigJobs} jobs`,
        'cpu ms: user + system time of the process (what the run costs); wall ms also counts waiting for a busy machine\'s CPUs',
        'strata runs without NODE_EXTRA_CA_CERTS (it makes Node parse a certificate bundle at start-up, for TLS connections lint and check never make); when this environment sets it, the rows marked so run with it',
      ],
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
