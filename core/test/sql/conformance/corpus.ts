import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Dialect } from '../../../src/sql/ast';

/** One statement of the conformance corpus and the verdict its folder claims. */
export interface CorpusStatement {
  dialect: Dialect;
  /** True for files under `valid/`. */
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
    for (const verdict of ['valid', 'invalid']) {
      const folder = path.join(dir, dialect, verdict);
      if (!fs.existsSync(folder)) continue;
      for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.sql')).sort()) {
        const file = `${dialect}/${verdict}/${name}`;
        const text = fs.readFileSync(path.join(folder, name), 'utf8');
        statements.push(...splitCorpusFile(text).map((chunk, i) => ({ ...chunk, dialect, valid: verdict === 'valid', file, index: i + 1 })));
      }
    }
  }
  return statements;
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
