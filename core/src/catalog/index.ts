export * from './table-info';
export * from './catalog';
export * from './from-create';
export * from './output-names';
export * from './suggest-table';
export * from './like';
export * from './from-sql';
export * from './pending-table';
