import type { Hint, Property } from '../../sql/ast';

/** Connector options by lower-case key, values as written (unquoted). */
export type Options = ReadonlyMap<string, string>;

/** `WITH (...)` / catalog properties as a map; a key set twice keeps its last value, as Flink does. */
export function optionsOf(properties: readonly Property[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of properties) out.set(p.key.toLowerCase(), p.value);
  return out;
}

/** The dynamic table options of `/*+ OPTIONS('k' = 'v', ...) *\/` hints on one table reference. */
export function hintOptions(hints: readonly Hint[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of hints) {
    if (h.name.toUpperCase() !== 'OPTIONS') continue;
    for (const a of h.args) {
      if (a.kind === 'BinaryExpr' && a.op === '=' && a.left.kind === 'Literal' && a.right.kind === 'Literal') out.set(a.left.value.toLowerCase(), a.right.value);
    }
  }
  return out;
}

/** `base` overlaid with `over` (hint options win over the table's, as in Flink). */
export function overlay(base: Options, over: Options): Options {
  if (over.size === 0) return base;
  return new Map([...base, ...over]);
}

/** The connector, lower-case; undefined when the table names none. */
export function connectorOf(options: Options): string | undefined {
  return options.get('connector')?.toLowerCase();
}

/** Formats whose deserializer can fail on a bad record and that document a policy for it. */
const POLICY_FORMATS = new Set(['json', 'csv', 'protobuf', 'debezium-json', 'canal-json', 'maxwell-json', 'ogg-json']);

/**
 * The value format's error-policy options (`json.ignore-parse-errors`, `json.fail-on-missing-field`,
 * prefixed `value.` when the format is given as `value.format`), or undefined when the format has
 * no such option (avro, raw, parquet, ...) or none is declared.
 */
export function formatPolicy(options: Options): { format: string; keys: string[] } | undefined {
  const prefixed = options.get('value.format');
  const format = (prefixed ?? options.get('format'))?.toLowerCase();
  if (!format || !POLICY_FORMATS.has(format)) return undefined;
  const prefix = prefixed === undefined ? '' : 'value.';
  const keys = [`${prefix}${format}.ignore-parse-errors`];
  if (format === 'json') keys.push(`${prefix}json.fail-on-missing-field`);
  return { format, keys };
}

/** Formats that carry a changelog (inserts, updates and deletes) in an otherwise append-only topic. */
const CHANGELOG_FORMATS = new Set(['debezium-json', 'debezium-avro-confluent', 'canal-json', 'maxwell-json', 'ogg-json']);

/** True when the value format encodes changes, so a `kafka` table reads and writes updates. */
export function changelogFormat(options: Options): boolean {
  const format = (options.get('value.format') ?? options.get('format'))?.toLowerCase();
  return format !== undefined && CHANGELOG_FORMATS.has(format);
}

/** A duration option that switches its feature off (`0`, `0 ms`, `0s`). */
export function isZeroDuration(value: string): boolean {
  return /^\s*0+\s*[a-z]*\s*$/i.test(value);
}
