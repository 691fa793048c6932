import * as path from 'node:path';
import { hasSyntaxError } from '../analysis';
import { maskVariables } from '../project';
import type { Dialect, Script, SyntaxError } from '../sql';
import { ORACLE_CACHE_FOLDER, validateStrict } from '../sql/oracle';

/**
 * Reference-grammar errors (dt-sql-parser) in the statements our parser accepted, variables
 * masked so offsets hold: what `strata check --strict` and the editor's strict validation report.
 * Only the first error of a statement: ANTLR's later ones are mostly cascades of it. Results are
 * cached under `<root>/.strata/` when the file belongs to a project, in memory otherwise.
 */
export function strictErrors(text: string, dialect: Dialect, script: Script, root?: string): SyntaxError[] {
  const masked = maskVariables(text).text;
  const accepted = script.statements.filter((s) => !hasSyntaxError(script, s));
  const cacheDir = root ? path.join(root, ORACLE_CACHE_FOLDER) : undefined;
  return accepted.flatMap((statement) => validateStrict(masked, dialect, [statement], { cacheDir }).slice(0, 1));
}
