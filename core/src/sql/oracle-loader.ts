import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';
import type { Dialect } from './ast';

/** One error as dt-sql-parser reports it: 1-based lines and columns, end column exclusive. */
export interface OracleError {
  startLine: number;
  endLine: number;
  startColumn: number;
  endColumn: number;
  message: string;
}

/** The slice of dt-sql-parser's parser classes the oracle uses. */
export interface OracleParser {
  validate(input: string): OracleError[];
}

interface OracleBundle {
  SparkSQL: new () => OracleParser;
  HiveSQL: new () => OracleParser;
  FlinkSQL: new () => OracleParser;
}

/** Where `scripts/bundle-oracle.js` writes the bundle, relative to this file compiled into dist/src/sql. */
const BUNDLE_PATH = path.join(__dirname, '..', '..', 'vendor', 'dt-sql-parser.js');

let bundle: OracleBundle | undefined;
const parsers = new Map<Dialect, OracleParser>();

function loadBundle(): OracleBundle {
  if (bundle) return bundle;
  if (!fs.existsSync(BUNDLE_PATH)) {
    throw new StrataError(
      'internal',
      `strict validator bundle "${BUNDLE_PATH}" is missing; run "npm run build" to create it`,
    );
  }
  // Loaded on first use only: the bundle holds three ANTLR grammars and takes ~0.3 s to load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  bundle = require(BUNDLE_PATH) as OracleBundle;
  return bundle;
}

/** The dt-sql-parser parser for a dialect, created on first use and reused afterwards. */
export function oracleParser(dialect: Dialect): OracleParser {
  let parser = parsers.get(dialect);
  if (!parser) {
    const loaded = loadBundle();
    const Parser = dialect === 'spark' ? loaded.SparkSQL : dialect === 'hive' ? loaded.HiveSQL : loaded.FlinkSQL;
    parser = new Parser();
    parsers.set(dialect, parser);
  }
  return parser;
}
