import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, lintOnly, type AnyRule } from '../../src/lint';

/** Compiled tests run from core/dist/test/lint; rule sources and tests live under core/src and core/test. */
const CORE = join(__dirname, '..', '..', '..');
const RULE_FILES = readdirSync(join(CORE, 'src', 'lint', 'rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();

function ruleOf(file: string): AnyRule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(join(CORE, 'dist', 'src', 'lint', 'rules', file)) as { default: AnyRule }).default;
}

describe('lint rule conventions', () => {
  it('every rule file is registered, and only those', () => {
    assert.deepEqual(ALL_RULES.map((r) => r.name).sort(), RULE_FILES);
    for (const file of RULE_FILES) assert.ok(ALL_RULES.includes(ruleOf(file)), `${file} is not in rules/index.ts`);
  });

  it('codes are unique and stable-shaped, names kebab-case', () => {
    const codes = ALL_RULES.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const r of ALL_RULES) {
      assert.match(r.code, /^(ST|SE|WH|SR)\d{2}$/, r.code);
      assert.match(r.name, /^[a-z]+(-[a-z]+)*$/, r.name);
      assert.equal(r.code.slice(0, 2), { style: 'ST', semantic: 'SE', warehouse: 'WH', streaming: 'SR' }[r.group], `${r.code} prefix vs group ${r.group}`);
    }
  });

  for (const file of RULE_FILES) {
    describe(file, () => {
      const rule = ruleOf(file);
      const lintExample = (code: string) => lintOnly(rule, { ...rule.docs, code });

      it('is named after its file and has a test file', () => {
        assert.equal(rule.name, file);
        assert.ok(existsSync(join(CORE, 'test', 'lint', 'rules', `${file}.test.ts`)), `missing core/test/lint/rules/${file}.test.ts`);
      });

      it("its doc 'incorrect' example is reported, its 'correct' example is not", () => {
        const incorrect = lintExample(rule.docs.incorrect);
        assert.ok(incorrect.some((f) => f.code === rule.code), `no ${rule.code} finding for ${JSON.stringify(rule.docs.incorrect)}`);
        assert.deepEqual(lintExample(rule.docs.correct).map((f) => `${f.code} ${f.message}`), []);
      });

      it('declares a fix exactly when its incorrect example gets one', () => {
        const fixed = lintExample(rule.docs.incorrect).some((f) => f.fix !== undefined);
        assert.equal(fixed, rule.fixable);
      });
    });
  }
});
