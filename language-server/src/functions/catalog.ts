import type { Dialect } from '@strata/core';
import { COMMON_FUNCTIONS } from './common-functions';
import { DIALECT_FUNCTIONS } from './dialect-functions';
import { inDialect, type FunctionDoc } from './function-doc';

export type { FunctionDoc } from './function-doc';

/** Each dialect's functions by lower-case name, built on first use. */
const byDialect = new Map<Dialect, Map<string, FunctionDoc>>();

function catalogOf(dialect: Dialect): Map<string, FunctionDoc> {
  let catalog = byDialect.get(dialect);
  if (!catalog) {
    const entries = [...COMMON_FUNCTIONS, ...DIALECT_FUNCTIONS].filter((e) => inDialect(e, dialect));
    catalog = new Map(entries.map(({ name, signatures, doc }) => [name.toLowerCase(), { name, signatures, doc }]));
    byDialect.set(dialect, catalog);
  }
  return catalog;
}

/** The built-in functions of `dialect`, with their signatures and docs. */
export function functionsOf(dialect: Dialect): FunctionDoc[] {
  return [...catalogOf(dialect).values()];
}

/** The built-in function `name` (any case) of `dialect`, if it has one. */
export function functionNamed(dialect: Dialect, name: string): FunctionDoc | undefined {
  return catalogOf(dialect).get(name.toLowerCase());
}
