/** @strata/core — the language service: plain functions that take data and return data. */
export * from './errors';
export * from './diagnostic';
export * from './text/line-index';
export * from './sql';
export * from './project';
export * from './catalog';
export * from './analysis';
export * from './tasks';
export * from './lint';
export * from './format';
export * from './translate';
export * from './cache';
export * from './engines';
export * from './publish';
// The engine adapter interface; the project model's engine names are `TargetConfig['engine']`.
export type { Engine } from './engines';
export * from './scaffold';
export * from './scheduler';
export * from './docs';
