import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES_DOC_PATH, ruleDocAnchor } from '@strata/core';

/** The rule reference shipped with Strata (the repository's docs/rules.md), opened in the editor. */
const RULES_DOC = pathToFileURL(path.resolve(__dirname, '../../..', RULES_DOC_PATH)).toString();

/** Link to a lint rule's section: `docs/rules.md#st01-keyword-case`. */
export function ruleDocsHref(rule: { code: string; name: string }): string {
  return `${RULES_DOC}#${ruleDocAnchor(rule)}`;
}
