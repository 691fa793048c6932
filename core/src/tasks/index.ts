export * from './check';
export * from './graph';
export * from './workspace';
export * from './lineage';
export * from './lint';
export { projectChecks } from './project-checks';
