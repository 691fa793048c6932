import { Flags } from '@oclif/core';
import { cacheFlag, projectFlags } from './project-flags';

/** Flags of `docs build` and `docs serve`. */
export const docsFlags = {
  ...projectFlags,
  cache: cacheFlag,
  out: Flags.string({ char: 'o', description: 'Output folder (default: .strata/docs in the project). An existing folder must be empty or an earlier docs build.' }),
  select: Flags.string({ description: 'Only these tables (and the jobs touching them): table, +table, table+, layer:NAME, owner:NAME; spaces: union, commas: intersection.' }),
  results: Flags.file({ description: 'Output of "strata test --checks --json": shown as the quality checks\' last results.', exists: true }),
};
