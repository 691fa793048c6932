export * from './graph';
export * from './graph-columns';
export type { AnalysisDiagnostic, LineageWarning } from './context';
export type { EdgeKind } from './sources';
export * from './lineage-types';
export * from './lineage';
export * from './lineage-json';
export * from './analyze';
