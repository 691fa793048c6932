import type { ValidateFunction } from 'ajv';

/** One validator that scripts/generate-validators.js wrote: its schema as JSON, and its factory. */
interface Generated {
  schema: string;
  make(): ValidateFunction;
}

let generated: readonly Generated[] | undefined;

function loadGenerated(): readonly Generated[] {
  try {
    // Written by `npm run build` next to this module's compiled form (a literal path, so that the
    // CLI's bundles carry it); absent after a bare `tsc -b`.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('./validators.generated.js') as { VALIDATORS: Generated[] }).VALIDATORS;
  } catch {
    return [];
  }
}

/**
 * The validator of `schema` that ajv generated at build time (the same code, errors and messages
 * as ajv compiling it now, without loading ajv or compiling anything), or undefined when there is
 * none for exactly this schema — not generated, or generated from an older version of it.
 */
export function generatedValidator(schema: object): ValidateFunction | undefined {
  generated ??= loadGenerated();
  if (generated.length === 0) return undefined;
  const json = JSON.stringify(schema);
  const match = generated.find((g) => g.schema === json);
  if (!match) return undefined;
  const validate = match.make();
  // Verbose errors point into the schema (`parentSchema`), as ajv's do: the caller's object.
  validate.schema = schema;
  validate.errors = null;
  return validate;
}
