import type { AnyRule } from '@strata/core';
import { ruleDocAnchor, RULES_DOC_PATH } from '@strata/core/dist/src/lint/rules-doc';

/** Where SARIF's links point: the project's home and its rule reference (docs/rules.md). */
export interface DocsLinks {
  homepage: string;
  /** docs/rules.md in the repository, one heading `CODE name` per rule. */
  rulesDoc: string;
}

/** The package.json fields that name the project's home (`homepage`, `repository`). */
export interface PackageLinks {
  homepage?: unknown;
  repository?: unknown;
  [field: string]: unknown;
}

/** Used when package.json names no repository that has a web page: SARIF needs absolute URIs. */
const DEFAULT_REPOSITORY = 'https://github.com/strata-dev/strata';

/**
 * The links for the CLI's package.json: `repository` (a URL, `git+https://host/owner/name.git`,
 * `git@host:owner/name.git` or `github:owner/name`) gives docs/rules.md on its default branch,
 * `homepage` the tool's information URI (else the repository). Forks set them there.
 */
export function docsLinks(pjson: PackageLinks): DocsLinks {
  const declared = typeof pjson.repository === 'object' && pjson.repository !== null ? (pjson.repository as { url?: unknown }).url : pjson.repository;
  const repository = repositoryPage(declared) ?? DEFAULT_REPOSITORY;
  const homepage = typeof pjson.homepage === 'string' && /^https?:\/\//.test(pjson.homepage) ? pjson.homepage : repository;
  return { homepage, rulesDoc: `${repository}/blob/main/${RULES_DOC_PATH}` };
}

/** The web page of a repository URL as package.json writes it, or undefined. */
function repositoryPage(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const shorthand = /^github:([\w.-]+\/[\w.-]+)$/.exec(url);
  if (shorthand) return `https://github.com/${shorthand[1].replace(/\.git$/, '')}`;
  const ssh = /^(?:git\+)?(?:ssh:\/\/)?git@([^:/]+)[:/](.+?)(?:\.git)?\/?$/.exec(url);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  const web = /^(?:git\+)?(https?:\/\/.+?)(?:\.git)?\/?$/.exec(url);
  return web ? web[1] : undefined;
}

/** The rule's section of docs/rules.md: GitHub's anchor for the heading `ST01 keyword-case`. */
export function ruleHelpUri(rule: Pick<AnyRule, 'code' | 'name'>, links: DocsLinks): string {
  return `${links.rulesDoc}#${ruleDocAnchor(rule)}`;
}

/** What the findings that belong to no rule mean (the engine's and unreadable files'). */
export const ENGINE_FINDINGS: Record<string, string> = {
  'parse-error': 'A statement does not parse; the other statements of the file are still linted.',
  'noqa-unknown-code': 'A -- noqa comment names a rule code that does not exist.',
  'binary-file': 'The file is not UTF-8 text, so it cannot be linted.',
  'unreadable-file': 'The file could not be read.',
};
