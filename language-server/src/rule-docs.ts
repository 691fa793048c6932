import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The rule reference shipped with Strata (the repository's docs/rules.md), opened in the editor. */
const RULES_DOC = pathToFileURL(path.resolve(__dirname, '../../../docs/rules.md')).toString();

/** Link to a lint rule's section: `docs/rules.md#st01-keyword-case`. */
export function ruleDocsHref(code: string, name: string): string {
  return `${RULES_DOC}#${code.toLowerCase()}-${name}`;
}
