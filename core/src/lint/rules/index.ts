import type { AnyRule } from '../rule';
import columnAliasAs from './column-alias-as';
import computedOutputAlias from './computed-output-alias';
import finalNewline from './final-newline';
import functionCase from './function-case';
import indentation from './indentation';
import keywordCase from './keyword-case';
import lineLength from './line-length';
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
];
