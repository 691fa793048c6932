export * from './check';
export * from './graph';
export * from './workspace';
export * from './lineage';
export * from './lint';
export { loadCachedWorkspace, WorkspaceCache, type CachedWorkspaceOptions } from './cached-workspace';
export { LintCache } from './lint-cache';
