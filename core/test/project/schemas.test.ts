import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { configSchema, jobFrontMatterSchema, tableFrontMatterSchema, testFileSchema } from '../../src/project';

// The loader compiles these without checking them against the JSON Schema meta-schema (start-up
// time); this is where a malformed schema is caught instead.
describe('project schemas', () => {
  const cases = [
    { name: 'strata.yaml', schema: configSchema },
    { name: 'table front matter', schema: tableFrontMatterSchema },
    { name: 'job front matter', schema: jobFrontMatterSchema },
    { name: 'tests/*.yaml', schema: testFileSchema },
  ];
  for (const { name, schema } of cases) {
    it(`the ${name} schema is valid JSON Schema (draft-07)`, () => {
      const ajv = new Ajv({ allErrors: true });
      assert.equal(ajv.validateSchema(schema), true, ajv.errorsText(ajv.errors));
    });
  }
});
