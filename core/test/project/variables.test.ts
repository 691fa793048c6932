import assert from 'node:assert/strict';
import { findVariables, parseVarFlags, renderVariables, resolveVariables, variableProblems } from '../../src/project';
import { caught, printed } from './helpers';

const now = new Date(2026, 2, 1, 9, 30); // 2026-03-01 local time: yesterday is 2026-02-28

describe('project/variables', () => {
  describe('resolveVariables', () => {
    it('defaults date to yesterday of the injected clock and derives date_nodash', () => {
      assert.deepEqual(resolveVariables({ now }), { date: '2026-02-28', hour: '00', date_nodash: '20260228' });
      assert.equal(resolveVariables({ now: new Date(2028, 2, 1) }).date, '2028-02-29');
      assert.equal(resolveVariables({ now: new Date(2026, 0, 1) }).date, '2025-12-31');
    });

    it('applies precedence: --var > front matter > strata.yaml > built-in', () => {
      const project = { region: { default: 'cn' }, tier: { default: 'gold' }, site: { default: 'a' } };
      const values = resolveVariables({ now, project, frontMatter: { region: 'us', tier: 'silver' }, overrides: { tier: 'bronze', date: '2026-11-25', hour: '07' } });
      assert.deepEqual(values, { date: '2026-11-25', hour: '07', region: 'us', tier: 'bronze', site: 'a', date_nodash: '20261125' });
    });

    it('checks values against declared patterns, front matter refining the project', () => {
      const project = { code: { default: 'ab', pattern: '[a-z]{2}' } };
      assert.equal(resolveVariables({ now, project, overrides: { code: 'zz' } }).code, 'zz');
      assert.equal(caught(() => resolveVariables({ now, project, overrides: { code: 'abc' } })).message, "--var code=abc: does not match the declared pattern '[a-z]{2}'");
      assert.equal(caught(() => resolveVariables({ now, project, frontMatter: { code: 'x1' } })).message, "front matter vars.code=x1: does not match the declared pattern '[a-z]{2}'");
      assert.equal(resolveVariables({ now, project, frontMatter: { code: { pattern: '\\d+' } }, overrides: { code: '42' } }).code, '42');
    });

    const bad: [Record<string, string>, string][] = [
      [{ date: '2026-13-01' }, '--var date=2026-13-01: not a valid date (expected yyyy-MM-dd)'],
      [{ date: '2026-02-30' }, '--var date=2026-02-30: not a valid date (expected yyyy-MM-dd)'],
      [{ date: '20261125' }, '--var date=20261125: not a valid date (expected yyyy-MM-dd)'],
      [{ hour: '24' }, '--var hour=24: not a valid hour (expected 00-23)'],
      [{ hour: '7' }, '--var hour=7: not a valid hour (expected 00-23)'],
      [{ date_nodash: '20261125' }, '--var date_nodash=20261125: date_nodash is derived from date; set --var date=yyyy-MM-dd instead'],
      [{ region: "cn' OR '1'='1" }, "--var region=cn' OR '1'='1: not a safe value (use letters, digits, spaces and _ . : , + - / @, or declare a pattern for it in strata.yaml vars)"],
      [{ region: 'a--b' }, '--var region=a--b: not a safe value (use letters, digits, spaces and _ . : , + - / @, or declare a pattern for it in strata.yaml vars)'],
    ];
    for (const [overrides, message] of bad) {
      it(`refuses ${JSON.stringify(overrides)}`, () => {
        const e = caught(() => resolveVariables({ now, overrides }));
        assert.equal(e.code, 'variable');
        assert.equal(e.message, message);
      });
    }

    it('accepts a real leap day and plain safe values', () => {
      assert.equal(resolveVariables({ overrides: { date: '2028-02-29' } }).date_nodash, '20280229');
      assert.equal(resolveVariables({ overrides: { region: 'cn-north 1/a:b@c,d+e_f.g' } }).region, 'cn-north 1/a:b@c,d+e_f.g');
    });

    it('leaves out declared variables without a value', () => {
      assert.equal('region' in resolveVariables({ now, project: { region: { pattern: '[a-z]+' } } }), false);
    });
  });

  describe('parseVarFlags', () => {
    it('parses k=v pairs, keeping = in values', () => {
      assert.deepEqual(parseVarFlags(['date=2026-11-25', 'expr=a=b', 'empty=']), { date: '2026-11-25', expr: 'a=b', empty: '' });
      assert.deepEqual(parseVarFlags(), {});
    });

    it('explains a missing =, a bad name and a conflicting repeat', () => {
      assert.equal(caught(() => parseVarFlags(['date'])).message, "--var date: missing '='; write --var name=value, e.g. --var date=2026-11-25");
      assert.match(caught(() => parseVarFlags(['Date=1'])).message, /^--var Date=1: 'Date' is not a variable name/);
      assert.match(caught(() => parseVarFlags(['a=1', 'a=2'])).message, /^--var a=2: 'a' is already set to '1'; pass it once/);
      assert.equal(caught(() => parseVarFlags(['x'])).code, 'usage');
    });
  });

  describe('findVariables', () => {
    it('finds every reference with offsets and context', () => {
      const text = "SELECT ${a}, '${b}', `${c}` -- ${d}\n/* ${e} */ ${env:F} \"${g}\"";
      const refs = findVariables(text);
      assert.deepEqual(refs.map((r) => [r.name, r.context, r.env, text.slice(r.start, r.end)]), [
        ['a', 'code', false, '${a}'],
        ['b', 'string', false, '${b}'],
        ['c', 'quoted-identifier', false, '${c}'],
        ['d', 'comment', false, '${d}'],
        ['e', 'comment', false, '${e}'],
        ['F', 'code', true, '${env:F}'],
        ['g', 'string', false, '${g}'],
      ]);
    });

    it('tracks escaped quotes so later references keep their context', () => {
      const text = "SELECT 'it''s ${a}', 'x\\'${b}', ${c}";
      assert.deepEqual(findVariables(text).map((r) => `${r.name}:${r.context}`), ['a:string', 'b:string', 'c:code']);
    });
  });

  describe('variableProblems', () => {
    it('reports env references, malformed and unknown names with offsets, not in comments', () => {
      const text = "SELECT ${env:TOKEN}, ${regon}, ${ bad }, '${date' -- ${nope}";
      const found = variableProblems(text, ['date', 'region']).map((p) => [p.code, text.slice(p.start, p.end)]);
      assert.deepEqual(found, [
        ['env-variable', '${env:TOKEN}'],
        ['unknown-variable', '${regon}'],
        ['malformed-variable', '${ bad }'],
        ['malformed-variable', '${'],
      ]);
      assert.equal(variableProblems(text, ['date', 'region'])[0].message, "'${env:TOKEN}': environment references are only allowed in strata.yaml; use a variable instead");
    });
  });

  describe('renderVariables', () => {
    const values = { date: '2026-11-25', date_nodash: '20261125', hour: '07', region: 'cn' };

    it('substitutes checked values', () => {
      const sql = "INSERT OVERWRITE TABLE t PARTITION (p_date = '${date}', hour = '${hour}') SELECT * FROM s_${date_nodash} WHERE r = '${region}';";
      assert.equal(renderVariables(sql, values), "INSERT OVERWRITE TABLE t PARTITION (p_date = '2026-11-25', hour = '07') SELECT * FROM s_20261125 WHERE r = 'cn';");
    });

    it('refuses an unchecked value instead of concatenating it', () => {
      const e = caught(() => renderVariables("WHERE r = '${region}'", { ...values, region: "x' OR 1=1 --" }));
      assert.equal(e.code, 'variable');
      assert.match(e.message, /^region=x' OR 1=1 --: not a safe value/);
      assert.match(caught(() => renderVariables("'${date}'", { date: '2026-02-30' })).message, /date=2026-02-30: not a valid date/);
    });

    it('allows values a declared pattern accepts', () => {
      const declarations = { ids: { pattern: '\\d+(,\\d+)*' } };
      assert.equal(renderVariables('IN (${ids})', { ids: '1,2,3' }, { declarations }), 'IN (1,2,3)');
      assert.match(caught(() => renderVariables('IN (${ids})', { ids: '1;drop' }, { declarations })).message, /does not match the declared pattern/);
    });

    it('locates an unknown variable', () => {
      const e = caught(() => renderVariables("SELECT 1\nFROM t WHERE a = '${regon}'", values, { file: 'jobs/a.sql' }));
      assert.equal(printed(e), "jobs/a.sql:2:19  unknown variable '${regon}'; did you mean 'region'? Otherwise declare it under vars in strata.yaml or the front matter, or pass --var regon=...");
      assert.match(caught(() => renderVariables('x ${nope}', values)).message, /\(at offset 2\)$/);
      assert.match(caught(() => renderVariables('x ${env:PW}', values)).message, /only allowed in strata\.yaml/);
    });

    it('leaves unknown references in comments alone', () => {
      assert.equal(renderVariables("-- see ${docs}\nSELECT '${date}'", values), "-- see ${docs}\nSELECT '2026-11-25'");
    });
  });
});

describe("Hive's own substitutions", () => {
  it('leaves ${hiveconf:x}, ${hivevar:x} and ${system:x} to Hive', () => {
    const sql = "SET mapred.job.name=x_${hiveconf:env_tag};\nSELECT '${hivevar:dt}', '${system:user.name}', '${date}'";
    assert.deepEqual(variableProblems(sql, ['date']), []);
    assert.deepEqual(findVariables(sql).map((r) => r.name), ['date']);
  });
});
