/**
 * Shared Flink model for the streaming rules (SR..): a script's SET options, its connector tables
 * (from its own DDL, the project's table files or the catalog), views and CTEs, the tables it
 * scans, time attributes, and Flink's changelog semantics of its queries.
 */
export { flinkJob, nameOf, type FlinkJob, type JobInsert, type OperatorNode, type Scan } from './job';
export { changelogFormat, connectorOf, formatPolicy, isZeroDuration, overlay, type Options } from './options';
export { reportSpan, type TableDecl } from './tables';
export { windowTvf, type TimeKind } from './time-attributes';
export { isRanking, type Operator, type QueryFacts } from './changelog';
export { hasTimeBound, timeBoundColumns } from './joins';
export { reportOnce } from './report';
export { upsertKey } from './upsert-key';
