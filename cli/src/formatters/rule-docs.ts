import { ruleDocAnchor, RULES_DOC_PATH, type AnyRule } from '@strata/core';

/**
 * The project's home and its rule reference (docs/rules.md, generated from the rules, one heading
 * `CODE name` per rule). SARIF needs absolute URIs, so they point at the published repository.
 */
export const STRATA_HOMEPAGE = 'https://github.com/strata-dev/strata';
export const RULES_DOC = `${STRATA_HOMEPAGE}/blob/main/${RULES_DOC_PATH}`;

/** The rule's section of docs/rules.md: GitHub's anchor for the heading `ST01 keyword-case`. */
export function ruleHelpUri(rule: Pick<AnyRule, 'code' | 'name'>): string {
  return `${RULES_DOC}#${ruleDocAnchor(rule)}`;
}

/** What the findings that belong to no rule mean (the engine's and unreadable files'). */
export const ENGINE_FINDINGS: Record<string, string> = {
  'parse-error': 'A statement does not parse; the other statements of the file are still linted.',
  'noqa-unknown-code': 'A -- noqa comment names a rule code that does not exist.',
  'binary-file': 'The file is not UTF-8 text, so it cannot be linted.',
  'unreadable-file': 'The file could not be read.',
};
