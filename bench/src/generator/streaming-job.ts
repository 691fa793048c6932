import { columnsOf, KEY_COLUMNS, type GenColumn, type GenTable } from './model';
import type { Prng } from './prng';

/** Flink type of a Hive column type in a Kafka JSON table. */
function flinkType(column: GenColumn): string {
  return column.type === 'TIMESTAMP' ? 'TIMESTAMP(3)' : column.type;
}

/**
 * Renders a Flink job: a Kafka source mirroring an ODS table's topic, an upsert-kafka sink,
 * and a one-minute tumbling-window aggregation between them.
 */
export function renderStreamingJob(rng: Prng, name: string, source: GenTable, owner: string): string {
  const metrics = rng.sample(columnsOf(source, 'metric'), rng.int(1, 2));
  const dims = columnsOf(source, 'dim');
  const sourceColumns = [...KEY_COLUMNS, ...dims, ...columnsOf(source, 'metric')]
    .map((c) => `  ${c.name} ${flinkType(c)}`)
    .concat(['  event_time TIMESTAMP(3)', "  WATERMARK FOR event_time AS event_time - INTERVAL '5' SECOND"]);
  const sinkColumns = ['  room_id BIGINT', '  window_start TIMESTAMP(3)', '  window_end TIMESTAMP(3)']
    .concat(metrics.map((m) => `  ${m.name} ${flinkType(m)}`), ['  event_cnt BIGINT', '  PRIMARY KEY (room_id, window_start) NOT ENFORCED']);
  const topic = source.name.replace(/^ods_/, '');
  return [
    '/*---',
    'type: streaming',
    'dialect: flink',
    `owner: ${owner}`,
    `description: Per-minute room totals from the ${topic} topic.`,
    '---*/',
    `SET 'pipeline.name' = '${name}';`,
    '',
    `CREATE TEMPORARY TABLE ${name}_src (`,
    sourceColumns.join(',\n'),
    ') WITH (',
    withOptions({ connector: 'kafka', topic, 'properties.bootstrap.servers': 'kafka:9092', 'properties.group.id': name, 'scan.startup.mode': 'latest-offset', format: 'json' }),
    ');',
    '',
    `CREATE TEMPORARY TABLE ${name}_sink (`,
    sinkColumns.join(',\n'),
    ') WITH (',
    withOptions({ connector: 'upsert-kafka', topic: name, 'properties.bootstrap.servers': 'kafka:9092', 'key.format': 'json', 'value.format': 'json' }),
    ');',
    '',
    `INSERT INTO ${name}_sink`,
    `SELECT ${['room_id', 'window_start', 'window_end', ...metrics.map((m) => `sum(${m.name}) AS ${m.name}`), 'count(*) AS event_cnt'].join(',\n       ')}`,
    `FROM TABLE(TUMBLE(TABLE ${name}_src, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))`,
    'GROUP BY room_id, window_start, window_end;',
    '',
  ].join('\n');
}

function withOptions(options: Record<string, string>): string {
  return Object.entries(options)
    .map(([k, v]) => `  '${k}' = '${v}'`)
    .join(',\n');
}
