import { parse, type Dialect } from '@strata/core';
import { oracleParser } from '@strata/core/dist/src/sql/oracle-loader';
import { numberFlag, parseFlags } from '../args';
import { Prng } from '../generator/prng';
import { elapsedMs, measure, median } from '../measure';
import { loadParseCorpus, type DialectStatements } from '../parse-corpus';
import type { BenchResult, Cell } from '../report';

const USAGE = 'usage: npm run bench -- parse [--budget SECONDS] [--iterations N] [--tables N] [--jobs N] [--seed S]';

interface Settings {
  /** Seconds of dt-sql-parser work allowed per dialect (all its iterations together). */
  budget: number;
  iterations: number;
  tables: number;
  jobs: number;
  seed: number;
}

function settings(args: readonly string[]): Settings {
  const values = parseFlags(args, { budget: 'number', iterations: 'count', tables: 'count', jobs: 'count', seed: 'count' }, USAGE);
  return {
    budget: numberFlag(values, 'budget', 10),
    iterations: Math.max(1, numberFlag(values, 'iterations', 5)),
    tables: numberFlag(values, 'tables', 2000),
    jobs: numberFlag(values, 'jobs', 1000),
    seed: numberFlag(values, 'seed', 1),
  };
}

function bytesOf(statements: readonly string[]): number {
  return statements.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
}

function parseAll(statements: readonly string[], dialect: Dialect): () => void {
  return () => {
    for (const s of statements) parse(s, dialect);
  };
}

/**
 * Times dt-sql-parser on a prefix of `statements`: the first pass stops once its share of the
 * budget is spent; later passes repeat exactly that prefix. Returns the prefix and the median pass.
 */
function measureOracle(statements: readonly string[], dialect: Dialect, s: Settings): { subset: string[]; medianMs: number } {
  const oracle = oracleParser(dialect);
  // Warm-up: loads the bundle and fills ANTLR's prediction caches on a few statements.
  for (const statement of statements.slice(0, 10)) oracle.validate(statement);
  const passBudgetMs = (s.budget * 1000) / s.iterations;
  const subset: string[] = [];
  const started = process.hrtime.bigint();
  for (const statement of statements) {
    oracle.validate(statement);
    subset.push(statement);
    if (elapsedMs(started) >= passBudgetMs) break;
  }
  const samples = [elapsedMs(started)];
  // dt-sql-parser returns its cached result when the same input comes twice in a row: one pass only then.
  for (let i = 1; i < s.iterations && subset.length > 1; i++) {
    const pass = process.hrtime.bigint();
    for (const statement of subset) oracle.validate(statement);
    samples.push(elapsedMs(pass));
  }
  return { subset, medianMs: median(samples) };
}

function benchDialect(corpus: DialectStatements, s: Settings): Record<string, Cell> {
  const { dialect } = corpus;
  // A seeded shuffle, so the oracle's budget-limited prefix mixes all sources.
  const statements = new Prng(s.seed).sample(corpus.statements, corpus.statements.length);
  const bytes = bytesOf(statements);
  const timing = { warmup: 1, minWarmupMs: 500, iterations: s.iterations, minSampleMs: 100 };
  const ours = measure(parseAll(statements, dialect), timing);
  const oracle = measureOracle(statements, dialect, s);
  const subsetBytes = bytesOf(oracle.subset);
  const oursOnSubset = measure(parseAll(oracle.subset, dialect), timing);
  const perSecond = (count: number, ms: number): number => (count * 1000) / ms;
  return {
    dialect,
    statements: statements.length,
    MB: bytes / 1e6,
    'ours MB/s': perSecond(bytes / 1e6, ours.medianMs),
    'ours stmt/s': perSecond(statements.length, ours.medianMs),
    'oracle stmts': oracle.subset.length,
    'oracle MB/s': perSecond(subsetBytes / 1e6, oracle.medianMs),
    'oracle stmt/s': perSecond(oracle.subset.length, oracle.medianMs),
    ratio: `${(oracle.medianMs / oursOnSubset.medianMs).toFixed(1)}x`,
    'ours errors': statements.filter((t) => parse(t, dialect).errors.length > 0).length,
  };
}

/**
 * Our parser vs dt-sql-parser `validate`, warm, per dialect, on the same statements: the
 * conformance corpus's valid statements, examples/live and a generated project (`${...}` masked).
 */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const s = settings(args);
  const corpora = await loadParseCorpus(s);
  const rows = corpora.map((corpus) => benchDialect(corpus, s));
  const sources = corpora.map((c) => `${c.dialect}: ${Object.entries(c.sources).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  return {
    name: 'parse',
    params: { ...s },
    columns: ['dialect', 'statements', 'MB', 'ours MB/s', 'ours stmt/s', 'oracle stmts', 'oracle MB/s', 'oracle stmt/s', 'ratio', 'ours errors'],
    rows,
    notes: [
      'ratio = dt-sql-parser time / our time on the same statements (the oracle\'s budget-limited subset); goal >= 20x',
      'ours MB/s and stmt/s are over all statements; medians of the timed iterations after a warm-up',
      `statements by source (distinct): ${sources.join('; ')}`,
    ],
  };
}
