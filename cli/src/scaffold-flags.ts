import { Flags } from '@oclif/core';

/** Flags of every scaffolding command. */
export const scaffoldFlags = {
  yes: Flags.boolean({ char: 'y', description: 'Ask nothing: take the default of every question not answered by a flag.' }),
  force: Flags.boolean({ description: 'Overwrite files that exist (init: write into a non-empty folder).' }),
  owner: Flags.string({ description: 'Owner written into the front matter (default: data-team).' }),
};
