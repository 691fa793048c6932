import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadProject, maskVariables, parse, type Dialect } from '@strata/core';
import { loadCorpus } from '@strata/core/dist/test/sql/conformance/corpus';
import { generateProject, type GenerateOptions } from './generate';

/** Statements of one dialect, each a separate text, with where they came from. */
export interface DialectStatements {
  dialect: Dialect;
  statements: string[];
  /** Statement count per source: conformance, examples, generated. */
  sources: Record<string, number>;
}

export interface ParseCorpusOptions {
  tables: number;
  jobs: number;
  seed: number;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const EXAMPLE_PROJECT = path.join(REPO_ROOT, 'examples', 'live');

/** Statements of every SQL file of a project, `${...}` masked, split with our parser. */
async function projectStatements(root: string): Promise<{ dialect: Dialect; text: string }[]> {
  const project = await loadProject(root);
  const out: { dialect: Dialect; text: string }[] = [];
  for (const file of project.files) {
    const masked = maskVariables(file.text).text;
    for (const statement of parse(masked, file.dialect).statements) {
      out.push({ dialect: file.dialect, text: masked.slice(statement.start, statement.end) });
    }
  }
  return out;
}

async function generatedStatements(options: GenerateOptions): Promise<{ dialect: Dialect; text: string }[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-bench-'));
  try {
    generateProject({ ...options, out: dir });
    return await projectStatements(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The parse benchmark's corpus: conformance statements the oracle accepts, the example project
 * and a generated project, grouped by dialect, each distinct statement once.
 */
export async function loadParseCorpus(options: ParseCorpusOptions): Promise<DialectStatements[]> {
  const sources: [string, { dialect: Dialect; text: string }[]][] = [
    ['conformance', loadCorpus().filter((s) => s.valid).map((s) => ({ dialect: s.dialect, text: s.text.trim() }))],
    ['examples', fs.existsSync(EXAMPLE_PROJECT) ? await projectStatements(EXAMPLE_PROJECT) : []],
    ['generated', await generatedStatements(options)],
    // A smaller Hive project, so the Hive row measures more than the conformance statements.
    ['generated', await generatedStatements({ tables: Math.ceil(options.tables / 4), jobs: Math.ceil(options.jobs / 4), seed: options.seed + 1, dialect: 'hive' })],
  ];
  const byDialect = new Map<Dialect, DialectStatements>();
  const seen = new Set<string>();
  for (const [source, statements] of sources) {
    for (const { dialect, text } of statements) {
      const key = `${dialect}\0${text}`;
      if (text === '' || seen.has(key)) continue;
      seen.add(key);
      const entry = byDialect.get(dialect) ?? { dialect, statements: [], sources: {} };
      entry.statements.push(text);
      entry.sources[source] = (entry.sources[source] ?? 0) + 1;
      byDialect.set(dialect, entry);
    }
  }
  return [...byDialect.values()].sort((a, b) => a.dialect.localeCompare(b.dialect));
}
