import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Dialect } from '../../../src/sql/ast';

/**
 * The folder a corpus statement sits in, which is its expected verdict:
 * - `valid`: the oracle (dt-sql-parser) accepts it, and so must we;
 * - `invalid`: not valid SQL; the oracle and we both reject it;
 * - `grammar-lacks`: documented syntax of the engine that the oracle rejects; we must accept it.
 */
export type CorpusVerdict = 'valid' | 'invalid' | 'grammar-lacks';

export const CORPUS_VERDICTS: readonly CorpusVerdict[] = ['valid', 'invalid', 'grammar-lacks'];

/** One statement of the conformance corpus and the verdict its folder claims. */
export interface CorpusStatement {
  dialect: Dialect;
  verdict: CorpusVerdict;
  /** True for files under `valid/`: the statements the oracle accepts. */
  valid: boolean;
  /** Corpus-relative path with `/`, e.g. `spark/valid/ddl.sql`. */
  file: string;
  /** 1-based position of the statement in its file. */
  index: number;
  /** 1-based line where the statement's chunk starts. */
  line: number;
  text: string;
}

/** The corpus folder: the `.sql` files stay in the source tree, next to this file's source. */
export const CORPUS_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'sql', 'conformance');

export const CORPUS_DIALECTS: readonly Dialect[] = ['spark', 'hive', 'flink'];

/** A line of its own made of `-- ----` separates statements in a corpus file. */
const SEPARATOR = /^-- -{4,}[ \t]*$/m;

/** Reads every statement of the corpus, in a stable order (dialect, verdict, file name). */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusStatement[] {
  const statements: CorpusStatement[] = [];
  for (const dialect of CORPUS_DIALECTS) {
    for (const verdict of CORPUS_VERDICTS) {
      const folder = path.join(dir, dialect, verdict);
      if (!fs.existsSync(folder)) continue;
      for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.sql')).sort()) {
        const file = `${dialect}/${verdict}/${name}`;
        const text = fs.readFileSync(path.join(folder, name), 'utf8');
        const valid = verdict === 'valid';
        statements.push(...splitCorpusFile(text).map((chunk, i) => ({ ...chunk, dialect, verdict, valid, file, index: i + 1 })));
      }
    }
  }
  return statements;
}

/** The key of a statement in `known-gaps.txt`: its file and 1-based index, e.g. `spark/valid/ddl.sql #3`. */
export function corpusKey(statement: Pick<CorpusStatement, 'file' | 'index'>): string {
  return `${statement.file} #${statement.index}`;
}

/** Splits a corpus file at separator lines; blank chunks are skipped. */
export function splitCorpusFile(text: string): { text: string; line: number }[] {
  const chunks: { text: string; line: number }[] = [];
  let line = 1;
  for (const chunk of text.split(SEPARATOR)) {
    if (chunk.trim() !== '') chunks.push({ text: chunk, line: line + leadingNewlines(chunk) });
    line += chunk.split('\n').length - 1;
  }
  return chunks;
}

function leadingNewlines(chunk: string): number {
  const match = /^\s*/.exec(chunk);
  return match ? match[0].split('\n').length - 1 : 0;
}
