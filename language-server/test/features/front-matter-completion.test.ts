import assert from 'node:assert/strict';
import type { SqlFile, SqlFileKind } from '@strata/core';
import { completion } from '../../src/features/completion';
import { snapshotOf } from './snapshot-of';

/** Labels completed at the caret of `marked` in a project file of `kind`. */
function labels(kind: SqlFileKind | undefined, marked: string): string[] {
  const { doc, position } = snapshotOf(marked);
  if (kind) doc.file = { kind, path: `${kind}s/x.sql`, name: 'x', text: doc.text, dialect: 'spark' } as SqlFile;
  return completion(doc, position).items.map((i) => i.label);
}

const JOB_KEYS = ['type', 'dialect', 'schedule', 'vars', 'retries', 'timeout', 'depends_on', 'owner', 'description', 'tags'];
const TABLE_KEYS = ['owner', 'description', 'lifecycle_days', 'tags', 'checks', 'dialect', 'grain'];
const CHECKS = ['unique', 'not_null', 'accepted_values', 'expression', 'row_count', 'sql', 'freshness'];

describe('front-matter completion', () => {
  const cases: [string, SqlFileKind | undefined, string, string[]][] = [
    ['job keys at the top level', 'job', '/*---\nowner: a\n|\n---*/\nSELECT 1', JOB_KEYS],
    ['job keys while typing one', 'job', '/*---\nsch|\n---*/\n', JOB_KEYS],
    ['table keys', 'table', '/*---\n|\n---*/\nCREATE TABLE t (a INT)', TABLE_KEYS],
    ['a value the schema enumerates', 'job', '/*---\ntype: |\n---*/\n', ['batch', 'streaming']],
    ['dialects', 'table', '/*---\ndialect: sp|\n---*/\n', ['spark', 'hive', 'flink']],
    ['no values for a free string', 'job', '/*---\nowner: |\n---*/\n', []],
    ['a new check', 'table', '/*---\nchecks:\n  - unique: [a]\n  - |\n---*/\n', CHECKS],
    ['a check right under its key', 'table', '/*---\nchecks:\n  - |\n---*/\n', CHECKS],
    ['keys of a check', 'table', '/*---\nchecks:\n  - accepted_values:\n      column: a\n      |\n---*/\n', ['column', 'values']],
    ['keys of a check below a sibling list item', 'table', '/*---\nchecks:\n  - unique: [a]\n  - row_count:\n      |\n---*/\n', ['min', 'max']],
    ['back at the top level after a nested block', 'table', '/*---\nchecks:\n  - unique: [a]\n|\n---*/\n', TABLE_KEYS],
    ['nothing under a key without named keys', 'job', '/*---\nvars:\n  |\n---*/\n', []],
  ];
  for (const [name, kind, marked, expected] of cases) it(name, () => assert.deepEqual(labels(kind, marked), expected));

  it('documents each key from the schema', () => {
    const { doc, position } = snapshotOf('/*---\n|\n---*/\n');
    doc.file = { kind: 'job', path: 'jobs/x.sql', name: 'x', text: doc.text, dialect: 'spark' } as SqlFile;
    const item = completion(doc, position).items.find((i) => i.label === 'retries');
    assert.deepEqual(item, {
      label: 'retries', kind: 10, insertText: 'retries: ', detail: 'times the scheduler retries a failed run',
      documentation: { kind: 'markdown', value: 'times the scheduler retries a failed run\n\nExpects a whole number (0 or more).' },
    });
  });

  it('is not offered outside the front matter nor in a standalone file', () => {
    assert.ok(!labels('job', '/*---\nowner: a\n---*/\n|').includes('owner'));
    assert.ok(labels('job', '/*---\nowner: a\n---*/\n|').includes('SELECT'));
    assert.ok(!labels(undefined, '/*---\n|\n---*/\n').includes('owner'));
  });
});
