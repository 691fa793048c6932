import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The bundled dt-sql-parser, relative to this file's compiled location (core/dist/test/sql/conformance). */
const ORACLE_BUNDLE = path.resolve(__dirname, '..', '..', '..', 'vendor', 'dt-sql-parser.js');

/**
 * On-disk oracle cache of the conformance corpus, shared by the conformance test and
 * scripts/conformance-report.js: the oracle takes most of a cold run, and most statements never
 * change. The folder is named by a hash of the oracle bundle, so a new dt-sql-parser starts afresh
 * (entries are keyed by statement text, not by grammar version).
 */
export const ORACLE_TEST_CACHE = path.join(os.tmpdir(), `strata-conformance-oracle-${bundleHash()}`);

function bundleHash(): string {
  return createHash('sha1').update(fs.readFileSync(ORACLE_BUNDLE)).digest('hex').slice(0, 12);
}
