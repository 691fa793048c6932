import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, createRule, renderRulesDoc, ruleDocAnchor, RULES_DOC_PATH, type AnyRule } from '../../src/lint';

/** Compiled tests run from core/dist/test/lint. */
const REPO = join(__dirname, '..', '..', '..', '..');

/** How GitHub turns a heading into its anchor: lower case, punctuation but `-` dropped, spaces to `-`. */
const githubSlug = (heading: string) => heading.toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-');

const sample = createRule({
  code: 'WH99',
  name: 'sample-rule',
  group: 'warehouse',
  defaultSeverity: 'error',
  fixable: true,
  messages: { bad: 'bad' },
  options: {
    style: { description: 'Which style | which not.', default: 'snake', enum: ['snake', 'camel'] as const },
    limit: { description: 'Longest name.', default: 64 },
  },
  docs: {
    description: 'Names follow the layer convention. More detail, e.g. this.',
    incorrect: 'SELECT ```x``` FROM t  \nWHERE a = 1',
    correct: 'SELECT x FROM t\n\n',
    dialect: 'flink',
    file: 'tables/dwd/dwd_x_di.sql',
    catalog: 'CREATE TABLE t (x INT);\n',
  },
  create: () => ({}),
}) as unknown as AnyRule;

describe('docs/rules.md', () => {
  it('is in sync with the rule registry', () => {
    const expected = renderRulesDoc(ALL_RULES);
    const actual = readFileSync(join(REPO, RULES_DOC_PATH), 'utf8');
    if (actual === expected) return;
    const [a, e] = [actual.split('\n'), expected.split('\n')];
    const line = e.findIndex((l, i) => l !== a[i]);
    assert.fail(`${RULES_DOC_PATH} is out of date with the rule registry (${ALL_RULES.length} rules): run \`npm run docs:rules\` and commit it. `
      + `First difference at line ${line + 1}: expected ${JSON.stringify(e[line])}, found ${JSON.stringify(a[line])}`);
  });

  it('links each rule with the anchor #<code>-<name>, which its heading gets on GitHub', () => {
    const doc = renderRulesDoc(ALL_RULES);
    for (const rule of ALL_RULES) {
      const anchor = ruleDocAnchor(rule);
      assert.ok(doc.includes(`\n### ${rule.code} ${rule.name}\n`), rule.code);
      assert.equal(githubSlug(`${rule.code} ${rule.name}`), anchor);
      assert.ok(doc.includes(`](#${anchor})`), anchor);
    }
    assert.equal(ruleDocAnchor({ code: 'ST01', name: 'keyword-case' }), 'st01-keyword-case');
  });

  it('renders a rule: summary row, facts, options with defaults, catalog, examples with what a fence hides', () => {
    const doc = renderRulesDoc([sample]);
    assert.ok(doc.includes('\n| WH99 | [sample-rule](#wh99-sample-rule) | warehouse | error | yes | Names follow the layer convention. |\n'), doc);
    const section = doc.slice(doc.indexOf('## Warehouse conventions'));
    assert.equal(section, [
      '## Warehouse conventions',
      '',
      'Rules that need the project: its layers, file paths and strata.yaml.',
      '',
      '### WH99 sample-rule',
      '',
      'Names follow the layer convention. More detail, e.g. this.',
      '',
      'Group: warehouse · default severity: error · fixable: yes',
      '',
      '| option | default | values | description |',
      '|---|---|---|---|',
      '| `style` | `"snake"` | `snake`, `camel` | Which style \\| which not. |',
      '| `limit` | `64` | — | Longest name. |',
      '',
      'With these tables in the catalog:',
      '',
      '```sql',
      'CREATE TABLE t (x INT);',
      '```',
      '',
      'Incorrect (dialect flink, in `tables/dwd/dwd_x_di.sql`):',
      '',
      '````sql',
      'SELECT ```x``` FROM t  ',
      'WHERE a = 1',
      '````',
      '',
      '(line 1 ends with spaces or tabs; no line break at the end of the file)',
      '',
      'Correct (dialect flink, in `tables/dwd/dwd_x_di.sql`):',
      '',
      '```sql',
      'SELECT x FROM t',
      '',
      '```',
      '',
      '(2 line breaks at the end of the file)',
      '',
    ].join('\n'));
  });

  it('orders groups style, semantic, warehouse, streaming and rules by code, whatever the registry order', () => {
    const rule = (code: string, group: AnyRule['group']) => ({ ...sample, code, name: `r-${code.toLowerCase()}`, group });
    const doc = renderRulesDoc([rule('SR01', 'streaming'), rule('ST02', 'style'), rule('SE01', 'semantic'), rule('ST01', 'style')]);
    const headings = doc.split('\n').filter((l) => l.startsWith('## ') || l.startsWith('### '));
    assert.deepEqual(headings, ['## Style', '### ST01 r-st01', '### ST02 r-st02', '## Semantic', '### SE01 r-se01', '## Streaming (Flink)', '### SR01 r-sr01']);
  });
});
