import type { Diagnostic } from '../diagnostic';
import { LineIndex } from '../text/line-index';
import type { Document } from 'yaml';
import type { TestSpec } from './model';
import { compileSchema, parseYaml, schemaIssues } from './yaml-issues';

/** A test file parsed: the spec when well-formed, the YAML document (node ranges for later errors). */
export interface ParsedTestFile {
  data?: TestSpec;
  diagnostics: Diagnostic[];
  doc: Document;
}

/**
 * Recent parses by file and text: loading the project and running its tests read the same
 * files, and YAML parsing is most of a small test's cost. Bounded; callers never change a result.
 */
const recent = new Map<string, ParsedTestFile>();
const RECENT_LIMIT = 512;

const rowsByTable = {
  type: 'object',
  description: 'a mapping of table name to a list of rows',
  additionalProperties: { type: 'array', items: { type: 'object', description: 'a row (a mapping of column to value)' }, description: 'a list of rows' },
} as const;

/** Shape of tests/*.yaml. */
export const testFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['job', 'expect'],
  properties: {
    job: { type: 'string' },
    description: { type: 'string' },
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a date like 2026-11-25' },
    vars: { type: 'object', additionalProperties: { type: ['string', 'number'] }, description: 'a mapping of variable to value' },
    ordered: { type: 'boolean', description: 'true when the expected rows must come in the order given' },
    given: rowsByTable,
    expect: rowsByTable,
  },
} as const;

/** Parses and shape-checks a test file; the spec is returned only when it is well-formed. The result is shared: read it, never change it. */
export function parseTestFile(text: string, file: string): ParsedTestFile {
  const key = `${file}\n${text}`;
  let parsed = recent.get(key);
  if (!parsed) {
    parsed = parseUncached(text, file);
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
    recent.set(key, parsed);
  }
  return parsed;
}

function parseUncached(text: string, file: string): ParsedTestFile {
  const { doc, syntax } = parseYaml(text);
  const data: unknown = syntax.length > 0 ? undefined : doc.toJS();
  const issues = syntax.length > 0 ? syntax : schemaIssues(doc, compileSchema(testFileSchema), data ?? null);
  const lines = new LineIndex(text);
  const diagnostics = issues.map((i): Diagnostic => ({
    file,
    start: lines.position(i.start),
    end: lines.position(i.end),
    severity: 'error',
    code: 'test-file',
    message: i.message,
  }));
  return diagnostics.length > 0 ? { diagnostics, doc } : { data: data as TestSpec, diagnostics, doc };
}
