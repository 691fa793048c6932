import assert from 'node:assert/strict';
import { parseConfig } from '../../src/project';
import { StrataError } from '../../src/errors';
import { assertTableName, buildTableName, defaultPeriod, namingRules, suggestTableName, tableNameProblem } from '../../src/scaffold';

const config = parseConfig(`name: wh
lint:
  rules:
    table-name-pattern:
      options:
        domains: [live, user, gift]
        layerSuffixes: {ads: [1d, nd]}
`);
const dwd = namingRules(config, 'dwd');

describe('scaffold/name-check', () => {
  it('reads the naming rules of a layer from strata.yaml, as lint does', () => {
    assert.deepEqual(dwd.domains, ['live', 'user', 'gift']);
    assert.deepEqual(namingRules(config, 'ads').suffixes, ['1d', 'nd']);
    assert.equal(namingRules(parseConfig('name: wh\nlint: {rules: {WH02: off}}\n'), 'dwd').suffixes, undefined);
    assert.throws(() => namingRules(config, 'dwx'), { message: "layer 'dwx' is not a layer of this project; use one of ods, dim, dwd, dws, ads (--layer)" });
  });

  it('builds conventional names with the layer default period', () => {
    assert.equal(buildTableName(dwd, 'live', 'gift_send', 'di'), 'dwd_live_gift_send_di');
    assert.deepEqual(['ods', 'dim', 'dwd', 'dws', 'ads'].map((l) => defaultPeriod(namingRules(config, l))), ['di', 'df', 'di', '1d', '1d']);
  });

  const cases: [string, string | undefined, string][] = [
    ['dwd_live_gift_send_di', undefined, 'dwd_live_gift_send_di'],
    ['dwd_live_gift_send_30d', undefined, 'dwd_live_gift_send_30d'],
    ['../x', 'no-path', 'dwd_live_x_di'],
    ['a/b', 'no-path', 'dwd_live_b_di'],
    ['DWD Gift', 'snake-case', 'dwd_gift_di'],
    ['dwd__x_di', 'snake-case', 'dwd_live_x_di'],
    ['select', 'reserved-word', 'dwd_live_select_di'],
    ['ods_live_x_di', 'layer-prefix', 'dwd_live_ods_live_x_di'],
    ['dwd_live_gift_send', 'table-name-pattern', 'dwd_live_gift_send_di'],
    ['dwd_weird_gift_di', 'table-name-pattern', 'dwd_live_weird_gift_di'],
  ];
  for (const [name, rule, suggestion] of cases) {
    it(`${JSON.stringify(name)}: ${rule ?? 'valid'}, suggests ${suggestion}`, () => {
      assert.equal(tableNameProblem(name, dwd)?.rule, rule);
      assert.equal(suggestTableName(name, dwd), suggestion);
      assert.equal(tableNameProblem(suggestion, dwd), undefined);
    });
  }

  it('refuses with the rule broken and the suggestion, as a usage error', () => {
    const error = (() => {
      try {
        assertTableName('DWD Gift', dwd);
      } catch (e) {
        return e as StrataError;
      }
      throw new Error('not refused');
    })();
    assert.equal(error.code, 'usage');
    assert.equal(error.message, "table name 'DWD Gift' is not lower snake_case (letters, digits and single underscores, starting with a letter) [snake-case]; try 'dwd_gift_di'");
    assert.deepEqual(error.suggestions, ['dwd_gift_di']);
  });
});
