import type { AnyRule } from '../rule';
import checkpointInterval from './checkpoint-interval';
import exactlyOnceSink from './exactly-once-sink';
import finalNewline from './final-newline';
import kafkaSourceOptions from './kafka-source-options';
import keywordCase from './keyword-case';
import noSecretsInWith from './no-secrets-in-with';
import primaryKeyNotEnforced from './primary-key-not-enforced';
import sourceIdleTimeout from './source-idle-timeout';
import stateTtl from './state-ttl';
import trailingWhitespace from './trailing-whitespace';
import unionDistinct from './union-distinct';
import updatingQuerySink from './updating-query-sink';
import watermarkRequired from './watermark-required';

/** Every rule, by code order. A rule file not listed here fails the conventions test. */
export const ALL_RULES: readonly AnyRule[] = [
  keywordCase,
  trailingWhitespace,
  finalNewline,
  unionDistinct,
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
