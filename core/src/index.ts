export * from './errors';
export * from './diagnostic';
export * from './text/line-index';
export * from './sql/ast';
export * from './analysis/graph';
