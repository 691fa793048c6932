import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateStrict } from '../../../src/sql/oracle';
import { CORPUS_DIR, type CorpusStatement } from './corpus';

/**
 * Recorded oracle verdicts of the corpus, beside it. Validating the whole corpus with
 * dt-sql-parser takes minutes on a slow machine while the statements rarely change, so the
 * conformance test reads the verdicts recorded for this exact oracle build and asks the oracle only
 * about statements without one. Rewritten by `node scripts/conformance-report.js --write`.
 */
export const ORACLE_VERDICTS_FILE = path.join(CORPUS_DIR, 'oracle-verdicts.json');

/** The bundled dt-sql-parser, relative to this file's compiled location (core/dist/test/sql/conformance). */
const ORACLE_BUNDLE = path.resolve(__dirname, '..', '..', '..', 'vendor', 'dt-sql-parser.js');

/** The file's shape: the oracle build it was recorded with, and per statement key its first error ('' when accepted). */
export interface OracleVerdictFile {
  oracle: string;
  verdicts: Record<string, string>;
}

/** Identifies the oracle build: a hash of the bundle, so a new dt-sql-parser invalidates every verdict. */
export function oracleBuild(): string {
  return createHash('sha1').update(fs.readFileSync(ORACLE_BUNDLE)).digest('hex').slice(0, 16);
}

/** A statement's key: a hash of its dialect and exact text. */
export function verdictKey(statement: Pick<CorpusStatement, 'dialect' | 'text'>): string {
  return createHash('sha1').update(`${statement.dialect}\0${statement.text}`).digest('hex').slice(0, 16);
}

/** The recorded verdicts, or none when they were recorded with another oracle build. */
export function loadOracleVerdicts(file: string = ORACLE_VERDICTS_FILE): Map<string, string> {
  if (!fs.existsSync(file)) return new Map();
  const recorded = JSON.parse(fs.readFileSync(file, 'utf8')) as OracleVerdictFile;
  return recorded.oracle === oracleBuild() ? new Map(Object.entries(recorded.verdicts)) : new Map();
}

/** The oracle's first error on a statement, '' when it accepts it: recorded, else asked. */
export function oracleError(statement: CorpusStatement, recorded: Map<string, string>): string {
  return recorded.get(verdictKey(statement)) ?? askOracle(statement);
}

/** Runs the oracle on one statement; its first error, '' when it accepts the statement. */
export function askOracle(statement: Pick<CorpusStatement, 'dialect' | 'text'>): string {
  const errors = validateStrict(statement.text, statement.dialect, [{ start: 0, end: statement.text.length }]);
  return errors.length === 0 ? '' : errors[0].message;
}
