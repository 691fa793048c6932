import { CORE_SCHEMA, load } from 'js-yaml';
import type { Diagnostic } from '../diagnostic';
import { LineIndex } from '../text/line-index';
import { jobFrontMatterSchema, tableFrontMatterSchema } from './front-matter-schema';
import { cronProblem } from './cron';
import type { SqlFileKind } from './model';
import { compileSchema, parseYaml, rangeOf, schemaIssues, show, YamlIssue } from './yaml-issues';

/** The YAML metadata block at the top of a .sql file: `/*--- ... ---*\/`. */
export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset of `/*---`. */
  start: number;
  /** Offset just after `---*\/`. */
  end: number;
  /** Offset of the first character of the YAML text. */
  yamlStart: number;
}

export interface FrontMatterResult {
  frontMatter?: FrontMatter;
  diagnostics: Diagnostic[];
}

const OPEN = '/*---';
const CLOSE = '---*/';
const ANY_MAPPING = { type: 'object' };

/**
 * Finds and validates the front matter of a .sql file. Only whitespace may precede it. Invalid
 * YAML or a schema violation becomes a diagnostic at the exact line/column in the .sql file;
 * `kind` selects the table or job schema (without it only the YAML itself is checked).
 */
export function parseFrontMatter(text: string, file: string, kind?: SqlFileKind): FrontMatterResult {
  const start = text.length - text.trimStart().length;
  if (!text.startsWith(OPEN, start)) return { diagnostics: [] };
  const yamlStart = start + OPEN.length;
  const close = text.indexOf(CLOSE, yamlStart);
  let lines: LineIndex | undefined;
  const toDiagnostic = (issue: YamlIssue, base: number): Diagnostic => ({
    file,
    start: (lines ??= new LineIndex(text)).position(base + issue.start),
    end: lines.position(base + issue.end),
    severity: 'error',
    code: 'front-matter',
    message: issue.message,
  });
  if (close < 0) {
    const message = `front matter is not closed: end the YAML block with a line '${CLOSE}'`;
    return { diagnostics: [toDiagnostic({ message, start: 0, end: OPEN.length }, start)] };
  }
  const yaml = text.slice(yamlStart, close);
  const span = { start, end: close + CLOSE.length, yamlStart };
  const schema = kind === 'table' ? tableFrontMatterSchema : kind === 'job' ? jobFrontMatterSchema : ANY_MAPPING;
  const valid = fastValidData(yaml, schema);
  if (valid && semanticProblems(kind, valid).length === 0) return { frontMatter: { data: valid, ...span }, diagnostics: [] };
  const { doc, syntax } = parseYaml(yaml);
  // The block's extent is known even when its YAML is not, so callers can still skip over it.
  if (syntax.length > 0) return { frontMatter: { data: {}, ...span }, diagnostics: syntax.map((i) => toDiagnostic(i, yamlStart)) };
  const js: unknown = doc.toJS() ?? {};
  const data = typeof js === 'object' && js !== null && !Array.isArray(js) ? (js as Record<string, unknown>) : {};
  const issues = schemaIssues(doc, compileSchema(schema), js);
  // A value the schema already rejects gets that one message, not a second one about its content.
  const semantic = semanticProblems(kind, data)
    .map((p) => ({ message: p.message, ...rangeOf(doc, p.segments, 'value') }))
    .filter((p) => !issues.some((i) => i.start === p.start));
  const diagnostics = [...issues, ...semantic].sort((a, b) => a.start - b.start).map((i) => toDiagnostic(i, yamlStart));
  return { frontMatter: { data, ...span }, diagnostics };
}

/** Rules the schema cannot express, each at the key path of the value it is about. */
function semanticProblems(kind: SqlFileKind | undefined, data: Record<string, unknown>): { segments: string[]; message: string }[] {
  if (kind !== 'job' || typeof data.schedule !== 'string') return [];
  const problem = cronProblem(data.schedule);
  return problem ? [{ segments: ['schedule'], message: `schedule: ${show(data.schedule)}: ${problem}; fix that cron field` }] : [];
}

/**
 * Offsets in the .sql text of the front-matter value at `segments` (`['checks', '0', 'unique', '1']`),
 * for problems found after loading (a check on a column the table lacks). Re-reads the YAML with
 * positions: call it only for a value that is wrong.
 */
export function frontMatterRange(text: string, frontMatter: FrontMatter, segments: string[]): { start: number; end: number } {
  const { doc } = parseYaml(text.slice(frontMatter.yamlStart, frontMatter.end - CLOSE.length));
  const range = rangeOf(doc, segments, 'value');
  return { start: frontMatter.yamlStart + range.start, end: frontMatter.yamlStart + range.end };
}

/**
 * The common case, fast: valid YAML that the schema accepts needs no node positions, so a plain
 * YAML 1.2 core-schema load does (about ten times cheaper than a positioned document). Anything
 * else returns undefined and takes the positioned path for exact diagnostics.
 */
function fastValidData(yaml: string, schema: object): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    data = load(yaml, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    return undefined;
  }
  const isMapping = typeof data === 'object' && data !== null && !Array.isArray(data);
  return isMapping && compileSchema(schema)(data) ? (data as Record<string, unknown>) : undefined;
}
