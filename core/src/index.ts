export * from './errors';
export * from './text/line-index';
export * from './sql/ast';
