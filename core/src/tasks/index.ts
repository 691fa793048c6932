export * from './check';
export * from './graph';
export * from './workspace';
export * from './lineage';
export * from './lint';
export * from './hooks';
