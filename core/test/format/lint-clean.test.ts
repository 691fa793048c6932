import assert from 'node:assert/strict';
import * as path from 'node:path';
import { formatSql } from '../../src/format';
import { ALL_RULES, lintScript } from '../../src/lint';
import { loadProject } from '../../src/project';

/** The style rules whose concern is exactly what the formatter decides: its output must satisfy them. */
const LAYOUT_RULES = ['keyword-case', 'trailing-whitespace', 'final-newline'];

describe('format: output is clean for the layout lint rules', function () {
  this.timeout(120_000);
  it('formatting examples/live leaves no keyword-case, trailing-whitespace or final-newline finding', async () => {
    const rules = ALL_RULES.filter((r) => LAYOUT_RULES.includes(r.name));
    assert.equal(rules.length, LAYOUT_RULES.length);
    const project = await loadProject(path.resolve(__dirname, '..', '..', '..', '..', 'examples', 'live'));
    for (const file of project.files) {
      const text = formatSql(file.text, file.dialect).text;
      assert.deepEqual(lintScript({ text, dialect: file.dialect, registry: rules }), [], file.path);
    }
  });
});
