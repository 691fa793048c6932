/**
 * What scripts/bundle-cli.js bundles into cli/dist/strata.js: the command list and the parts of
 * oclif that bin/run.js calls. With oclif inside the bundle its ~100 modules load from the one
 * code-cached file too (loading them one by one was most of the CLI's start-up).
 */
export { COMMANDS } from './command-list';
export { flush, run } from '@oclif/core';
export { handle } from '@oclif/core/handle';
