import type { AnyRule } from '../rule';
import ambiguousColumn from './ambiguous-column';
import blankLines from './blank-lines';
import cartesianJoin from './cartesian-join';
import checkpointInterval from './checkpoint-interval';
import columnAliasAs from './column-alias-as';
import columnComment from './column-comment';
import columnNaming from './column-naming';
import commaSpacing from './comma-spacing';
import computedOutputAlias from './computed-output-alias';
import countRows from './count-rows';
import elseNull from './else-null';
import exactlyOnceSink from './exactly-once-sink';
import finalNewline from './final-newline';
import functionCase from './function-case';
import hardCodedDate from './hard-coded-date';
import idempotentPartitionWrite from './idempotent-partition-write';
import indentation from './indentation';
import insertColumnCount from './insert-column-count';
import insertColumnName from './insert-column-name';
import insertTypeNarrowing from './insert-type-narrowing';
import kafkaSourceOptions from './kafka-source-options';
import keywordCase from './keyword-case';
import layerDependency from './layer-dependency';
import layerDepth from './layer-depth';
import layerPrefix from './layer-prefix';
import lineLength from './line-length';
import noSecretsInWith from './no-secrets-in-with';
import noSelectStar from './no-select-star';
import notEqual from './not-equal';
import oneTargetPerJob from './one-target-per-job';
import orderByWithoutLimit from './order-by-without-limit';
import orderDirection from './order-direction';
import partitionFilter from './partition-filter';
import preferCoalesce from './prefer-coalesce';
import primaryKeyNotEnforced from './primary-key-not-enforced';
import sourceIdleTimeout from './source-idle-timeout';
import stateTtl from './state-ttl';
import tableAliasAs from './table-alias-as';
import tableComment from './table-comment';
import tableNamePattern from './table-name-pattern';
import trailingWhitespace from './trailing-whitespace';
import typeUnsafeComparison from './type-unsafe-comparison';
import unionDistinct from './union-distinct';
import unknownColumn from './unknown-column';
import unknownTable from './unknown-table';
import unusedAlias from './unused-alias';
import unusedCte from './unused-cte';
import updatingQuerySink from './updating-query-sink';
import watermarkRequired from './watermark-required';

/** Every rule, by code order. A rule file not listed here fails the conventions test. */
export const ALL_RULES: readonly AnyRule[] = [
  keywordCase,
  trailingWhitespace,
  finalNewline,
  unionDistinct,
  functionCase,
  indentation,
  lineLength,
  columnAliasAs,
  tableAliasAs,
  computedOutputAlias,
  unusedCte,
  unusedAlias,
  countRows,
  notEqual,
  blankLines,
  commaSpacing,
  preferCoalesce,
  elseNull,
  orderDirection,
  unknownTable,
  unknownColumn,
  ambiguousColumn,
  insertColumnCount,
  insertColumnName,
  insertTypeNarrowing,
  partitionFilter,
  typeUnsafeComparison,
  cartesianJoin,
  orderByWithoutLimit,
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
  watermarkRequired,
  sourceIdleTimeout,
  kafkaSourceOptions,
  noSecretsInWith,
  updatingQuerySink,
  stateTtl,
  checkpointInterval,
  exactlyOnceSink,
  primaryKeyNotEnforced,
];
