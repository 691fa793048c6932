import type { AnyRule, OptionSpec, RuleGroup } from './rule';

/** Where the rules reference lives in the repository: `npm run docs:rules` writes it. */
export const RULES_DOC_PATH = 'docs/rules.md';

const GROUPS: { group: RuleGroup; title: string; needs: string }[] = [
  { group: 'style', title: 'Style', needs: 'the SQL text only' },
  { group: 'semantic', title: 'Semantic', needs: 'the catalog (tables/ of the project)' },
  { group: 'warehouse', title: 'Warehouse conventions', needs: 'the project: its layers, file paths and strata.yaml' },
  { group: 'streaming', title: 'Streaming (Flink)', needs: 'Flink jobs' },
];

/**
 * The anchor of a rule's section in docs/rules.md: `<code>-<name>`, lower-cased, e.g.
 * `st01-keyword-case`. The section heading is `CODE name`, which GitHub (and most Markdown
 * renderers) slug to exactly this, so `docs/rules.md#st01-keyword-case` links to the rule — the
 * help URI of SARIF results and editor diagnostics.
 */
export function ruleDocAnchor(rule: Pick<AnyRule, 'code' | 'name'>): string {
  return `${rule.code}-${rule.name}`.toLowerCase();
}

/**
 * docs/rules.md: a summary table, then one section per rule (group, default severity, fixable,
 * description, options with defaults, the incorrect and correct examples), groups in the order
 * style, semantic, warehouse, streaming and rules by code. Deterministic: the sync test compares
 * the checked-in file with this output.
 */
export function renderRulesDoc(rules: readonly AnyRule[]): string {
  const sorted = [...rules].sort((a, b) => groupIndex(a) - groupIndex(b) || a.code.localeCompare(b.code));
  const out = [
    '# Lint rules',
    '',
    '<!-- Generated from the rule registry (core/src/lint/rules) by `npm run docs:rules`: do not edit by hand. -->',
    '',
    `${sorted.length} rules. Configure them in strata.yaml under \`lint.rules\` by code or name`,
    '(`ST01: error`, `keyword-case: {severity: warning, options: {capitalisation: lower}}`, `ST04: off`), per path with',
    '`lint.overrides`, and silence one line with `-- noqa: ST01` (SQLFluff style). `strata lint --fix` applies',
    'the fixes of fixable rules.',
    '',
    '| code | name | group | default | fixable | what it checks |',
    '|---|---|---|---|---|---|',
    ...sorted.map((r) => `| ${r.code} | [${r.name}](#${ruleDocAnchor(r)}) | ${r.group} | ${r.defaultSeverity} | ${r.fixable ? 'yes' : 'no'} | ${cell(firstSentence(r.docs.description))} |`),
  ];
  for (const { group, title, needs } of GROUPS) {
    const inGroup = sorted.filter((r) => r.group === group);
    if (inGroup.length === 0) continue;
    out.push('', `## ${title}`, '', `Rules that need ${needs}.`);
    for (const rule of inGroup) out.push('', ...ruleSection(rule));
  }
  return out.join('\n') + '\n';
}

function ruleSection(rule: AnyRule): string[] {
  const { docs } = rule;
  const out = [
    `### ${rule.code} ${rule.name}`,
    '',
    docs.description,
    '',
    `Group: ${rule.group} · default severity: ${rule.defaultSeverity} · fixable: ${rule.fixable ? 'yes' : 'no'}`,
    '',
    ...optionsTable(rule),
  ];
  const context = [
    docs.dialect ? `dialect ${docs.dialect}` : '',
    docs.file ? `in \`${docs.file}\`` : '',
  ].filter((s) => s !== '').join(', ');
  if (docs.catalog) out.push('With these tables in the catalog:', '', ...fence(docs.catalog), '');
  out.push(`Incorrect${context ? ` (${context})` : ''}:`, '', ...example(docs.incorrect), '');
  out.push(`Correct${context ? ` (${context})` : ''}:`, '', ...example(docs.correct));
  return out;
}

/** An example, with a note for what a fence cannot show: trailing blanks, the file's last line break. */
function example(text: string): string[] {
  const notes: string[] = [];
  const trailing = text.split('\n').flatMap((line, i) => (/[ \t]$/.test(line) ? [i + 1] : []));
  if (trailing.length > 0) notes.push(`line ${trailing.join(', ')} ends with spaces or tabs`);
  const breaks = /\n*$/.exec(text)?.[0].length ?? 0;
  if (text !== '' && breaks !== 1) notes.push(breaks === 0 ? 'no line break at the end of the file' : `${breaks} line breaks at the end of the file`);
  return notes.length === 0 ? fence(text) : [...fence(text), '', `(${notes.join('; ')})`];
}

function optionsTable(rule: AnyRule): string[] {
  const options = Object.entries(rule.options as Record<string, OptionSpec<unknown>>);
  if (options.length === 0) return ['No options.', ''];
  return [
    '| option | default | values | description |',
    '|---|---|---|---|',
    ...options.map(([key, spec]) => `| \`${key}\` | \`${cell(JSON.stringify(spec.default))}\` | ${spec.enum ? spec.enum.map((v) => `\`${cell(String(v))}\``).join(', ') : '—'} | ${cell(spec.description)} |`),
    '',
  ];
}

/** A ```sql fence longer than any backtick run in `text`, so examples with backticks stay intact. */
function fence(text: string): string[] {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return [`${ticks}sql`, ...text.replace(/\n$/, '').split('\n'), ticks];
}

function groupIndex(rule: AnyRule): number {
  return GROUPS.findIndex((g) => g.group === rule.group);
}

/** The summary table's text: up to the first full stop that a new sentence follows (not `e.g. x`). */
function firstSentence(text: string): string {
  const end = /\.\s+(?=[A-Z`(])/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
