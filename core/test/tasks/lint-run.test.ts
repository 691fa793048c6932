import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, createRule, type AnyRule } from '../../src/lint';
import { runLint } from '../../src/tasks/lint-run';
import { tempProject } from '../project/helpers';

/**
 * A rule whose fix breaks the SQL (`FROM` becomes `FROM FROM`): no real rule may do that, which
 * is exactly what `--fix` must guard against, so the guard is tested with this one.
 */
const breaksParse = createRule({
  code: 'ZZ99',
  name: 'breaks-parse',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { from: 'FROM' },
  options: {},
  docs: { description: 'test only', incorrect: 'SELECT a FROM t', correct: 'SELECT 1' },
  create(context) {
    return {
      token(token) {
        if (context.text.slice(token.start, token.end).toUpperCase() !== 'FROM' || context.isName(token.start)) return;
        context.report({ messageId: 'from', start: token.start, end: token.end, fix: [{ start: token.start, end: token.end, newText: 'FROM FROM' }] });
      },
    };
  },
}) as AnyRule;

describe('tasks/lint-run --fix', () => {
  before(() => (ALL_RULES as AnyRule[]).push(breaksParse));
  after(() => (ALL_RULES as AnyRule[]).splice(ALL_RULES.indexOf(breaksParse), 1));

  it('writes a file only when its fixed text parses no worse, and reports the original findings of the others', async () => {
    const { root, cleanup } = tempProject({ 'strata.yaml': 'name: t\n', 'jobs/breaks.sql': 'select a FROM t;\n', 'jobs/fine.sql': 'select 1;\n' });
    try {
      const result = await runLint({ cwd: root, fix: true, only: ['ST01', 'ZZ99'] });
      assert.equal(fs.readFileSync(path.join(root, 'jobs', 'breaks.sql'), 'utf8'), 'select a FROM t;\n', 'not written');
      assert.equal(fs.readFileSync(path.join(root, 'jobs', 'fine.sql'), 'utf8'), 'SELECT 1;\n');
      assert.deepEqual(result.files.map((f) => [f.path, f.fix, f.findings.map((x) => `${x.code} ${x.start.character}`)]), [
        ['jobs/breaks.sql', 'unparsable', ['ST01 0', 'ZZ99 9']],
        ['jobs/fine.sql', 'fixed', []],
      ]);
      assert.equal(result.fixed, 1);
      assert.deepEqual(fs.readdirSync(path.join(root, 'jobs')).sort(), ['breaks.sql', 'fine.sql'], 'no temp files left');
    } finally {
      cleanup();
    }
  });

  it('with standard input returns the input itself when its fixes would not parse', async () => {
    const { root, cleanup } = tempProject({ 'strata.yaml': 'name: t\n' });
    try {
      const content = Buffer.from('select a FROM t;\n');
      const broken = await runLint({ cwd: root, fix: true, only: ['ZZ99'], stdin: { filename: 'jobs/x.sql', content } });
      assert.equal(broken.output, 'select a FROM t;\n');
      assert.equal(broken.files[0].fix, 'unparsable');
      const fixed = await runLint({ cwd: root, fix: true, only: ['ST01'], stdin: { filename: 'jobs/x.sql', content } });
      assert.equal(fixed.output, 'SELECT a FROM t;\n');
      assert.equal(fs.existsSync(path.join(root, 'jobs', 'x.sql')), false);
    } finally {
      cleanup();
    }
  });
});
