import type { Diagnostic } from '../diagnostic';
import { LineIndex } from '../text/line-index';
import type { TestSpec } from './model';
import { compileSchema, parseYaml, schemaIssues } from './yaml-issues';

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

/** Parses and shape-checks a test file; the spec is returned only when it is well-formed. */
export function parseTestFile(text: string, file: string): { data?: TestSpec; diagnostics: Diagnostic[] } {
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
  return diagnostics.length > 0 ? { diagnostics } : { data: data as TestSpec, diagnostics };
}
