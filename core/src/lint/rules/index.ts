import type { AnyRule } from '../rule';
import ambiguousColumn from './ambiguous-column';
import cartesianJoin from './cartesian-join';
import finalNewline from './final-newline';
import insertColumnCount from './insert-column-count';
import insertColumnName from './insert-column-name';
import insertTypeNarrowing from './insert-type-narrowing';
import keywordCase from './keyword-case';
import orderByWithoutLimit from './order-by-without-limit';
import partitionFilter from './partition-filter';
import trailingWhitespace from './trailing-whitespace';
import typeUnsafeComparison from './type-unsafe-comparison';
import unionDistinct from './union-distinct';
import unknownColumn from './unknown-column';
import unknownTable from './unknown-table';

/** Every rule, by code order. A rule file not listed here fails the conventions test. */
export const ALL_RULES: readonly AnyRule[] = [
  keywordCase, trailingWhitespace, finalNewline, unionDistinct,
  unknownTable, unknownColumn, ambiguousColumn, insertColumnCount, insertColumnName, insertTypeNarrowing, partitionFilter, typeUnsafeComparison, cartesianJoin, orderByWithoutLimit,
];
