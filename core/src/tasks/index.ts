export * from './check';
export * from './graph';
export * from './workspace';
export * from './lineage';
export * from './lint';
export * from './lint-run';
export { findGitRoot } from './git-files';
export { MAX_FIX_PASSES, type FixOutcome } from './lint-fix';
export * from './format';
