import { columnsOf, KEY_COLUMNS, qualified, type GenColumn, type GenTable } from './model';
import type { Prng } from './prng';

/** A batch job: the table it writes, the tables it reads, and the SELECT columns that build it. */
export interface BatchJob {
  target: GenTable;
  primary: GenTable;
  partner?: GenTable;
  /** Columns taken from the partner (alias `b`); all others come from the primary (alias `a`). */
  partnerColumns: Set<string>;
  dims: GenColumn[];
  metrics: GenColumn[];
  /** The metric the CASE level and the window rank are computed from. */
  lead: GenColumn;
  innerJoin: boolean;
}

export type BatchDialect = 'spark' | 'hive';

const RECORD_CNT = 'record_cnt';

/**
 * Designs a job and its target table together: the target's columns are exactly what the job
 * selects, so every column the job references exists in the DDL of the table it reads.
 */
export function designBatchJob(
  rng: Prng,
  target: Omit<GenTable, 'columns'>,
  primary: GenTable,
  partner: GenTable | undefined,
): { job: BatchJob; table: GenTable } {
  const metrics = rng.sample(columnsOf(primary, 'metric').filter((c) => c.name !== RECORD_CNT && !c.name.endsWith('_rank')), rng.int(1, 3));
  const lead = metrics[0];
  const reserved = new Set([RECORD_CNT, `${lead.name}_level`, `${lead.name}_rank`, ...KEY_COLUMNS.map((c) => c.name), ...metrics.map((m) => m.name)]);
  const dims = rng.sample(columnsOf(primary, 'dim').filter((c) => !reserved.has(c.name)), rng.int(1, 3));
  dims.forEach((d) => reserved.add(d.name));
  const partnerColumns = new Set<string>();
  if (partner) {
    for (const d of rng.sample(columnsOf(partner, 'dim').filter((c) => !reserved.has(c.name)), rng.int(1, 2))) {
      dims.push(d);
      reserved.add(d.name);
      partnerColumns.add(d.name);
    }
  }
  const columns: GenColumn[] = [
    ...KEY_COLUMNS,
    ...dims,
    ...metrics,
    { name: RECORD_CNT, type: 'BIGINT', role: 'metric', comment: 'source rows' },
    { name: `${lead.name}_level`, type: 'STRING', role: 'dim', comment: `high | mid | low by ${lead.name}` },
    { name: `${lead.name}_rank`, type: 'INT', role: 'metric', comment: `rank of the user in the room by ${lead.name}` },
  ];
  const table: GenTable = { ...target, columns };
  return { job: { target: table, primary, partner, partnerColumns, dims, metrics, lead, innerJoin: rng.chance(0.3) }, table };
}

/** Renders the job file: front matter, then an `INSERT OVERWRITE ... SELECT` with CTEs (valid Spark and Hive). */
export function renderBatchJob(job: BatchJob, owner: string, dialect: BatchDialect): string {
  return [
    '/*---',
    'type: batch',
    `dialect: ${dialect}`,
    "schedule: '@daily'",
    `owner: ${owner}`,
    'retries: 2',
    'timeout: 2h',
    `description: Builds ${qualified(job.target)} from ${qualified(job.primary)}${job.partner ? ` and ${qualified(job.partner)}` : ''}.`,
    '---*/',
    'WITH base AS (',
    baseSelect(job),
    '),',
    'agg AS (',
    aggregateSelect(job),
    ')',
    `INSERT OVERWRITE TABLE ${qualified(job.target)} PARTITION (p_date = '\${date}')`,
    finalSelect(job),
    '',
  ].join('\n');
}

function list(lines: string[], indent: string): string {
  return lines.map((line, i) => (i === 0 ? line : `${indent}${line}`)).join(',\n');
}

function baseSelect(job: BatchJob): string {
  const from = (c: GenColumn): string => `${job.partnerColumns.has(c.name) ? 'b' : 'a'}.${c.name}`;
  const columns = [...KEY_COLUMNS, ...job.dims, ...job.metrics].map(from);
  if (job.primary.columns.some((c) => c.name === RECORD_CNT)) columns.push(`a.${RECORD_CNT}`);
  const lines = [`  SELECT ${list(columns, '         ')}`, `  FROM ${qualified(job.primary)} a`];
  if (job.partner) {
    lines.push(
      `  ${job.innerJoin ? 'JOIN' : 'LEFT JOIN'} ${qualified(job.partner)} b`,
      `    ON a.user_id = b.user_id AND b.p_date = '\${date}'`,
    );
  }
  lines.push(`  WHERE a.p_date = '\${date}'`);
  return lines.join('\n');
}

function aggregateSelect(job: BatchJob): string {
  const groups = [...KEY_COLUMNS, ...job.dims].map((c) => c.name);
  const hasCount = job.primary.columns.some((c) => c.name === RECORD_CNT);
  const columns = [
    ...groups,
    ...job.metrics.map((m) => `sum(${m.name}) AS ${m.name}`),
    hasCount ? `sum(${RECORD_CNT}) AS ${RECORD_CNT}` : `count(1) AS ${RECORD_CNT}`,
  ];
  return [`  SELECT ${list(columns, '         ')}`, '  FROM base', `  GROUP BY ${groups.join(', ')}`].join('\n');
}

function finalSelect(job: BatchJob): string {
  const lead = job.lead.name;
  const columns = [
    ...[...KEY_COLUMNS, ...job.dims, ...job.metrics].map((c) => c.name),
    RECORD_CNT,
    `CASE WHEN ${lead} >= 1000 THEN 'high' WHEN ${lead} >= 100 THEN 'mid' ELSE 'low' END AS ${lead}_level`,
    `row_number() OVER (PARTITION BY room_id ORDER BY ${lead} DESC) AS ${lead}_rank`,
  ];
  return [`SELECT ${list(columns, '       ')}`, 'FROM agg;'].join('\n');
}
