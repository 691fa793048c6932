import type { AnyRule } from '../rule';
import finalNewline from './final-newline';
import keywordCase from './keyword-case';
import trailingWhitespace from './trailing-whitespace';
import unionDistinct from './union-distinct';
import columnComment from './column-comment';
import columnNaming from './column-naming';
import hardCodedDate from './hard-coded-date';
import idempotentPartitionWrite from './idempotent-partition-write';
import layerDependency from './layer-dependency';
import layerDepth from './layer-depth';
import layerPrefix from './layer-prefix';
import noSelectStar from './no-select-star';
import oneTargetPerJob from './one-target-per-job';
import tableComment from './table-comment';
import tableNamePattern from './table-name-pattern';

/** Every rule, by code order. A rule file not listed here fails the conventions test. */
export const ALL_RULES: readonly AnyRule[] = [
  keywordCase,
  trailingWhitespace,
  finalNewline,
  unionDistinct,
  // warehouse conventions
  layerPrefix,
  tableNamePattern,
  layerDependency,
  layerDepth,
  oneTargetPerJob,
  idempotentPartitionWrite,
  tableComment,
  columnComment,
  noSelectStar,
  hardCodedDate,
  columnNaming,
];
