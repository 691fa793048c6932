import { BUILTIN_VARIABLES, resolveVariables, type VarDeclaration } from '@strata/core';
import type { DocumentSnapshot } from './snapshot';

/**
 * Every variable a document may use, with its rendered value where it has one (built-ins,
 * strata.yaml `vars`, the job's front-matter `vars`). A value that fails its declared format
 * leaves the names without values; the diagnostics already say why.
 */
export function variablesOf(doc: DocumentSnapshot): Map<string, string | undefined> {
  const project = doc.workspace?.project.config.vars ?? {};
  const frontMatter = doc.file?.frontMatter?.data.vars;
  const names = [...Object.keys(BUILTIN_VARIABLES), ...Object.keys(project), ...declaredIn(frontMatter)];
  const values = rendered(project, frontMatter, doc.workspace?.project.overrides);
  return new Map(names.map((n) => [n, values[n]]));
}

function declaredIn(frontMatter: unknown): string[] {
  return typeof frontMatter === 'object' && frontMatter !== null && !Array.isArray(frontMatter) ? Object.keys(frontMatter) : [];
}

function rendered(project: Record<string, VarDeclaration>, frontMatter: unknown, overrides: Record<string, string> | undefined): Record<string, string> {
  try {
    return resolveVariables({ project, frontMatter, overrides });
  } catch {
    return {};
  }
}
