import { designBatchJob, renderBatchJob, type BatchDialect } from './batch-job';
import { DIMENSIONS, ENTITIES, KEY_COLUMNS, LAYERS, METRICS, SUBJECTS, type GenColumn, type GenTable, type LayerName, type LayerSpec } from './model';
import { Prng } from './prng';
import { renderStreamingJob } from './streaming-job';
import { renderTableFile } from './table-file';

/** What to generate. */
export interface GenerateOptions {
  tables: number;
  jobs: number;
  seed: number;
  /** Project name in strata.yaml. */
  name?: string;
  /** Dialect of the project and its batch jobs; default spark. */
  dialect?: BatchDialect;
}

/** Generated files: project-relative POSIX path -> content, in a stable order. */
export type ProjectFiles = Map<string, string>;

const OWNERS = ['live-data', 'live-growth', 'live-revenue'] as const;

/** Number of tables per layer: shares of the total, the rounding remainder to ODS (at least one). */
function layerCounts(total: number): Map<LayerName, number> {
  const counts = new Map<LayerName, number>();
  let assigned = 0;
  for (const layer of LAYERS.slice(1)) {
    const n = Math.floor(total * layer.share);
    counts.set(layer.name, n);
    assigned += n;
  }
  counts.set('ods', Math.max(1, total - assigned));
  return counts;
}

function sourceColumns(rng: Prng, withTime: boolean): GenColumn[] {
  const dims = rng.sample(DIMENSIONS, rng.int(2, 5)).map((name): GenColumn => ({ name, type: 'STRING', role: 'dim', comment: name.replace(/_/g, ' ') }));
  const metrics = rng.sample(METRICS, rng.int(2, 5)).map((m): GenColumn => ({ ...m, role: 'metric', comment: m.name.replace(/_/g, ' ') }));
  const time: GenColumn[] = withTime ? [{ name: 'event_time', type: 'TIMESTAMP', role: 'time', comment: 'event time on the server' }] : [];
  return [...KEY_COLUMNS, ...dims, ...metrics, ...time];
}

/** Tables a layer's jobs may read; falls back to ODS when the preferred layers are still empty. */
function readableTables(layer: LayerSpec, byLayer: Map<LayerName, GenTable[]>): GenTable[] {
  const preferred = layer.reads.flatMap((name) => byLayer.get(name) ?? []);
  return preferred.length > 0 ? preferred : (byLayer.get('ods') ?? []);
}

/**
 * Builds a deterministic warehouse project in memory: strata.yaml, one Hive DDL file per table
 * and one job per written table (Spark batch), plus a few Flink streaming jobs. Jobs read only
 * lower layers, so the table graph is acyclic.
 */
export function generateProjectFiles(options: GenerateOptions): ProjectFiles {
  const rng = new Prng(options.seed);
  const counts = layerCounts(Math.max(1, options.tables));
  const nonOds = [...counts].filter(([name]) => name !== 'ods').reduce((sum, [, n]) => sum + n, 0);
  // One streaming job in twenty; batch jobs write distinct non-ODS tables, so there are at most that many.
  const streaming = options.jobs >= 5 ? Math.max(1, Math.floor(options.jobs / 20)) : 0;
  const written = new Set(rng.sample([...Array(nonOds).keys()], Math.max(0, options.jobs - streaming)));

  const dialect = options.dialect ?? 'spark';
  const files: ProjectFiles = new Map([['strata.yaml', renderConfig(options.name ?? 'generated', dialect)]]);
  const byLayer = new Map<LayerName, GenTable[]>();
  let ordinal = 0;
  for (const layer of LAYERS) {
    const tables: GenTable[] = [];
    // Lower layers are complete here; computing these once keeps generation linear in size.
    const readable = readableTables(layer, byLayer);
    const partners = layer.name === 'dim' ? readable : (byLayer.get('dim') ?? []);
    for (let i = 0; i < (counts.get(layer.name) ?? 0); i++) {
      const subject = rng.pick(SUBJECTS);
      const entity = rng.pick(ENTITIES);
      const name = `${layer.name}_${subject}_${entity}_${i + 1}${layer.suffix}`;
      const shell = { layer: layer.name, database: layer.name, name, comment: `${subject} ${entity} ${layer.name} ${i + 1}` };
      const owner = rng.pick(OWNERS);
      let table: GenTable;
      if (layer.name !== 'ods' && written.has(ordinal++)) {
        const primary = rng.pick(readable);
        const partner = partners.length > 0 && rng.chance(0.7) ? rng.pick(partners) : undefined;
        const designed = designBatchJob(rng, shell, primary, partner === primary ? undefined : partner);
        table = designed.table;
        files.set(`jobs/${name}.sql`, renderBatchJob(designed.job, owner, dialect));
      } else {
        table = { ...shell, columns: sourceColumns(rng, layer.name === 'ods') };
      }
      tables.push(table);
      files.set(`tables/${layer.name}/${name}.sql`, renderTableFile(table, owner));
    }
    byLayer.set(layer.name, tables);
  }
  const ods = byLayer.get('ods') ?? [];
  for (let i = 0; i < streaming; i++) {
    const source = rng.pick(ods);
    const name = `rt_${source.name.replace(/^ods_/, '').replace(/_di$/, '')}_${i + 1}`;
    files.set(`jobs/${name}.sql`, renderStreamingJob(rng, name, source, rng.pick(OWNERS)));
  }
  return files;
}

function renderConfig(name: string, dialect: BatchDialect): string {
  const layers = LAYERS.map((l) => `  - {name: ${l.name}, database: ${l.name}, prefix: ${l.name}_}`);
  return [
    `name: ${name}`,
    'version: 1',
    `dialect: ${dialect}`,
    'layers:',
    ...layers,
    'targets:',
    '  local: {engine: duckdb, path: .strata/local.duckdb}',
    'default_target: local',
    '',
  ].join('\n');
}
