import { pathToFileURL } from 'node:url';
import type { AnyRule, LintedFile, LintFinding, LintRunResult, TextEdit } from '@strata/core';
import { ALL_RULES } from '@strata/core/dist/src/lint/rules';
import { ENGINE_FINDINGS, ruleHelpUri, type DocsLinks } from './rule-docs';

/** Where SARIF artifact URIs are relative to: `%SRCROOT%`, the repository (or working folder) root. */
export const SRCROOT = '%SRCROOT%';

/** Context the SARIF log needs besides the result. */
export interface SarifContext {
  version: string;
  /** The tool's home and rule reference, from package.json (see `docsLinks`). */
  links: DocsLinks;
  /** Absolute folder that artifact URIs are relative to (the git work tree root, else the working folder). */
  base: string;
  /** The artifact URI of a file: `base`-relative, POSIX, percent-encoded. */
  uriOf(file: LintedFile): string;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run whose driver lists every rule (id, name,
 * descriptions, help URI into docs/rules.md, default level) and whose results point at a rule by
 * id and index, with 1-based regions (end column exclusive, UTF-16 columns) and fix objects.
 */
export function toSarif(result: LintRunResult, context: SarifContext): object {
  const rules = descriptors(result, context.links);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'strata', version: context.version, semanticVersion: context.version, informationUri: context.links.homepage, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.base.endsWith('/') ? context.base : `${context.base}/`).href } },
        columnKind: 'utf16CodeUnits',
        results: result.files.flatMap((file) => file.findings.map((f) => sarifResult(f, context.uriOf(file), index.get(f.code) as number))),
      },
    ],
  };
}

interface Descriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help?: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[] };
}

/** Every registered rule, then the engine's codes that occur in the results. */
function descriptors(result: LintRunResult, links: DocsLinks): Descriptor[] {
  const out = ALL_RULES.map((rule) => ruleDescriptor(rule, links));
  const known = new Set(out.map((r) => r.id));
  for (const f of result.files.flatMap((file) => file.findings)) {
    if (known.has(f.code)) continue;
    known.add(f.code);
    const text = ENGINE_FINDINGS[f.code] ?? f.message;
    out.push({ id: f.code, name: f.rule, shortDescription: { text }, fullDescription: { text }, defaultConfiguration: { level: LEVEL[f.severity] }, properties: { tags: ['strata'] } });
  }
  return out;
}

function ruleDescriptor(rule: AnyRule, links: DocsLinks): Descriptor {
  const { description, incorrect, correct } = rule.docs;
  const sql = (s: string) => `\`\`\`sql\n${s.trimEnd()}\n\`\`\``;
  return {
    id: rule.code,
    name: rule.name,
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: description },
    helpUri: ruleHelpUri(rule, links),
    help: { text: description, markdown: `${description}\n\nIncorrect:\n\n${sql(incorrect)}\n\nCorrect:\n\n${sql(correct)}` },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ['strata', rule.group] },
  };
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

function sarifResult(f: LintFinding, uri: string, ruleIndex: number): object {
  const artifactLocation = { uri, uriBaseId: SRCROOT };
  const out: Record<string, unknown> = {
    ruleId: f.code,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(f.start, f.end) } }],
  };
  if (f.fix && f.fix.length > 0) {
    out.fixes = [{ description: { text: `Fix: ${f.message}` }, artifactChanges: [{ artifactLocation, replacements: f.fix.map(replacement) }] }];
  }
  return out;
}

function replacement(edit: TextEdit): object {
  return { deletedRegion: region(edit.range.start, edit.range.end), insertedContent: { text: edit.newText } };
}

/** SARIF regions are 1-based; `endColumn` is the column just past the region, as our exclusive end. */
function region(start: LintFinding['start'], end: LintFinding['end']): object {
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}
