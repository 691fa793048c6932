import type { AnyRule } from '../rule';
import blankLines from './blank-lines';
import columnAliasAs from './column-alias-as';
import commaSpacing from './comma-spacing';
import computedOutputAlias from './computed-output-alias';
import countRows from './count-rows';
import elseNull from './else-null';
import finalNewline from './final-newline';
import functionCase from './function-case';
import indentation from './indentation';
import keywordCase from './keyword-case';
import lineLength from './line-length';
import notEqual from './not-equal';
import orderDirection from './order-direction';
import preferCoalesce from './prefer-coalesce';
import tableAliasAs from './table-alias-as';
import trailingWhitespace from './trailing-whitespace';
import unionDistinct from './union-distinct';
import unusedAlias from './unused-alias';
import unusedCte from './unused-cte';

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
];
