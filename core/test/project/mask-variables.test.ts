import assert from 'node:assert/strict';
import { StrataError } from '../../src/errors';
import { maskVariables } from '../../src/project';
import type { Dialect } from '../../src/sql/ast';
import { oracleParser } from '../../src/sql/oracle-loader';

const values = { date: '2026-11-25', date_nodash: '20261125', hour: '07', region: 'cn', days: '30', db: 'ods' };

/** Small deterministic generator so that the property test is reproducible. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('project/mask-variables', () => {
  const cases: [string, string, Record<string, string> | undefined, string][] = [
    ['a date in a string keeps a cut value', "p_date = '${date}'", values, "p_date = '2026-11'"],
    ['a short value is padded', "r = '${region}'", values, "r = 'cn_______'"],
    ['quotes in a value are neutralised', "r = '${region}'", { region: "a'b\\c" }, "r = 'a_b_c____'"],
    ['a numeric value becomes digits', 'hour = ${hour}', values, 'hour = 0000007'],
    ['a numeric built-in without values becomes digits', 'hour = ${hour}', undefined, 'hour = 0000000'],
    ['a date_nodash standalone is numeric', 'dt = ${date_nodash}', values, 'dt = 00000020261125'],
    ['glued to an identifier becomes letters', 'FROM s_${date_nodash}', values, 'FROM s_xxxxxxxxxxxxxx'],
    ['glued on the right becomes letters', 'FROM ${db}_t', values, 'FROM xxxxx_t'],
    ['a standalone name becomes an identifier', 'FROM ${db}.t', values, 'FROM xxxxx.t'],
    ['inside backticks becomes letters', 'FROM `db_${region}`', values, 'FROM `db_xxxxxxxxx`'],
    ['in a comment becomes letters', '-- ${date}\nSELECT 1', values, '-- xxxxxxx\nSELECT 1'],
    ['an env reference is masked too', "k = '${env:TOKEN}'", values, "k = '____________'"],
    ['a malformed reference is masked', 'a = ${oops', values, 'a = xxoops'],
    ['an unknown numeric-looking name is an identifier', 'LIMIT ${n}', values, 'LIMIT xxxx'],
    ['text without references is unchanged', "SELECT '$', '{x}', $1", values, "SELECT '$', '{x}', $1"],
  ];
  for (const [title, input, vals, expected] of cases) {
    it(title, () => {
      const masked = maskVariables(input, vals).text;
      assert.equal(masked, expected);
      assert.equal(masked.length, input.length);
    });
  }

  it('keeps the length and every other offset for many generated inputs', () => {
    const next = random(42);
    const pieces = ['SELECT ', "'", '"', '`', '-- c\n', '/* ', ' */', '${date}', '${hour}', '${date_nodash}', '${region}', '${x}', '${env:K}', '${', 'a', '_', '1', ' ', '\n', ',', '.', '\\', "''", '😀', '中文'];
    for (let n = 0; n < 500; n++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 20) }, () => pieces[Math.floor(next() * pieces.length)]);
      const input = parts.join('');
      const { text, refs } = maskVariables(input, next() < 0.5 ? values : undefined);
      assert.equal(text.length, input.length, input);
      assert.doesNotMatch(text, /\$\{/, input);
      const inRef = (i: number) => refs.some((r) => i >= r.start && i < r.end);
      for (let i = 0; i < input.length; i++) {
        if (!inRef(i) && !(input[i] === '$' && input[i + 1] === '{') && !(input[i] === '{' && input[i - 1] === '$')) {
          assert.equal(text[i], input[i], `offset ${i} of ${JSON.stringify(input)}`);
        }
      }
    }
  });

  it('reports unknown names with exact offsets only when values are given', () => {
    const input = "SELECT '${date}', ${regon} FROM t";
    const { problems } = maskVariables(input, values);
    assert.deepEqual(problems.map((p) => [p.code, p.start, p.end, input.slice(p.start, p.end)]), [['unknown-variable', 18, 26, '${regon}']]);
    assert.deepEqual(maskVariables(input).problems, []);
    assert.equal(maskVariables("'${env:X}'").problems[0].code, 'env-variable');
  });

  describe('masked SQL passes the strict validator', () => {
    const statements: [Dialect, string][] = [
      ['spark', "INSERT OVERWRITE TABLE dws.t PARTITION (p_date = '${date}') SELECT a, count(*) AS n FROM dwd.s_${date_nodash} WHERE p_date = '${date}' AND hour = ${hour} GROUP BY a"],
      ['spark', "SELECT date_sub('${date}', ${days}) AS d FROM `db_${region}`.t LIMIT ${hour}"],
      ['hive', "INSERT OVERWRITE TABLE ${db}.t PARTITION (p_date = '${date}', hour = '${hour}') SELECT * FROM ${db}.s WHERE dt = ${date_nodash}"],
      ['flink', "INSERT INTO sink SELECT room_id, COUNT(*) FROM src_${region} WHERE p_date = '${date}' GROUP BY room_id"],
    ];
    let available = true;
    before(() => {
      try {
        oracleParser('spark');
      } catch (e) {
        // The grammar bundle is a build product; without it there is nothing to validate against.
        if (!(e instanceof StrataError)) throw e;
        available = false;
      }
    });
    for (const [dialect, sql] of statements) {
      for (const vals of [values, undefined]) {
        it(`${dialect}${vals ? '' : ' (no values)'}: ${sql.slice(0, 60)}...`, function () {
          if (!available) this.skip();
          assert.deepEqual(oracleParser(dialect).validate(maskVariables(sql, vals).text), []);
        });
      }
    }
  });
});
