import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { configSchema, jobFrontMatterSchema, tableFrontMatterSchema, testFileSchema } from '../../src/project';
import { generatedValidator } from '../../src/project/generated-validators';
import { AJV_OPTIONS } from '../../src/project/yaml-issues';

/*
 * `npm run build` writes validators.generated.js (scripts/generate-validators.js): ajv's code for
 * core's schemas, so that no run compiles them. They must accept, reject and explain exactly as ajv
 * compiling the schema would: every message about strata.yaml, front matter and test files is
 * built from those errors.
 */

const SCHEMAS: [string, object][] = [
  ['strata.yaml', configSchema],
  ['table front matter', tableFrontMatterSchema],
  ['job front matter', jobFrontMatterSchema],
  ['tests/*.yaml', testFileSchema],
  ['front matter of neither kind', { type: 'object' }],
];

/** Values of every JSON kind, some of them wrong in typical ways. */
const VALUES: unknown[] = [null, true, 1, 1.5, -3, '', 'x', 'Bad Name', 'dwd_orders', '2026-11-25', [], ['x'], [{}], [{ name: 'x' }], {}, { x: 1 }, { name: 'x', default: 1 }];

/** Documents that put each value under each key the schema knows (and under one it does not), plus each value alone. */
function documents(schema: { properties?: Record<string, unknown> }): unknown[] {
  const keys = [...Object.keys(schema.properties ?? {}), 'no_such_key'];
  return [...VALUES, ...keys.flatMap((key) => VALUES.map((value) => ({ [key]: value })))];
}

const generatedFile = path.join(__dirname, '..', '..', 'src', 'project', 'validators.generated.js');

describe('validators generated at build time', () => {
  before(function () {
    // Only `npm run build` writes them: after a bare tsc -b every schema is compiled by ajv.
    if (!fs.existsSync(generatedFile)) this.skip();
  });

  for (const [name, schema] of SCHEMAS) {
    it(`${name}: the same verdict and errors as ajv compiling the schema`, () => {
      const generated = generatedValidator(schema);
      assert.ok(generated, `no generated validator for ${name}`);
      const ajv = new Ajv(AJV_OPTIONS).compile(schema);
      for (const doc of documents(schema)) {
        const verdict: unknown = generated(doc);
        assert.equal(verdict, ajv(doc), JSON.stringify(doc));
        assert.deepEqual(generated.errors, ajv.errors, JSON.stringify(doc));
      }
    });
  }

  it('is not used for a schema edited since the build: ajv compiles that one', () => {
    assert.equal(generatedValidator({ ...configSchema, description: 'edited' }), undefined);
    assert.equal(generatedValidator({ type: 'array' }), undefined);
  });
});
