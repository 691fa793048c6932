import { StrataError } from '../errors';
import { closest } from '../text/closest';

/** The layers a project may have, in the order strata.yaml lists them (each has a table template). */
export const LAYERS = ['ods', 'dim', 'dwd', 'dws', 'ads'] as const;

/**
 * Targets `strata init` can write, by name: the local DuckDB file, and clusters whose host comes
 * from the environment (`${env:...}`), so that no address is committed.
 */
export const TARGETS: Readonly<Record<string, string>> = {
  local: '{engine: duckdb, path: .strata/local.duckdb}',
  spark: "{engine: spark, host: '${env:SPARK_HOST}', port: 10000, database: default}",
  hive: "{engine: hive, host: '${env:HIVE_HOST}', port: 10000, database: default}",
  trino: "{engine: trino, host: '${env:TRINO_HOST}', port: 8080, database: hive}",
  clickhouse: "{engine: clickhouse, host: '${env:CLICKHOUSE_HOST}', port: 8123, database: default}",
};

/**
 * A comma list of choices checked against `allowed`: no unknown name (with a guess), no repeat,
 * at least one; `what` names the flag in messages (`--layers`).
 */
export function checkChoices(given: readonly string[], allowed: readonly string[], what: string): string[] {
  const names = given.map((g) => g.trim().toLowerCase()).filter((g) => g !== '');
  if (names.length === 0) throw new StrataError('usage', `${what} is empty; give at least one of: ${allowed.join(', ')}`);
  for (const name of names) {
    if (allowed.includes(name)) continue;
    const guess = closest(name, [...allowed]);
    throw new StrataError('usage', `${what}: '${name}' is not one of ${allowed.join(', ')}${guess ? `; did you mean '${guess}'?` : ''}`, undefined, guess ? [guess] : []);
  }
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated) throw new StrataError('usage', `${what}: '${repeated}' is given twice; name each once`);
  // strata.yaml lists them in the allowed order, whatever the order given.
  return allowed.filter((a) => names.includes(a));
}

/** The `layers:` lines of strata.yaml: each layer's database and table prefix are its name. */
export function layersYaml(layers: readonly string[]): string {
  return layers.map((l) => `  - {name: ${l}, database: ${l}, prefix: ${l}_}`).join('\n');
}

/** The `targets:` lines of strata.yaml. */
export function targetsYaml(targets: readonly string[]): string {
  return targets.map((t) => `  ${t}: ${TARGETS[t]}`).join('\n');
}
